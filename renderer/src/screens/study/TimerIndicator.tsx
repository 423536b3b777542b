/**
 * The sidebar's running-timer indicator (elapsed time, a link to Study, a stop button) and the ticking clock.
 * Loaded by StudyStatus only once a timer runs: the stop form and its validation stay out of the app's first load.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Link } from 'react-router';
import type { RunningTimer } from '../../../../shared/model/entities';
import { getExamDef } from '../../../../shared/study/exams';
import { timerElapsed } from '../../../../shared/study/sessions';
import { db } from '../../db/db';
import { checkpointTimer, readTimerCheckpoint } from '../../db/study';
import { STUDY_PATH } from './StudyStatus';
import { topicLabel } from './studyView';
import { useNow } from './useStudyData';
import { useTimerStop } from './useTimerStop';

const TIMER_CHECKPOINT_MS = 30_000;

/** `timer`: the running timer, or null once stopped (the message about the saved session stays a while). */
export default function TimerIndicator({ timer }: { timer: RunningTimer | null | undefined }) {
  const planId = timer?.planId;
  const plan = useLiveQuery(async () => (planId ? await db.studyPlans.get(planId) : undefined), [planId]);
  const exam = plan ? getExamDef(plan.examCode) : undefined;
  const topic = (domainId: string | undefined) => topicLabel(exam, domainId);
  const { stop, message, clearMessage, dialog } = useTimerStop(topic);

  // While a timer runs, note every little while how long it has run, so a clock set back loses nothing counted.
  const running = !!timer;
  useEffect(() => {
    if (!running) return;
    const note = () => void checkpointTimer().catch((error: unknown) => console.warn('[coderpath] timer checkpoint failed:', error));
    note();
    const id = setInterval(note, TIMER_CHECKPOINT_MS);
    return () => clearInterval(id);
  }, [running]);

  useEffect(() => {
    if (!message) return;
    const id = setTimeout(clearMessage, 8000);
    return () => clearTimeout(id);
  }, [message, clearMessage]);

  return (
    <div className="study-status">
      {timer ? (
        <section className="timer-indicator" aria-label="Running study timer">
          <Link to={STUDY_PATH} className="timer-indicator-link">
            <span className="timer-indicator-label">Timer running</span>
            <RunningClock startedAt={timer.startedAt} />
            <span className="timer-indicator-topic">{topic(timer.domainId)}</span>
          </Link>
          <button type="button" onClick={() => void stop()}>Stop timer</button>
        </section>
      ) : null}
      <p className="timer-indicator-message" role="status">{message}</p>
      {dialog}
    </div>
  );
}

/** Elapsed time of a running timer, ticking each second. */
export function RunningClock({ startedAt, className }: { startedAt: string; className?: string | undefined }) {
  const now = useNow(1000);
  const checkpoint = useLiveQuery(() => readTimerCheckpoint(), []);
  const elapsed = timerElapsed({ startedAt }, now, checkpoint);
  return (
    <span role="timer" className={className ?? 'timer-clock'} data-testid="timer-elapsed">
      {elapsed.display}
    </span>
  );
}
