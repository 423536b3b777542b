/**
 * What the app shows instead of its screens when the data cannot (or must not) be used: opening is blocked by
 * another window, the data is from a newer CoderPath, the before-upgrade backup failed, another window took the
 * data over, or the database could not be opened at all. Each says what happened and what to do.
 */
import { useEffect, useRef } from 'react';

export type StartupProblem =
  | { kind: 'blocked' }
  | { kind: 'newer'; message: string }
  | { kind: 'upgrade-backup-failed'; message: string }
  | { kind: 'error'; message: string };

const reload = () => window.location.reload();

export function StartupProblemScreen({ problem, onUpgradeWithoutBackup, onRetry }: {
  problem: StartupProblem;
  onUpgradeWithoutBackup: () => void;
  onRetry: () => void;
}) {
  switch (problem.kind) {
    case 'blocked':
      return (
        <main className="startup-error">
          <h1>Waiting for another CoderPath window</h1>
          <p className="alert" role="status">
            This version of CoderPath needs to update how your data is stored, and another CoderPath window (or browser
            tab) still has it open with the older version.
          </p>
          <p>Close or reload the other windows: this one goes on by itself as soon as they let go. Nothing was changed.</p>
          <button type="button" onClick={reload}>Reload this window</button>
        </main>
      );
    case 'newer':
      return (
        <main className="startup-error">
          <h1>Your data is from a newer CoderPath</h1>
          <p className="alert alert-danger" role="alert">{problem.message}</p>
          <p>Nothing was read or changed. Your automatic backups are kept in the app's data folder.</p>
        </main>
      );
    case 'upgrade-backup-failed':
      return (
        <main className="startup-error">
          <h1>Your data was not upgraded yet</h1>
          <p className="alert alert-danger" role="alert">{problem.message}</p>
          <p>
            This version of CoderPath stores your data in a newer way and takes a backup before changing it. Nothing
            was changed. Free some disk space (or fix what the message says) and try again, or go on without that
            backup: the upgrade itself is all-or-nothing, but there would be no copy of your data as it was.
          </p>
          <div className="form-actions">
            <button type="button" className="btn-danger" onClick={onUpgradeWithoutBackup}>Upgrade without a backup</button>
            <button type="button" className="btn-primary" onClick={onRetry} autoFocus>Try the backup again</button>
          </div>
        </main>
      );
    case 'error':
      return (
        <main className="startup-error">
          <h1>Your data could not be opened</h1>
          <p className="alert alert-danger" role="alert">{problem.message}</p>
          <p>Nothing was changed. Close other CoderPath windows and start the app again; your automatic backups are kept in the app's data folder.</p>
        </main>
      );
  }
}

/** Over every screen once another window upgraded, replaced or deleted the data: this window stops saving. */
export function ClosedElsewhereDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return (
    <dialog ref={ref} aria-labelledby="closed-elsewhere-title" onCancel={(e) => e.preventDefault()}>
      <h2 id="closed-elsewhere-title">Your data changed in another window</h2>
      <p>
        Another CoderPath window updated or replaced your data. To keep it safe, this window no longer saves
        anything. Reload it to go on with the current data; changes not saved here yet are lost.
      </p>
      <div className="form-actions">
        <button type="button" className="btn-primary" onClick={reload} autoFocus>Reload</button>
      </div>
    </dialog>
  );
}
