/** The tables of the CSV import page: column mapping, problems by row, and the preview of the valid rows. */
import { CEU_CATEGORY_LABELS } from '../../../../../shared/ceu/auditReport';
import type { CsvImportError } from '../../../../../shared/ceu/csv';
import type { CeuEntryDraft } from '../../../../../shared/ceu/entryForm';
import type { HeldCredential } from '../../../../../shared/model/entities';
import { useMemo } from 'react';
import { ShowMore } from '../../../components/ShowMore';
import { usePagedRows } from '../../../components/usePagedRows';
import { formatDay } from '../../../lib/dates';
import type { ColumnMappingRow } from './importView';

export function ColumnMapping({ rows, ignoredHeaders }: { rows: readonly ColumnMappingRow[]; ignoredHeaders: readonly string[] }) {
  return (
    <section aria-labelledby="import-columns" className="card">
      <h2 id="import-columns">Columns</h2>
      <table className="data import-columns" aria-labelledby="import-columns">
        <thead><tr><th>CoderPath field</th><th>Read from your column</th></tr></thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.column} data-testid="column-mapping">
              <td><code>{row.column}</code>{row.required ? <span className="muted"> (required)</span> : null}</td>
              <td>
                {row.header !== undefined ? (
                  <>“{row.header}”</>
                ) : row.required ? (
                  <strong className="import-problem">Missing</strong>
                ) : (
                  <span className="muted">not in the file</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p data-testid="ignored-headers" className={ignoredHeaders.length > 0 ? undefined : 'muted'}>
        {ignoredHeaders.length > 0
          ? `Ignored columns: ${ignoredHeaders.map((h) => `“${h}”`).join(', ')}.`
          : 'Every column of the file is used.'}
      </p>
    </section>
  );
}

const PROBLEMS = { one: 'problem', other: 'problems' };
const ROWS = { one: 'row', other: 'rows' };

export function ImportErrors({ errors, badRows }: { errors: readonly CsvImportError[]; badRows: number }) {
  // Paged like the preview: a file of 100,000 bad rows must not draw 100,000 table rows.
  const paging = usePagedRows(errors, (error) => `${error.row}-${error.column ?? ''}-${error.message}`);
  return (
    <section aria-labelledby="import-errors" className="card import-errors">
      <h2 id="import-errors">
        {errors.length === 1 ? '1 problem' : `${errors.length} problems`}
        {badRows > 0 ? ` in ${badRows === 1 ? '1 row' : `${badRows} rows`}` : ''}
      </h2>
      <p>Nothing has been imported. Fix these in your spreadsheet, save it as CSV and choose it again.</p>
      <table className="data" aria-labelledby="import-errors">
        <thead><tr><th className="num">Row</th><th>Column</th><th>Problem</th></tr></thead>
        <tbody ref={paging.bodyRef}>
          {paging.visible.map((error, index) => (
            <tr key={`${error.row}-${error.column ?? ''}-${index}`} data-testid="import-error">
              <td className="num">{error.row}</td>
              <td>{error.column ?? <span className="muted">—</span>}</td>
              <td className="wrap-anywhere">{error.message}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ShowMore paging={paging} noun={PROBLEMS} />
    </section>
  );
}

export function ImportPreview({
  rows, rowNumbers, logged, held,
}: { rows: readonly CeuEntryDraft[]; rowNumbers: readonly number[]; logged: readonly boolean[]; held: readonly HeldCredential[] }) {
  const codeOf = new Map(held.map((h) => [h.id, h.code]));
  const indexes = useMemo(() => rows.map((_, index) => index), [rows]);
  const paging = usePagedRows(indexes, (index) => String(rowNumbers[index]));
  return (
    <section aria-labelledby="import-preview" className="card">
      <h2 id="import-preview">{rows.length === 1 ? '1 valid row' : `${rows.length} valid rows`}</h2>
      <div className="import-scroll">
        <table className="data" aria-labelledby="import-preview">
          <thead>
            <tr>
              <th className="num">Row</th><th>Date</th><th>Title</th><th>Provider</th><th className="num">CEUs</th>
              <th>Category</th><th>Index / approval no.</th><th>Credentials</th><th>Notes</th>
            </tr>
          </thead>
          <tbody ref={paging.bodyRef}>
            {paging.visible.map((index) => ({ row: rows[index]!, index })).map(({ row, index }) => (
              <tr key={rowNumbers[index]} data-testid="preview-row">
                <td className="num">{rowNumbers[index]}</td>
                <td className="nowrap">{formatDay(row.completedOn)}</td>
                <td className="wrap-anywhere">
                  {row.title}
                  {logged[index] ? <span className="badge import-logged">Already in your log</span> : null}
                </td>
                <td className="wrap-anywhere">{row.provider}</td>
                <td className="num">{row.ceus}</td>
                <td>{row.specialtyCode ? `${CEU_CATEGORY_LABELS[row.category]} (${row.specialtyCode})` : CEU_CATEGORY_LABELS[row.category]}</td>
                <td className="wrap-anywhere">{row.approvalCode}</td>
                <td>{row.credentialIds.map((id) => codeOf.get(id) ?? id).join(', ')}</td>
                <td className="wrap-anywhere">{row.notes}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ShowMore paging={paging} noun={ROWS} />
    </section>
  );
}
