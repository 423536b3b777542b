import type { BackupIssue } from '../../../../shared/backup';
import { BACKUP_TABLES, type BackupCounts } from '../../../../shared/backup/types';
import { TABLE_LABELS } from '../../../../shared/backup/types';

const SHOWN_PROBLEMS = 30;

/** Why a file cannot be restored: every problem with where it is, and the reassurance that nothing changed. */
export function RestoreProblems({ source, errors }: { source: string; errors: BackupIssue[] }) {
  return (
    <div className="alert alert-danger" role="alert" data-testid="restore-problems">
      <p>
        <strong>“{source}” cannot be restored. Nothing was changed.</strong>
        {errors.length > 1 ? ` ${errors.length} problems were found:` : null}
      </p>
      <ul>
        {errors.slice(0, SHOWN_PROBLEMS).map((error, i) => (
          <li key={i}>{error.message}</li>
        ))}
      </ul>
      {errors.length > SHOWN_PROBLEMS ? <p>…and {errors.length - SHOWN_PROBLEMS} more.</p> : null}
    </div>
  );
}

/** What a restore replaces: records per table in the file and in the app now. */
export function RestoreCounts({ fileCounts, currentCounts }: { fileCounts: BackupCounts; currentCounts: BackupCounts }) {
  return (
    <table className="data" data-testid="restore-counts">
      <thead>
        <tr>
          <th scope="col">What</th>
          <th scope="col" className="num">In the file</th>
          <th scope="col" className="num">In the app now</th>
        </tr>
      </thead>
      <tbody>
        {BACKUP_TABLES.map((table) => (
          <tr key={table}>
            <th scope="row">{TABLE_LABELS[table]}</th>
            <td className="num">{fileCounts[table]}</td>
            <td className="num">{currentCounts[table]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
