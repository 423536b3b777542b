/**
 * Import from Anki (`#/flashcards/import`): a "Notes in Plain Text" file (.txt, tab- or comma-separated) is read,
 * shown as a preview with its column mapping, every bad row listed by line, duplicates detected. Nothing is written
 * while a row is bad; then every card goes in at once (db/flashcardImport.ts), with Undo.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { defaultMapping, findDuplicates, mapRows, parseAnkiText, type ColumnRole, type HtmlMode } from '../../../../shared/flashcards/ankiText';
import { domainOptions } from '../../../../shared/flashcards/domains';
import { Field } from '../../components/Field';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUndo } from '../../components/UndoToast';
import { db } from '../../db/db';
import { deckFronts, importNotes, undoImport } from '../../db/flashcardImport';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { decodeCsvBytes } from '../ceus/import/importView';
import './flashcards.css';

const ROLES: { role: ColumnRole; label: string }[] = [
  { role: 'front', label: 'Front' },
  { role: 'back', label: 'Back' },
  { role: 'extra', label: 'Extra' },
  { role: 'tags', label: 'Tags' },
  { role: 'ignore', label: 'Do not import' },
];
const NEW_DECK = '__new__';
const PREVIEW_ROWS = 8;

export default function ImportScreen() {
  const decks = useLiveQuery(() => db.decks.toArray(), []);
  const [file, setFile] = useState<{ name: string; text: string } | null>(null);
  const [mapping, setMapping] = useState<ColumnRole[] | null>(null);
  const [htmlMode, setHtmlMode] = useState<HtmlMode>('strip');
  const [target, setTarget] = useState(NEW_DECK);
  const [deckName, setDeckName] = useState('');
  const [domainId, setDomainId] = useState('');
  const [includeDuplicates, setIncludeDuplicates] = useState(false);
  const [error, setError] = useState('');
  const [done, setDone] = useState('');
  const [busy, setBusy] = useState(false);
  const offerUndo = useUndo();

  const parse = useMemo(() => (file ? parseAnkiText(file.text) : null), [file]);
  const roles = mapping ?? (parse ? defaultMapping(parse) : []);
  const mapped = useMemo(() => (parse ? mapRows(parse, roles, htmlMode) : null), [parse, roles, htmlMode]);
  const existing = useLiveQuery(() => (target === NEW_DECK ? Promise.resolve(new Set<string>()) : deckFronts(target)), [target]);
  const duplicates = useMemo(() => (mapped && existing ? findDuplicates(mapped.notes, existing) : []), [mapped, existing]);

  const choose = async () => {
    setError('');
    setDone('');
    try {
      const opened = await platform.openFile([{ name: 'Anki notes in plain text', extensions: ['txt', 'tsv', 'csv'] }]);
      if (!opened) return;
      const parsed = parseAnkiText(decodeCsvBytes(opened.bytes).text);
      setFile({ name: opened.name, text: decodeCsvBytes(opened.bytes).text });
      setMapping(null);
      setDeckName(parsed.headers.deck ?? opened.name.replace(/\.[^.]+$/, ''));
    } catch (e) {
      setError(`The file could not be opened: ${errorMessage(e)}`);
    }
  };

  const duplicateLines = new Set(duplicates.map((d) => d.line));
  const toImport = mapped ? (includeDuplicates ? mapped.notes : mapped.notes.filter((n) => !duplicateLines.has(n.line))) : [];
  const blocked = !mapped || mapped.problems.length > 0 || toImport.length === 0 || (target === NEW_DECK && !deckName.trim());

  const runImport = async () => {
    if (!mapped || !file || blocked) return;
    setBusy(true);
    setError('');
    try {
      const imported = await importNotes(
        target === NEW_DECK ? { newDeck: { name: deckName } } : { deckId: target },
        toImport,
        { domainId: domainId || undefined, source: `Imported from ${file.name}` },
      );
      setDone(`Imported ${imported.cards.length} cards into “${imported.deck.name}”.`);
      offerUndo({ message: `Imported ${imported.cards.length} cards into “${imported.deck.name}”.`, undo: () => undoImport(imported) });
      setFile(null);
    } catch (e) {
      setError(`Nothing was imported: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="flash-import">
      <ScreenHeader
        title="Import flashcards from Anki"
        description="In Anki: File › Export… › “Notes in Plain Text (.txt)”. Choose that file here, check the preview, then import. Tab- and comma-separated files work too."
        actions={<Link to="/flashcards">Back to decks</Link>}
      />
      <p><button type="button" className="btn-primary" onClick={() => void choose()}>Choose a text file…</button></p>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {done ? <p role="status" className="alert">{done} <Link to="/flashcards">See your decks</Link> · <Link to="/flashcards/review">Review now</Link></p> : null}
      {file && parse && mapped ? (
        <>
          <section className="card" aria-labelledby="import-file">
            <h2 id="import-file">{file.name}</h2>
            <p className="muted">
              {parse.rows.length} notes · separated by {parse.headers.separator === '\t' ? 'tabs' : `“${parse.headers.separator}”`}
              {parse.headers.html ? ' · fields are HTML' : ' · plain text'}
            </p>
            {parse.headers.html ? (
              <Field label="HTML in the fields" hint="Shown as plain text either way; never displayed as a web page.">
                {(control) => (
                  <select {...control} value={htmlMode} onChange={(e) => setHtmlMode(e.target.value as HtmlMode)}>
                    <option value="strip">Remove the tags, keep the text</option>
                    <option value="keep">Keep the markup as text</option>
                  </select>
                )}
              </Field>
            ) : null}
            <h3>Columns</h3>
            <div className="form-row">
              {roles.map((role, i) => (
                <Field key={i} label={`Column ${i + 1}${parse.headers.columns?.[i] ? ` (${parse.headers.columns[i]})` : ''}`}>
                  {(control) => (
                    <select {...control} value={role} onChange={(e) => setMapping(roles.map((r, j) => (j === i ? (e.target.value as ColumnRole) : r)))}>
                      {ROLES.map((r) => <option key={r.role} value={r.role}>{r.label}</option>)}
                    </select>
                  )}
                </Field>
              ))}
            </div>
          </section>
          {mapped.problems.length > 0 ? (
            <section className="card" aria-labelledby="import-problems">
              <h2 id="import-problems">{mapped.problems.length} problem{mapped.problems.length === 1 ? '' : 's'}: nothing will be imported until they are fixed</h2>
              <ul className="import-problems">{mapped.problems.map((p, i) => <li key={i}>{p.message}</li>)}</ul>
              <p className="muted">Fix the file (or the column mapping above) and choose it again.</p>
            </section>
          ) : null}
          <section className="card" aria-labelledby="import-preview">
            <h2 id="import-preview">Preview</h2>
            <div className="table-scroll">
              <table>
                <thead><tr><th scope="col">Line</th><th scope="col">Front</th><th scope="col">Back</th><th scope="col">Extra</th><th scope="col">Tags</th></tr></thead>
                <tbody>
                  {mapped.notes.slice(0, PREVIEW_ROWS).map((n) => (
                    <tr key={n.line}>
                      <td>{n.line}</td><td className="wrap-anywhere">{n.front}</td><td className="wrap-anywhere">{n.back}</td><td className="wrap-anywhere">{n.extra}</td><td>{n.tags.join(' ')}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {mapped.notes.length > PREVIEW_ROWS ? <p className="muted">and {mapped.notes.length - PREVIEW_ROWS} more.</p> : null}
          </section>
          <section className="card" aria-labelledby="import-into">
            <h2 id="import-into">Import into</h2>
            <div className="form-row">
              <Field label="Deck">
                {(control) => (
                  <select {...control} value={target} onChange={(e) => setTarget(e.target.value)}>
                    <option value={NEW_DECK}>A new deck</option>
                    {(decks ?? []).map((d) => <option key={d.id} value={d.id}>{d.name}</option>)}
                  </select>
                )}
              </Field>
              {target === NEW_DECK ? (
                <Field label="New deck name" error={deckName.trim() ? undefined : 'Give the new deck a name'}>
                  {(control) => <input {...control} value={deckName} onChange={(e) => setDeckName(e.target.value)} />}
                </Field>
              ) : null}
              <Field label="Exam domain of these cards">
                {(control) => (
                  <select {...control} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
                    <option value="">{target === NEW_DECK ? 'No domain' : 'The deck’s domain'}</option>
                    {domainOptions().map((d) => <option key={d.id} value={d.id}>{d.label}</option>)}
                  </select>
                )}
              </Field>
            </div>
            {duplicates.length > 0 ? (
              <div className="duplicates" role="note">
                <p>
                  {duplicates.length} duplicate{duplicates.length === 1 ? '' : 's'} (same front):{' '}
                  {duplicates.slice(0, 10).map((d) => `line ${d.line}${d.firstLine ? ` (as line ${d.firstLine})` : ' (already in the deck)'}`).join(', ')}
                  {duplicates.length > 10 ? ` and ${duplicates.length - 10} more` : ''}.
                </p>
                <label><input type="checkbox" checked={includeDuplicates} onChange={(e) => setIncludeDuplicates(e.target.checked)} /> Import the duplicates too</label>
              </div>
            ) : null}
            <div className="form-actions">
              <button type="button" className="btn-primary" disabled={blocked || busy} onClick={() => void runImport()}>
                {busy ? 'Importing…' : `Import ${toImport.length} card${toImport.length === 1 ? '' : 's'}`}
              </button>
            </div>
          </section>
        </>
      ) : null}
    </div>
  );
}
