/**
 * Import CEUs from a spreadsheet (`#/ceus/import`): choose a CSV, see how its columns were read, every problem by
 * row and column, and a preview. Nothing is written until the whole file is clean and the user presses
 * "Import N entries"; then every row goes in one transaction (db/ceuImport.ts). Parsing is shared/ceu/csv.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { csvFileSizeProblem, parseCeuCsv } from '../../../../../shared/ceu/csv';
import { isActive } from '../../../../../shared/ceu/requirements';
import type { Id } from '../../../../../shared/model/entities';
import { EmptyState } from '../../../components/EmptyState';
import { ScreenHeader } from '../../../components/ScreenHeader';
import { importCeuRows } from '../../../db/ceuImport';
import { keepBeforeImportSnapshot } from '../../../db/importUndo';
import { db } from '../../../db/db';
import { todayIso } from '../../../lib/dates';
import { errorMessage } from '../../../lib/errors';
import { platform } from '../../../platform';
import { ColumnMapping, ImportErrors, ImportPreview } from './ImportTables';
import { UndoImport } from './UndoImport';
import {
  alreadyLogged, columnMappingRows, CSV_FILE_FILTERS, csvTemplate, decodeCsvBytes, sortedErrors, TEMPLATE_FILE_NAME,
  type DecodedCsv,
} from './importView';
import './import.css';

const TITLE = 'Import CEUs from a spreadsheet';
const DESCRIPTION = 'Bring in a CEU log kept in Excel or Google Sheets: save it as CSV, check it here, then import it.';

type Chosen = DecodedCsv & { name: string };

export default function ImportScreen() {
  const held = useLiveQuery(() => db.credentials.toArray(), []);
  const existing = useLiveQuery(() => db.ceuEntries.toArray(), []);
  const [file, setFile] = useState<Chosen | null>(null);
  const [defaultIds, setDefaultIds] = useState<Id[]>([]);
  const [skipLogged, setSkipLogged] = useState(true);
  const [busy, setBusy] = useState(false);
  const [imported, setImported] = useState<number | null>(null);
  const [error, setError] = useState('');
  const today = todayIso();

  const active = useMemo(() => (held ?? []).filter((h) => isActive(h, today)), [held, today]);
  const parsed = useMemo(
    () => (file && held ? parseCeuCsv(file.text, { held, today, defaultCredentialIds: defaultIds }) : null),
    [file, held, today, defaultIds],
  );
  const logged = useMemo(() => (parsed && existing ? alreadyLogged(parsed.rows, existing) : []), [parsed, existing]);

  if (!held || !existing) return <p className="loading" role="status">Loading…</p>;

  const chooseFile = async () => {
    setError('');
    setImported(null);
    try {
      const opened = await platform.openFile(CSV_FILE_FILTERS);
      if (!opened) return;
      const tooLarge = csvFileSizeProblem(opened.bytes.byteLength);
      if (tooLarge) {
        setFile(null);
        setError(`“${opened.name}” was not read: ${tooLarge}`);
        return;
      }
      setFile({ name: opened.name, ...decodeCsvBytes(opened.bytes) });
    } catch (e) {
      setError(`The file could not be opened: ${errorMessage(e)}`);
    }
  };

  const downloadTemplate = async () => {
    setError('');
    try {
      await platform.saveFile({ suggestedName: TEMPLATE_FILE_NAME, mimeType: 'text/csv', filters: CSV_FILE_FILTERS, contents: csvTemplate() });
    } catch (e) {
      setError(`The template could not be saved: ${errorMessage(e)}`);
    }
  };

  const clean = !!parsed && parsed.errors.length === 0;
  const keep = parsed ? parsed.rows.map((_, i) => !(skipLogged && logged[i])) : [];
  const toImport = parsed ? parsed.rows.filter((_, i) => keep[i]) : [];
  const loggedCount = logged.filter(Boolean).length;
  const badRows = parsed ? new Set(parsed.errors.filter((e) => e.row > 1).map((e) => e.row)).size : 0;

  const runImport = async () => {
    if (!parsed || !clean || toImport.length === 0) return;
    setBusy(true);
    setError('');
    try {
      const rowNumbers = parsed.rowNumbers.filter((_, i) => keep[i]);
      // No automatic backups in the browser: the store as it was is kept aside first (db/importUndo.ts).
      if (!platform.autoBackups) {
        const [{ createBackupText }, { currentAppVersion }] = await Promise.all([import('../../../db/backup'), import('../../settings/backupActions')]);
        await keepBeforeImportSnapshot(await createBackupText(db, { appVersion: await currentAppVersion(platform) }), file?.name ?? 'a CSV file');
      }
      const written = await importCeuRows(toImport, db, rowNumbers, file?.name);
      setImported(written.length);
      setFile(null);
    } catch (e) {
      setError(`Nothing was imported: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  const templateLink = (
    <button type="button" className="btn-link" onClick={() => void downloadTemplate()}>Download a template CSV</button>
  );

  if (held.length === 0) {
    return (
      <>
        <ScreenHeader title={TITLE} description={DESCRIPTION} actions={<Link to="/ceus" className="btn">Back to CEUs</Link>} />
        <EmptyState title="Add a credential first" action={<Link to="/ceus">Go to CEUs</Link>}>
          Each imported CEU is applied to a credential you hold. Add your credentials on the CEUs screen, then come back.
          You can already {templateLink}.
        </EmptyState>
      </>
    );
  }

  return (
    <>
      <ScreenHeader title={TITLE} description={DESCRIPTION} actions={<Link to="/ceus" className="btn">Back to CEUs</Link>} />
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {imported !== null ? (
        <div className="card import-done" role="status">
          <h2>Imported {imported === 1 ? '1 entry' : `${imported} entries`}</h2>
          <p><Link to="/ceus">Back to CEUs</Link> to see them in your log.</p>
        </div>
      ) : null}

      <UndoImport />

      <section className="card" aria-labelledby="import-file">
        <h2 id="import-file">File</h2>
        <p>
          One row per CEU, with a header row. Columns: date, title, provider, CEUs, and optionally category, specialty,
          index number, credentials (codes like <code>CPC;CRC</code>) and notes. {templateLink}
        </p>
        <div className="import-file-row">
          <button type="button" className={file ? undefined : 'btn-primary'} onClick={() => void chooseFile()}>
            {file ? 'Choose another file' : 'Choose a CSV file'}
          </button>
          {file ? (
            <span data-testid="import-file-name">
              {file.name}
              {file.encoding === 'windows-1252' ? <span className="muted"> (not UTF-8: read as Windows-1252)</span> : null}
            </span>
          ) : null}
        </div>
        <fieldset className="import-defaults">
          <legend>Rows with a blank credentials cell apply to</legend>
          {active.map((credential) => (
            <label key={credential.id}>
              <input
                type="checkbox"
                checked={defaultIds.includes(credential.id)}
                onChange={(e) =>
                  setDefaultIds((ids) => (e.target.checked ? [...ids, credential.id] : ids.filter((id) => id !== credential.id)))
                }
              />{' '}
              {credential.code}
            </label>
          ))}
        </fieldset>
      </section>

      {parsed ? (
        <>
          <ColumnMapping rows={columnMappingRows(parsed, defaultIds.length === 0)} ignoredHeaders={parsed.ignoredHeaders} />
          {parsed.errors.length > 0 ? <ImportErrors errors={sortedErrors(parsed)} badRows={badRows} /> : null}
          {parsed.rows.length > 0 ? (
            <ImportPreview rows={parsed.rows} rowNumbers={parsed.rowNumbers} logged={logged} held={held} />
          ) : clean ? (
            <p className="alert">The file has no CEU rows below its header.</p>
          ) : null}
          {clean && parsed.rows.length > 0 ? (
            <div className="card import-confirm">
              {loggedCount > 0 ? (
                <label>
                  <input type="checkbox" checked={skipLogged} onChange={(e) => setSkipLogged(e.target.checked)} />{' '}
                  Leave out the {loggedCount === 1 ? 'row' : `${loggedCount} rows`} already in your log
                </label>
              ) : null}
              <button type="button" className="btn-primary" disabled={busy || toImport.length === 0} onClick={() => void runImport()}>
                {busy ? 'Importing…' : `Import ${toImport.length === 1 ? '1 entry' : `${toImport.length} entries`}`}
              </button>
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
}
