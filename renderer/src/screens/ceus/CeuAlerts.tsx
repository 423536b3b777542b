/**
 * What needs the user's attention on the CEUs screen: deadline warnings (shared/ceu/warnings.ts) and cycles that
 * have ended and can be rolled over (shared/ceu/cycles.ts).
 */
import type { DeadlineWarning } from '../../../../shared/ceu/warnings';
import type { HeldCredential } from '../../../../shared/model/entities';
import { formatDay } from '../../lib/dates';

export function DeadlineWarnings({ warnings }: { warnings: readonly DeadlineWarning[] }) {
  if (warnings.length === 0) return null;
  return (
    <div className="ceu-warnings" data-testid="deadline-warnings">
      {warnings.map((warning) => (
        <div key={warning.key} className={`alert${warning.severity === 'overdue' ? ' alert-danger' : ''}`} role="alert">
          <strong>{warning.title}</strong>
          <p>{warning.message}</p>
        </div>
      ))}
    </div>
  );
}

export function RolloverOffer({ due, onRollOver }: { due: readonly HeldCredential[]; onRollOver: () => void }) {
  if (due.length === 0) return null;
  const list = due.map((credential) => `${credential.code} (ended ${formatDay(credential.cycleEnd)})`).join(', ');
  return (
    <div className="alert" role="note" data-testid="rollover-offer">
      <p>
        {due.length === 1 ? 'A renewal cycle has ended' : 'Renewal cycles have ended'}: {list}. When you have logged every
        CEU of {due.length === 1 ? 'that cycle' : 'those cycles'}, close {due.length === 1 ? 'it' : 'them'}: the final result
        is kept in the credential&apos;s past cycles and the next cycle starts.
      </p>
      <button type="button" className="btn-primary" onClick={onRollOver}>
        Close ended {due.length === 1 ? 'cycle' : 'cycles'} and start the next
      </button>
    </div>
  );
}
