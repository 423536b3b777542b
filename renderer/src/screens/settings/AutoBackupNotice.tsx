/**
 * A failed automatic backup, said out loud: a notice on every screen (mounted by the Layout) until dismissed, and
 * the same failure in Settings › Backups until an automatic backup works again (db/autoBackupStatus.ts).
 */
import { format } from 'date-fns';
import { Link } from 'react-router';
import { dismissAutoBackupFailure, useAutoBackupFailure, type AutoBackupFailure } from '../../db/autoBackupStatus';
import { SETTINGS_PATH } from './backupCommand';

export function describeFailure(failure: AutoBackupFailure): string {
  const when = format(new Date(failure.at), 'yyyy-MM-dd HH:mm');
  return failure.reason === 'before-upgrade'
    ? `The backup before the data upgrade of ${when} could not be written (${failure.message}); the upgrade went ahead without it, as you chose.`
    : `The ${failure.reason === 'daily' ? 'daily ' : ''}automatic backup of ${when} could not be written: ${failure.message}`;
}

export function AutoBackupNotice() {
  const failure = useAutoBackupFailure();
  if (!failure || failure.dismissed) return null;
  return (
    <div className="alert alert-danger" role="alert" aria-label="Automatic backup failed">
      <strong>Automatic backup failed.</strong> {describeFailure(failure)}{' '}
      <Link to={SETTINGS_PATH}>Back up from Settings</Link>{' '}
      <button type="button" onClick={() => void dismissAutoBackupFailure()}>Dismiss</button>
    </div>
  );
}

/** Settings › Backups: the failure stays listed there until an automatic backup works again. */
export function AutoBackupFailureDetails() {
  const failure = useAutoBackupFailure();
  if (!failure) return null;
  return (
    <p className="alert alert-danger" role="alert">
      <strong>The last automatic backup failed.</strong> {describeFailure(failure)} Use “Back up now” to keep a copy
      until the next automatic backup works.
    </p>
  );
}
