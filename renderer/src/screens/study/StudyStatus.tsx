/**
 * Mounted in the app's sidebar on every screen: a running study timer (elapsed time, a link to Study, a stop
 * button), and the bridge for the "Log study session" menu command when Study is not the open screen.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useEffect } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { getExamDef } from '../../../../shared/study/exams';
import { timerElapsed } from '../../../../shared/study/sessions';
import { db } from '../../db/db';
import { topicLabel } from './studyView';
import { useNow, useRunningTimer } from './useStudyData';
import { useTimerStop } from './useTimerStop';
import './study.css';

export const STUDY_PATH = '/study';

/** Router state that asks the Study screen to open its log-session form. */
export interface StudyLocationState {
  logSession?: boolean;
}

export function isLogSessionCommand(event: Event): boolean {
  const detail = (event as CustomEvent<unknown>).detail;
  return typeof detail === 'object' && detail !== null && (detail as { kind?: unknown }).kind === 'log-session';
}

export function StudyStatus() {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === STUDY_PATH) return; // the Study screen listens itself
    const onCommand = (event: Event) => {
      if (isLogSessionCommand(event)) void navigate(STUDY_PATH, { state: { logSession: true } satisfies StudyLocationState });
    };
    window.addEventListener('coderpath:command', onCommand);
    return () => window.removeEventListener('coderpath:command', onCommand);
  }, [navigate, pathname]);

  return <TimerIndicator />;
}

function TimerIndicator() {
  const timer = useRunningTimer();
  const planId = timer?.planId;
  const plan = useLiveQuery(async () => (planId ? await db.studyPlans.get(planId) : undefined), [planId]);
  const exam = plan ? getExamDef(plan.examCode) : undefined;
  const topic = (domainId: string | undefined) => topicLabel(exam, domainId);
  const { stop, message, clearMessage, dialog } = useTimerStop(topic);

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
export function RunningClock({ startedAt, className }: { startedAt: string; className?: string }) {
  const now = useNow(1000);
  const elapsed = timerElapsed({ startedAt }, now);
  return (
    <span role="timer" className={className ?? 'timer-clock'} data-testid="timer-elapsed">
      {elapsed.display}
    </span>
  );
}
