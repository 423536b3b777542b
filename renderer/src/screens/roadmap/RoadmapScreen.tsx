/**
 * The career roadmap (product.md item 4): the five stages with their milestones, a timeline chart and progress.
 * Reads through live queries; every write goes through db/roadmap.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect, useMemo, useState } from 'react';
import { Link } from 'react-router';
import type { Milestone } from '../../../../shared/model/entities';
import { buildTimeline } from '../../../../shared/roadmap/timeline';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUndo } from '../../components/UndoToast';
import { useWriteFailure } from '../../components/useWriteFailure';
import { db } from '../../db/db';
import {
  addMilestone,
  createDefaultRoadmap,
  deleteMilestone,
  moveMilestone,
  restoreMilestone,
  updateMilestone,
  type MilestoneDraft,
} from '../../db/roadmap';
import { formatDay, todayIso } from '../../lib/dates';
import type { MilestoneActions } from './MilestoneItem';
import { RoadmapChart } from './RoadmapChart';
import { StageSection, type Editing } from './StageSection';
import './roadmap.css';

const DESCRIPTION = 'Your career path: education, certification, first job, specialization, upskilling.';

/** Where focus goes after the next render; `until` holds it back while the list still shows the old data. */
interface PendingFocus {
  key: string;
  until?: readonly Milestone[];
}

/**
 * Puts focus back where the user was after the list re-renders (a moved item, a closed form), since React may
 * re-insert the focused button. A disabled target (moved to the end) hands focus to its sibling.
 */
function useFocusAfterRender(pending: PendingFocus | null, milestones: readonly Milestone[] | undefined, clear: () => void) {
  useEffect(() => {
    if (!pending || (pending.until && milestones === pending.until)) return;
    const find = (k: string) => document.querySelector<HTMLElement>(`[data-focus-key="${CSS.escape(k)}"]`);
    let el = find(pending.key);
    if (el instanceof HTMLButtonElement && el.disabled) {
      el = find(pending.key.startsWith('up-') ? pending.key.replace(/^up-/, 'down-') : pending.key.replace(/^down-/, 'up-'));
    }
    el?.focus();
    clear();
  });
}

export default function RoadmapScreen() {
  const milestones = useLiveQuery(() => db.milestones.toArray(), []);
  const profile = useLiveQuery(() => db.profile.get('profile'), []);
  const offerUndo = useUndo();
  const [editing, setEditing] = useState<Editing>(null);
  const [focus, setFocus] = useState<PendingFocus | null>(null);
  const [status, setStatus] = useState('');
  const { error, setError, run } = useWriteFailure();
  const today = todayIso();

  const timeline = useMemo(() => (milestones ? buildTimeline(milestones, today) : null), [milestones, today]);
  const byId = useMemo(() => new Map((milestones ?? []).map((m) => [m.id, m])), [milestones]);
  useFocusAfterRender(focus, milestones, () => setFocus(null));

  const actions: MilestoneActions = {
    onEdit: (m) => setEditing({ mode: 'edit', id: m.id, base: m }),
    onMove: (m, direction) =>
      void run(async () => {
        const shown = milestones;
        if (!(await moveMilestone(m.id, direction))) return;
        setFocus({ key: `${direction}-${m.id}`, until: shown });
        setStatus(`Moved “${m.title}” ${direction}.`);
      }),
    onDelete: (m) =>
      void run(async () => {
        const removed = await deleteMilestone(m.id);
        if (editing?.mode === 'edit' && editing.id === m.id) setEditing(null);
        setFocus({ key: `stage-${m.stage}` });
        if (removed) {
          setStatus('');
          offerUndo({ message: `Deleted “${removed.title}”.`, undo: () => restoreMilestone(removed) });
        }
      }),
  };

  const save = async (draft: MilestoneDraft, base?: Milestone) => {
    if (!editing) return;
    setError(null);
    if (editing.mode === 'add') {
      await addMilestone(draft);
      setFocus({ key: `add-${draft.stage}` });
      setStatus(`Added “${draft.title}”.`);
    } else {
      const saved: Milestone = await updateMilestone(editing.id, draft, db, { base });
      setFocus({ key: `edit-${saved.id}` });
      setStatus(`Saved “${saved.title}”.`);
    }
    setEditing(null);
  };

  const cancel = () => {
    if (editing) setFocus({ key: editing.mode === 'edit' ? `edit-${editing.id}` : `add-${editing.stage}` });
    setEditing(null);
  };

  const create = () =>
    void run(async () => {
      const added = await createDefaultRoadmap();
      setStatus(added.length > 0 ? `Added ${added.length} typical milestones.` : 'Every stage already has a milestone.');
    });

  if (!milestones || !timeline) {
    return (
      <section>
        <ScreenHeader title="Roadmap" description={DESCRIPTION} />
        <p className="loading" role="status">Loading…</p>
      </section>
    );
  }

  const startNote = (
    <>
      Target dates count from your career start date
      {profile ? <>, <strong>{formatDay(profile.careerStart)}</strong></> : null}; you can change it in{' '}
      <Link to="/settings">Settings</Link>.
    </>
  );
  const emptyStages = timeline.stages.filter((s) => s.total === 0).length;

  return (
    <section>
      <ScreenHeader
        title="Roadmap"
        description={DESCRIPTION}
        actions={
          milestones.length > 0 && emptyStages > 0 ? (
            <button type="button" onClick={create}>Add typical milestones to empty stages</button>
          ) : undefined
        }
      />
      {error ? <p className="alert alert-danger" role="alert">Not saved: {error}</p> : null}
      <p className="visually-hidden" role="status">{status}</p>
      {milestones.length === 0 ? (
        <EmptyState
          title="No milestones yet"
          action={<button type="button" className="btn-primary" onClick={create}>Create my roadmap</button>}
        >
          <p>
            Your roadmap holds the milestones of each stage, from education to upskilling, with their target dates.
            Some complete themselves as you add credentials and pass practice exams.
          </p>
          <p>
            “Create my roadmap” adds the typical milestone of each stage. {startNote}
          </p>
        </EmptyState>
      ) : (
        <>
          <p className="muted roadmap-start-note">{startNote}</p>
          <RoadmapChart timeline={timeline} />
          {timeline.stages.map((stage) => (
            <StageSection
              key={stage.stage}
              stage={stage}
              byId={byId}
              editing={editing}
              actions={actions}
              onAdd={(s) => setEditing({ mode: 'add', stage: s })}
              onSave={save}
              onCancel={cancel}
            />
          ))}
        </>
      )}
    </section>
  );
}
