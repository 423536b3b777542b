/** One milestone as read: title, state, dates, notes, why the app completed it, and its actions. */
import type { Milestone } from '../../../../shared/model/entities';
import type { TimelineMilestone } from '../../../../shared/roadmap/timeline';
import { formatDay } from '../../lib/dates';
import { STATE_LABELS } from './milestoneValidation';

export interface MilestoneActions {
  onEdit: (m: Milestone) => void;
  onDelete: (m: Milestone) => void;
  onMove: (m: Milestone, direction: 'up' | 'down') => void;
}

const STATE_CLASS = { planned: '', 'in-progress': 'status-on-track', done: 'status-complete' } as const;

export function MilestoneItem({
  milestone: m,
  view,
  first,
  last,
  actions,
}: {
  milestone: Milestone;
  view: TimelineMilestone;
  first: boolean;
  last: boolean;
  actions: MilestoneActions;
}) {
  return (
    <li className="milestone" data-testid="milestone">
      <div className="milestone-main">
        <h3 className="milestone-title">{m.title}</h3>
        <div className="milestone-badges">
          <span className={`badge ${STATE_CLASS[m.state]}`}>{STATE_LABELS[m.state]}</span>
          {view.late ? <span className="badge status-overdue">Late</span> : null}
          {m.auto ? <span className="badge badge-auto">Updated from your data</span> : null}
        </div>
        <dl className="facts milestone-dates">
          <dt>Target</dt>
          <dd>{formatDay(m.targetDate)}</dd>
          {m.state === 'done' && m.doneOn ? (
            <>
              <dt>Done on</dt>
              <dd>{formatDay(m.doneOn)}</dd>
            </>
          ) : null}
        </dl>
        {m.auto ? <p className="milestone-auto muted">{m.auto.reason}</p> : null}
        {m.notes ? <p className="milestone-notes">{m.notes}</p> : null}
      </div>
      <div className="milestone-actions" role="group" aria-label={`Actions for ${m.title}`}>
        <button
          type="button"
          data-focus-key={`up-${m.id}`}
          aria-label={`Move up: ${m.title}`}
          disabled={first}
          onClick={() => actions.onMove(m, 'up')}
        >
          ↑ Up
        </button>
        <button
          type="button"
          data-focus-key={`down-${m.id}`}
          aria-label={`Move down: ${m.title}`}
          disabled={last}
          onClick={() => actions.onMove(m, 'down')}
        >
          ↓ Down
        </button>
        <button type="button" data-focus-key={`edit-${m.id}`} aria-label={`Edit: ${m.title}`} onClick={() => actions.onEdit(m)}>
          Edit
        </button>
        <button type="button" className="btn-danger" aria-label={`Delete: ${m.title}`} onClick={() => actions.onDelete(m)}>
          Delete
        </button>
      </div>
    </li>
  );
}
