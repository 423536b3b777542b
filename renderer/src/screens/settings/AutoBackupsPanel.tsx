import { useEffect, useState, type FormEvent } from 'react';
import { format } from 'date-fns';
import { clockBehindNewestBackup, parseAutoBackupKeep } from '../../../../shared/backup/rotation';
import { Field } from '../../components/Field';
import { updateProfile } from '../../db/profile';
import { errorMessage } from '../../lib/errors';
import type { AutoBackups, BackupFileInfo } from '../../platform/platform';
import { AutoBackupFailureDetails } from './AutoBackupNotice';
import { formatSize, reasonLabel } from './backupActions';
import { BACKUPS_CHANGED_EVENT } from './backupCommand';

/** Desktop only: the automatic backups on disk, each restorable, and how many to keep. */
export function AutoBackupsPanel({
  autoBackups,
  keep,
  refreshKey,
  busy,
  onRestore,
}: {
  autoBackups: AutoBackups;
  keep: number;
  /** Changes whenever a backup may have been added, so the list is read again. */
  refreshKey: number;
  busy: boolean;
  onRestore: (backup: BackupFileInfo) => void;
}) {
  const [list, setList] = useState<BackupFileInfo[] | null>(null);
  const [listError, setListError] = useState('');
  const [changed, setChanged] = useState(0);
  useEffect(() => {
    const onChanged = () => setChanged((n) => n + 1);
    window.addEventListener(BACKUPS_CHANGED_EVENT, onChanged);
    return () => window.removeEventListener(BACKUPS_CHANGED_EVENT, onChanged);
  }, []);
  useEffect(() => {
    let live = true;
    autoBackups.list().then(
      (found) => live && (setList(found), setListError('')),
      (error: unknown) => live && setListError(`The automatic backups could not be listed: ${errorMessage(error)}`),
    );
    return () => {
      live = false;
    };
  }, [autoBackups, refreshKey, changed]);

  const clockBehind = list ? clockBehindNewestBackup(list, new Date()) : null;
  return (
    <>
      <h3>Automatic backups</h3>
      <p className="muted">One a day when you use CoderPath, one before every restore and one before every app update.</p>
      <AutoBackupFailureDetails />
      {listError ? <p className="alert" role="alert">{listError}</p> : null}
      {clockBehind ? (
        <p className="alert" role="status">
          Your computer’s clock reads earlier than the newest backup ({format(new Date(clockBehind), 'yyyy-MM-dd HH:mm')}). Check
          its date and time: backups are still kept in the order they were written, but the times shown and the daily
          backup follow the clock.
        </p>
      ) : null}
      {list === null && !listError ? <p className="loading">Loading…</p> : null}
      {list?.length === 0 ? <p>No automatic backups yet.</p> : null}
      {list && list.length > 0 ? (
        <table className="data" data-testid="auto-backups">
          <thead>
            <tr>
              <th scope="col">Taken</th>
              <th scope="col">Why</th>
              <th scope="col" className="num">Size</th>
              <th scope="col"><span className="muted">Action</span></th>
            </tr>
          </thead>
          <tbody>
            {list.map((backup) => (
              <tr key={backup.fileName}>
                <td>{format(new Date(backup.createdAt), 'yyyy-MM-dd HH:mm')}</td>
                <td>{reasonLabel(backup.reason)}</td>
                <td className="num">{formatSize(backup.size)}</td>
                <td>
                  <button type="button" disabled={busy} onClick={() => onRestore(backup)} aria-label={`Restore the backup of ${format(new Date(backup.createdAt), 'yyyy-MM-dd HH:mm')}`}>
                    Restore
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <KeepForm keep={keep} />
    </>
  );
}

function KeepForm({ keep }: { keep: number }) {
  const [value, setValue] = useState(String(keep));
  const [error, setError] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => setValue(String(keep)), [keep]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = parseAutoBackupKeep(value);
    setError(result.ok ? '' : result.message);
    if (!result.ok) return;
    await updateProfile({ autoBackupKeep: result.value });
    setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate>
      <Field label="Keep the last automatic backups" hint="From 1 to 100. Older ones are deleted after each new backup." error={error || undefined}>
        {(control) => (
          <input {...control} type="number" min={1} max={100} step={1} inputMode="numeric" value={value} onChange={(e) => { setValue(e.target.value); setSaved(false); }} />
        )}
      </Field>
      <div className="form-actions">
        {saved ? <span role="status">Saved.</span> : null}
        <button type="submit">Save</button>
      </div>
    </form>
  );
}
