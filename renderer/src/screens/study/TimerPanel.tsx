/** The study timer on the Study screen: choose the topic, start; the running time, stop and save, or discard. */
import { useState } from 'react';
import type { RunningTimer, StudyPlan } from '../../../../shared/model/entities';
import type { ExamDef } from '../../../../shared/study/exams';
import { Field } from '../../components/Field';
import { startTimer } from '../../db/study';
import { errorMessage } from '../../lib/errors';
import { RunningClock } from './StudyStatus';
import { topicLabel } from './studyView';
import { useTimerStop } from './useTimerStop';

export function TimerPanel({
  timer,
  plan,
  exam,
}: {
  timer: RunningTimer | null;
  plan: StudyPlan | undefined;
  /** The exam of the timer's plan when one runs, else of the active plan. */
  exam: ExamDef | undefined;
}) {
  const [domainId, setDomainId] = useState('');
  const [error, setError] = useState<string | null>(null);
  const topic = (id: string | undefined) => topicLabel(exam, id);
  const { stop, discard, message, dialog } = useTimerStop(topic);

  async function start() {
    setError(null);
    try {
      await startTimer({ ...(plan ? { planId: plan.id } : {}), ...(domainId ? { domainId } : {}) });
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <section className="card" aria-labelledby="study-timer-title">
      <h2 id="study-timer-title">Study timer</h2>
      {timer ? (
        <div className="timer-running">
          <p>
            <RunningClock startedAt={timer.startedAt} className="timer-clock timer-clock-large" /> on{' '}
            <strong>{topic(timer.domainId)}</strong>
          </p>
          <p className="muted">It keeps running if you close or reload the app.</p>
          <div className="form-actions timer-actions">
            <button type="button" className="btn-danger" onClick={() => void discard()}>Discard</button>
            <button type="button" className="btn-primary" onClick={() => void stop()}>Stop and save</button>
          </div>
        </div>
      ) : (
        <div className="timer-idle">
          <Field label="Topic" hint="What you are about to study.">
            {(c) => (
              <select {...c} value={domainId} onChange={(e) => setDomainId(e.target.value)}>
                <option value="">General study</option>
                {exam?.domains.map((d) => (
                  <option key={d.id} value={d.id}>{d.label}</option>
                ))}
              </select>
            )}
          </Field>
          <button type="button" className="btn-primary" onClick={() => void start()}>Start timer</button>
        </div>
      )}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
      <p role="status">{message}</p>
      {dialog}
    </section>
  );
}
