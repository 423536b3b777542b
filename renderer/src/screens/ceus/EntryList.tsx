/**
 * The CEU entries: filter (dates, credential, category, provider), sort by a column, totals of what is shown,
 * certificates to view, edit, and delete with Undo (the certificates come back too). Filters, sort and totals
 * cover every entry; only the drawing is paged (a new filter or sort starts again at the first page).
 */
import { useId, useMemo, useState } from 'react';
import type { Attachment, CeuEntry, HeldCredential } from '../../../../shared/model/entities';
import { ShowMore } from '../../components/ShowMore';
import { useUndo } from '../../components/UndoToast';
import { usePagedRows } from '../../components/usePagedRows';
import { deleteEntry, restoreEntry } from '../../db/ceus';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import {
  codeOf, DEFAULT_SORT, entryCredentialCodes, entryTotals, filterEntries, formatCeus, isFiltered, NO_FILTER, providersOf, sortEntries,
  totalsText, type EntryFilter, type EntrySort, type EntrySortKey,
} from './ceuView';
import { CATEGORY_LABELS, CATEGORY_OPTIONS } from './entryFormValues';

const COLUMNS: { key: EntrySortKey; label: string; num?: boolean }[] = [
  { key: 'date', label: 'Date' },
  { key: 'provider', label: 'Provider' },
  { key: 'ceus', label: 'CEUs', num: true },
  { key: 'category', label: 'Category' },
  { key: 'credential', label: 'Credentials' },
];

const ENTRIES = { one: 'entry', other: 'entries' };

