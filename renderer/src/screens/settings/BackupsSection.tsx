import { useCallback, useRef, useState } from 'react';
import { format } from 'date-fns';
import { BackupValidationError, type BackupIssue } from '../../../../shared/backup';
import { useScreenMenuCommand } from '../../app/useMenuCommand';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { errorMessage } from '../../lib/errors';
import { platform, type BackupFileInfo } from '../../platform';
import { AutoBackupsPanel } from './AutoBackupsPanel';
import { applyRestore, pickBackupFile, prepareRestore, saveBackupFile, type PreparedRestore } from './backupActions';
import { RestoreCounts, RestoreProblems } from './RestorePreview';
import { BACKUP_COMMAND, RESTORE_COMMAND } from './backupCommand';

type Flow =
  | { step: 'idle' }
  | { step: 'working'; message: string }
  | { step: 'problems'; source: string; errors: BackupIssue[] }
  | { step: 'confirm'; prepared: Extract<PreparedRestore, { ok: true }> }
  | { step: 'done'; message: string }
  | { step: 'failed'; message: string };

const when = (iso: string) => format(new Date(iso), 'yyyy-MM-dd HH:mm');
const messageOf = (error: unknown) =>
  error instanceof BackupValidationError ? error.message : `Something went wrong: ${errorMessage(error)}`;

/** Settings › Backups: back up to a file, restore from a file or an automatic backup, and (desktop) the automatic backups. */
export function BackupsSection({ keep }: { keep: number }) {
  const [flow, setFlow] = useState<Flow>({ step: 'idle' });
  const [refreshKey, setRefreshKey] = useState(0);
  const busy = useRef(false);
  const desktop = platform.autoBackups !== null;

  /** Runs one flow at a time: a menu command during a restore is ignored rather than interleaved. */
  const run = useCallback(async (work: () => Promise<void>) => {
    if (busy.current) return;
    busy.current = true;
    try {
      await work();
    } catch (error) {
      setFlow({ step: 'failed', message: messageOf(error) });
    } finally {
      busy.current = false;
    }
  }, []);

  const backUpNow = useCallback(() => run(async () => {
    setFlow({ step: 'working', message: 'Writing the backup…' });
    const outcome = await saveBackupFile(platform);
    setFlow(outcome.saved ? { step: 'done', message: `Backup saved to ${outcome.where}.` } : { step: 'idle' });
  }), [run]);

  const check = useCallback(async (source: string, text: string) => {
    setFlow({ step: 'working', message: `Checking “${source}”…` });
    const prepared = await prepareRestore(source, text);
    setFlow(prepared.ok ? { step: 'confirm', prepared } : { step: 'problems', source, errors: prepared.errors });
  }, []);

  const restoreFromFile = useCallback(() => run(async () => {
    const picked = await pickBackupFile(platform);
    if (!picked) return;
    if ('errors' in picked) setFlow({ step: 'problems', source: picked.name, errors: picked.errors });
    else await check(picked.name, picked.text);
  }), [run, check]);

  const restoreAutoBackup = useCallback((backup: BackupFileInfo) => run(async () => {
    await check(`the ${when(backup.createdAt)} automatic backup`, await platform.autoBackups!.read(backup.fileName));
  }), [run, check]);

  const confirmRestore = useCallback((prepared: Extract<PreparedRestore, { ok: true }>) => run(async () => {
    setFlow({ step: 'working', message: desktop ? 'Saving a safety backup of your current data…' : 'Replacing your data…' });
    const result = await applyRestore(prepared, platform, undefined, () => setFlow({ step: 'working', message: 'Replacing your data…' }));
    setRefreshKey((k) => k + 1);
    if (!result.ok) {
      setFlow({ step: 'failed', message: result.errors.map((e) => e.message).join(' ') });
      return;
    }
    const { counts } = result;
    setFlow({
      step: 'done',
      message: `Restored ${prepared.source} (backup of ${when(prepared.meta.createdAt)}): ${counts.ceuEntries} CEU entries, ${counts.attachments} certificate files, ${counts.credentials} credentials.`,
    });
  }), [run, desktop]);

  // The File menu's commands: sent here from another screen, or arriving while Settings is open.
  useScreenMenuCommand(BACKUP_COMMAND, backUpNow);
  useScreenMenuCommand(RESTORE_COMMAND, restoreFromFile);

  return (
    <section className="card" aria-labelledby="backups-title" data-testid="backups">
      <h2 id="backups-title">Backups</h2>
      <p>
        A backup file holds everything: your profile, credentials, CEU entries with their certificate files, study plans and
        sessions, practice attempts and roadmap. Keep one somewhere safe, away from this computer.
      </p>
      <div className="form-actions">
        <button type="button" className="btn-primary" disabled={flow.step === 'working'} onClick={() => void backUpNow()}>Back up now</button>
        <button type="button" disabled={flow.step === 'working'} onClick={() => void restoreFromFile()}>Restore from a file…</button>
      </div>
      <div role="status" aria-live="polite" data-testid="backup-status">
        {flow.step === 'working' || flow.step === 'done' ? <p>{flow.message}</p> : null}
      </div>
      {flow.step === 'failed' ? <p className="alert alert-danger" role="alert">{flow.message}</p> : null}
      {flow.step === 'problems' ? <RestoreProblems source={flow.source} errors={flow.errors} /> : null}
      {desktop ? (
        <AutoBackupsPanel autoBackups={platform.autoBackups!} keep={keep} refreshKey={refreshKey} busy={flow.step === 'working'} onRestore={(b) => void restoreAutoBackup(b)} />
      ) : null}
      <ConfirmDialog
        open={flow.step === 'confirm'}
        title="Replace all your data with this backup?"
        confirmLabel="Replace my data"
        danger
        onCancel={() => setFlow({ step: 'done', message: 'Restore cancelled. Nothing was changed.' })}
        onConfirm={() => flow.step === 'confirm' && void confirmRestore(flow.prepared)}
      >
        {flow.step === 'confirm' ? (
          <>
            <p>
              {flow.prepared.source} was made on {when(flow.prepared.meta.createdAt)} by CoderPath {flow.prepared.meta.appVersion}. Restoring
              replaces everything CoderPath holds now with its contents:
            </p>
            <RestoreCounts fileCounts={flow.prepared.fileCounts} currentCounts={flow.prepared.currentCounts} />
            <p>
              {desktop
                ? 'Your current data is saved first as an automatic backup (“Before a restore”), so you can go back to it.'
                : 'Your current data will be gone. If you may want it back, cancel and use “Back up now” first.'}
            </p>
          </>
        ) : null}
      </ConfirmDialog>
    </section>
  );
}
