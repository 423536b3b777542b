/**
 * Today's agenda (Study screen and dashboard): the sessions the plan sets for today, each with a button that runs
 * the timer on its topic, and the flashcards due. Plain layout; the agenda itself comes from shared/study/agenda.
 */
import { useId, useState } from 'react';
import { Link } from 'react-router';
import type { RunningTimer, StudyPlan } from '../../../../shared/model/entities';
import type { AgendaItem } from '../../../../shared/study/agenda';
import type { ExamDef } from '../../../../shared/study/exams';
import { startTimer } from '../../db/study';
import { errorMessage } from '../../lib/errors';
import { formatMinutes, sessionLabel } from './studyView';

export function TodayAgenda({
  plan,
  exam,
  items,
  timer,
  flashcardsDue,
  title = 'Today',
  headingLevel = 3,
}: {
  plan: StudyPlan;
  exam: ExamDef;
  items: AgendaItem[];
  timer: RunningTimer | null;
  /** Cards due today, when the flashcards module has any. */
  flashcardsDue?: number;
  title?: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  async function start(domainId: string | undefined) {
    setError(null);
    try {
      await startTimer({ planId: plan.id, ...(domainId ? { domainId } : {}) });
    } catch (e) {
      setError(errorMessage(e));
    }
  }
  return (
    <section className="today-agenda" aria-labelledby={`${id}-title`}>
      <Heading id={`${id}-title`}>{title}</Heading>
      {items.length === 0 ? (
        <p className="muted">Nothing planned for today: a rest day, or study ahead with the timer.</p>
      ) : (
        <ul className="agenda-list">
          {items.map((item) => {
            const label = sessionLabel(item.session, exam);
            const running = timer !== null && (timer.domainId ?? undefined) === item.session.domainId && timer.planId === plan.id;
            return (
              <li key={item.session.id} className={item.done ? 'agenda-done' : undefined}>
                <span className="agenda-what">
                  <strong>{label}</strong> <span className="muted">{formatMinutes(item.session.minutes)}</span>
                  {item.doneMinutes > 0 && !item.done ? <span className="muted"> · {formatMinutes(item.doneMinutes)} done</span> : null}
                </span>
                {item.done ? (
                  <span className="badge">Done</span>
                ) : running ? (
                  <span className="badge">Timer running</span>
                ) : (
                  <button type="button" disabled={timer !== null} onClick={() => void start(item.session.domainId)} aria-label={`Start: ${label}`}>
                    Start
                  </button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {flashcardsDue !== undefined ? (
        <p className="agenda-cards">
          {flashcardsDue === 0 ? 'No flashcards due today.' : <>{flashcardsDue === 1 ? '1 flashcard' : `${flashcardsDue} flashcards`} due today. <Link to="/flashcards">Review them</Link></>}
        </p>
      ) : null}
      {timer !== null && items.some((i) => !i.done) ? <p className="muted">A timer is running: stop it before starting another session.</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </section>
  );
}
