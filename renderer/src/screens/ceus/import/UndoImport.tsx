/** "Undo this import": the last import can be taken back in one step until the next one (db/importUndo.ts). */
import { format } from 'date-fns';
import { useState } from 'react';
import { importedCount, undoLastImport, useLastImport } from '../../../db/importUndo';
import { errorMessage } from '../../../lib/errors';

export function UndoImport() {
  const last = useLastImport();
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);

  async function undo() {
    setBusy(true);
    setError('');
    try {
      const removed = await undoLastImport();
      setStatus(removed === null ? '' : `Import undone: ${removed === 1 ? '1 entry' : `${removed} entries`} removed.`);
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const count = last ? importedCount(last) : 0;
  return (
    <>
      <p role="status">{status}</p>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {last ? (
        <section className="card" aria-labelledby="last-import-title">
          <h2 id="last-import-title">Last import</h2>
          <p>
            {count === 1 ? '1 entry' : `${count} entries`} from “{last.source}”, {format(new Date(last.at), 'yyyy-MM-dd HH:mm')}. Undo
            removes them all in one step (until the next import).
          </p>
          <button type="button" disabled={busy} onClick={() => void undo()}>Undo this import</button>
        </section>
      ) : null}
    </>
  );
}
