/** One stage of the path: what it means, its progress, its milestones in order, and the add/edit form. */
import { useId } from 'react';
import type { Milestone } from '../../../../shared/model/entities';
import type { TimelineStage } from '../../../../shared/roadmap/timeline';
import type { MilestoneDraft } from '../../db/roadmap';
import { EditSession } from '../../components/EditSession';
import { MilestoneForm } from './MilestoneForm';
import { MilestoneItem, type MilestoneActions } from './MilestoneItem';
import { formValuesFor } from './milestoneValidation';

/** Which form is open on the screen: at most one at a time. */
/** `base`: the milestone as the form opened it (a save over another window's change asks first). */
export type Editing = { mode: 'add'; stage: Milestone['stage'] } | { mode: 'edit'; id: string; base: Milestone } | null;

export function StageSection({
  stage,
  byId,
  editing,
  actions,
  onAdd,
  onSave,
  onCancel,
}: {
  stage: TimelineStage;
  byId: ReadonlyMap<string, Milestone>;
  editing: Editing;
  actions: MilestoneActions;
  onAdd: (stage: Milestone['stage']) => void;
  onSave: (draft: MilestoneDraft, base?: Milestone) => Promise<void>;
  onCancel: () => void;
}) {
  const id = useId();
  const adding = editing?.mode === 'add' && editing.stage === stage.stage;
  const count = stage.milestones.length;
  return (
    <section className="card roadmap-stage" aria-labelledby={`${id}-title`} data-stage={stage.stage}>
      <header className="roadmap-stage-header">
        <div>
          <h2 id={`${id}-title`} tabIndex={-1} data-focus-key={`stage-${stage.stage}`}>{stage.label}</h2>
          <p className="muted">{stage.description}</p>
        </div>
        <p className="roadmap-stage-progress" data-testid="stage-progress">
          {stage.progressPct === null ? 'No milestones yet' : `${stage.done} of ${stage.total} done (${stage.progressPct}%)`}
        </p>
      </header>
      {count === 0 ? <p className="muted">Nothing planned in this stage yet.</p> : null}
      <ol className="milestones">
        {stage.milestones.map((view, index) => {
          const m = byId.get(view.id);
          if (!m) return null;
          if (editing?.mode === 'edit' && editing.id === m.id) {
            return (
              <li key={m.id} className="milestone milestone-editing">
                <EditSession record={editing.base}>
                  {(base) => (
                    <MilestoneForm
                      heading={`Edit “${base.title}”`}
                      initial={formValuesFor(base, base.stage)}
                      submitLabel="Save milestone"
                      onSubmit={(draft) => onSave(draft, base)}
                      onCancel={onCancel}
                    />
                  )}
                </EditSession>
              </li>
            );
          }
          return (
            <MilestoneItem key={m.id} milestone={m} view={view} first={index === 0} last={index === count - 1} actions={actions} />
          );
        })}
      </ol>
      {adding ? (
        <MilestoneForm
          heading={`New milestone in ${stage.label}`}
          initial={formValuesFor(null, stage.stage)}
          submitLabel="Add milestone"
          onSubmit={onSave}
          onCancel={onCancel}
        />
      ) : (
        <button type="button" data-focus-key={`add-${stage.stage}`} onClick={() => onAdd(stage.stage)}>
          Add a milestone to {stage.label}
        </button>
      )}
    </section>
  );
}
