/**
 * Desktop: on a fresh data store, says where earlier data is when automatic backups older than the store exist
 * (an update that moved the app to app:// opens a new, empty store; the backups folder is the same).
 */
import { format } from 'date-fns';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { newestBackupBefore } from '../../../../shared/backup/earlierBackups';
import type { AutoBackups, BackupFileInfo } from '../../platform/platform';

export function EarlierDataNotice({ autoBackups, storeCreatedAt }: { autoBackups: AutoBackups | null; storeCreatedAt: string }) {
  const [earlier, setEarlier] = useState<BackupFileInfo | null>(null);
  useEffect(() => {
    if (!autoBackups) return;
    let live = true;
    autoBackups.list().then(
      (list) => live && setEarlier(newestBackupBefore(list, storeCreatedAt)),
      () => {}, // Settings › Backups reports a list that cannot be read; this notice is only a pointer.
    );
    return () => {
      live = false;
    };
  }, [autoBackups, storeCreatedAt]);
  if (!earlier) return null;
  return (
    <div className="alert" role="status" aria-label="Earlier data found">
      <p>
        <strong>Used CoderPath before?</strong> Your data here is new, but an automatic backup from{' '}
        {format(new Date(earlier.createdAt), 'yyyy-MM-dd HH:mm')} was written before it. To carry on with your earlier records, restore that
        backup before you set anything up.
      </p>
      <Link to="/settings">Restore from Settings › Backups</Link>
    </div>
  );
}
