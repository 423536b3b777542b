/**
 * Mounted in the app's sidebar on every screen: a running study timer (elapsed time, a link to Study, a stop
 * button), and the bridge for the "Log study session" menu command when Study is not the open screen. The
 * indicator itself (TimerIndicator.tsx, with the stop form and its validation) loads only once a timer runs.
 */
import { lazy, Suspense, useState } from 'react';
import { useMenuCommandBridge } from '../../app/useMenuCommand';
import { useRunningTimer } from './useStudyData';
import './study.css';

export const STUDY_PATH = '/study';

const TimerIndicator = lazy(() => import('./TimerIndicator'));
const LazyClock = lazy(() => import('./TimerIndicator').then((m) => ({ default: m.RunningClock })));

/** The desktop menu's "Log study session" command: the Study screen opens its log form. */
export const LOG_SESSION_COMMAND = 'log-session';

export function StudyStatus() {
  useMenuCommandBridge(LOG_SESSION_COMMAND, STUDY_PATH);

  const timer = useRunningTimer();
  // Once a timer has run, the indicator stays mounted: it says what was saved after the timer stops.
  const [wanted, setWanted] = useState(false);
  if (timer && !wanted) setWanted(true);
  const idle = (
    <div className="study-status">
      <p className="timer-indicator-message" role="status" />
    </div>
  );
  return wanted ? <Suspense fallback={idle}><TimerIndicator timer={timer} /></Suspense> : idle;
}

/** Elapsed time of a running timer, ticking each second (TimerIndicator.tsx; empty for the moment it loads). */
export function RunningClock(props: { startedAt: string; className?: string }) {
  const fallback = <span role="timer" className={props.className ?? 'timer-clock'} data-testid="timer-elapsed" />;
  return <Suspense fallback={fallback}><LazyClock {...props} /></Suspense>;
}
