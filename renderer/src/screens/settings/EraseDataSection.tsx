/**
 * Settings › Erase all data: a backup is offered first (to a file; on the desktop an automatic one is also kept),
 * then the user types ERASE to confirm. The app then starts again as on the first day.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createBackupText, autoBackupKeep } from '../../db/backup';
import { eraseAllData } from '../../db/erase';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { currentAppVersion, saveBackupFile } from './backupActions';

export const ERASE_CONFIRMATION = 'ERASE';

export function EraseDataSection() {
  const [open, setOpen] = useState(false);
  return (
    <section className="card" aria-labelledby="erase-title">
      <h2 id="erase-title">Erase all data</h2>
      <p>
        Removes everything CoderPath keeps: profile, credentials, CEU entries and certificates, study plans, sessions,
        practice attempts and the roadmap. Back up first if you may want any of it back.
      </p>
      <button type="button" className="btn-danger" onClick={() => setOpen(true)}>Erase all data…</button>
      {open ? <EraseDialog onClose={() => setOpen(false)} /> : null}
    </section>
  );
}

function EraseDialog({ onClose }: { onClose: () => void }) {
  const id = useId();
  const ref = useRef<HTMLDialogElement>(null);
  const [typed, setTyped] = useState('');
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  async function backUp() {
    setError('');
    setBusy(true);
    try {
      const outcome = await saveBackupFile(platform);
      setStatus(outcome.saved ? `Backup saved to ${outcome.where}.` : 'No backup was saved.');
    } catch (e) {
      setError(`The backup could not be written: ${errorMessage(e)}`);
    } finally {
      setBusy(false);
    }
  }

  async function erase() {
    if (typed.trim() !== ERASE_CONFIRMATION) return;
    setError('');
    setBusy(true);
    try {
      // On the desktop a copy is kept among the automatic backups as well, whatever the user chose above.
      if (platform.autoBackups) {
        const text = await createBackupText(undefined, { appVersion: await currentAppVersion(platform) });
        await platform.autoBackups.create(text, 'manual', await autoBackupKeep());
      }
      await eraseAllData();
      window.location.reload(); // start again as on the first day, with nothing of the old data in memory
    } catch (e) {
      setError(`Nothing was erased: ${errorMessage(e)}`);
      setBusy(false);
    }
  }

  return (
    <dialog ref={ref} aria-labelledby={`${id}-title`} onCancel={(e) => { e.preventDefault(); if (!busy) onClose(); }}>
      <h2 id={`${id}-title`}>Erase all data?</h2>
      <p>This cannot be undone from inside the app. Keep a backup first: it can be restored from Settings › Backups.</p>
      <p>
        <button type="button" className="btn-primary" disabled={busy} onClick={() => void backUp()}>Back up to a file</button>{' '}
        <span role="status">{status}</span>
      </p>
      <div className="field">
        <label htmlFor={`${id}-confirm`}>Type {ERASE_CONFIRMATION} to confirm</label>
        <input id={`${id}-confirm`} value={typed} autoComplete="off" spellCheck={false} onChange={(e) => setTyped(e.target.value)} />
      </div>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      <div className="form-actions">
        <button type="button" onClick={onClose} disabled={busy} autoFocus>Cancel</button>
        <button type="button" className="btn-danger" disabled={busy || typed.trim() !== ERASE_CONFIRMATION} onClick={() => void erase()}>
          Erase everything
        </button>
      </div>
    </dialog>
  );
}