export function EntryList({
  entries,
  held,
  attachments,
  onEdit,
  onView,
  onError,
}: {
  entries: readonly CeuEntry[];
  held: readonly HeldCredential[];
  attachments: readonly Attachment[];
  onEdit: (entry: CeuEntry) => void;
  onView: (attachment: Attachment) => void;
  onError: (message: string) => void;
}) {
  const id = useId();
  const offerUndo = useUndo();
  const [filter, setFilter] = useState<EntryFilter>(NO_FILTER);
  const [sort, setSort] = useState<EntrySort>(DEFAULT_SORT);
  const shown = useMemo(() => sortEntries(filterEntries(entries, filter), sort, held), [entries, filter, sort, held]);
  const totals = entryTotals(shown);
  const paging = usePagedRows(shown, (entry) => entry.id, JSON.stringify([filter, sort]));
  const filesOf = useMemo(() => {
    const map = new Map<string, Attachment[]>();
    for (const attachment of attachments) map.set(attachment.entryId, [...(map.get(attachment.entryId) ?? []), attachment]);
    return map;
  }, [attachments]);
  const set = (field: keyof EntryFilter) => (e: { target: { value: string } }) => setFilter((f) => ({ ...f, [field]: e.target.value }));
  const fail = (error: unknown) => onError(errorMessage(error));

  async function remove(entry: CeuEntry) {
    try {
      const deleted = await deleteEntry(entry.id);
      if (!deleted) return;
      const files = deleted.attachments.length;
      offerUndo({
        message: `Deleted “${entry.title}”${files > 0 ? ` and ${files} certificate${files === 1 ? '' : 's'}` : ''}.`,
        // The entry comes back where it sorts, drawn even if that is past the rows shown.
        undo: () => restoreEntry(deleted).then(() => paging.reveal(entry.id), fail),
      });
    } catch (error) {
      fail(error);
    }
  }

  const sortBy = (key: EntrySortKey) =>
    setSort((s) => ({ key, direction: s.key === key && s.direction === 'desc' ? 'asc' : s.key === key ? 'desc' : key === 'date' || key === 'ceus' ? 'desc' : 'asc' }));

  if (entries.length === 0) return <p className="muted">No CEU entries yet. Add one, or import a spreadsheet.</p>;

  return (
    <>
      <form className="ceu-filter" aria-label="Filter CEU entries" onSubmit={(e) => e.preventDefault()}>
        <div className="field">
          <label htmlFor={`${id}-from`}>From</label>
          <input id={`${id}-from`} type="date" value={filter.from} onChange={set('from')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-to`}>To</label>
          <input id={`${id}-to`} type="date" value={filter.to} onChange={set('to')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-cred`}>Credential</label>
          <select id={`${id}-cred`} value={filter.credentialId} onChange={set('credentialId')}>
            <option value="">All</option>
            {held.map((h) => <option key={h.id} value={h.id}>{codeOf(held, h.id)}{h.retiredOn ? ' (retired)' : ''}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-cat`}>Category</label>
          <select id={`${id}-cat`} value={filter.category} onChange={set('category')}>
            <option value="">All</option>
            {CATEGORY_OPTIONS.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-prov`}>Provider</label>
          <select id={`${id}-prov`} value={filter.provider} onChange={set('provider')}>
            <option value="">All</option>
            {providersOf(entries).map((p) => <option key={p} value={p}>{p}</option>)}
          </select>
        </div>
        {isFiltered(filter) ? <button type="button" onClick={() => setFilter(NO_FILTER)}>Clear filters</button> : null}
      </form>
      <p className="ceu-totals" role="status" data-testid="entry-totals">{totalsText(totals, isFiltered(filter))}</p>

      <div className="table-scroll">
        <table className="data ceu-entries">
          <caption className="visually-hidden">CEU entries; choose a column heading to sort</caption>
          <thead>
            <tr>
              {COLUMNS.slice(0, 1).map((c) => <SortHeader key={c.key} column={c} sort={sort} onSort={sortBy} />)}
              <th scope="col">Title</th>
              {COLUMNS.slice(1).map((c) => <SortHeader key={c.key} column={c} sort={sort} onSort={sortBy} />)}
              <th scope="col">Index / approval</th>
              <th scope="col">Certificates</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody ref={paging.bodyRef}>
            {paging.visible.map((entry) => {
              const name = `“${entry.title}” of ${formatDay(entry.completedOn)}`;
              return (
                <tr key={entry.id} data-testid="entry-row">
                  <td>{formatDay(entry.completedOn)}</td>
                  <td className="wrap-anywhere">
                    {entry.title}
                    {entry.notes ? <div className="muted small">{entry.notes}</div> : null}
                  </td>
                  <td className="wrap-anywhere">{entry.provider}</td>
                  <td className="num">{formatCeus(entry.ceus)}</td>
                  <td>{CATEGORY_LABELS[entry.category]}{entry.specialtyCode ? ` (${entry.specialtyCode})` : ''}</td>
                  <td>{entryCredentialCodes(entry, held)}</td>
                  <td className="wrap-anywhere">{entry.approvalCode}</td>
                  <td className="wrap-anywhere">
                    {(filesOf.get(entry.id) ?? []).map((attachment) => (
                      <button key={attachment.id} type="button" className="btn-link ceu-file" onClick={() => onView(attachment)} aria-label={`View certificate ${attachment.fileName}`}>
                        {attachment.fileName}
                      </button>
                    ))}
                    {/* An audit asks for each certificate: flag the missing ones here, not only in the report. */}
                    {filesOf.has(entry.id) ? null : <span className="badge cert-missing-badge">No certificate</span>}
                  </td>
                  <td className="row-actions">
                    <button type="button" onClick={() => { paging.reveal(entry.id); onEdit(entry); }} aria-label={`Edit ${name}`}>Edit</button>
                    <button type="button" className="btn-danger" onClick={() => void remove(entry)} aria-label={`Delete ${name}`}>Delete</button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ShowMore paging={paging} noun={ENTRIES} />
      {shown.length === 0 ? <p className="muted">No entry matches these filters.</p> : null}
    </>
  );
}

function SortHeader({ column, sort, onSort }: { column: (typeof COLUMNS)[number]; sort: EntrySort; onSort: (key: EntrySortKey) => void }) {
  const active = sort.key === column.key;
  return (
    <th scope="col" className={column.num ? 'num' : undefined} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column.key)}>
        {column.label}
        <span aria-hidden="true">{active ? (sort.direction === 'asc' ? ' ▲' : ' ▼') : ''}</span>
      </button>
    </th>
  );
}
