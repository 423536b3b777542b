/**
 * "Am I ready?" for one exam (shared/study/readiness.ts `assessReadiness`): latest, smoothed, trend and the
 * projection, never a guessed date; the pass mark (or editable practice target) and the catalog facts to confirm.
 */
import { useId, useState, type FormEvent } from 'react';
import { listExamDefs, passMarkLabel, passPercent, type ExamDef } from '../../../../shared/study/exams';
import type { Projection, Readiness } from '../../../../shared/study/readiness';
import { formatDay } from '../../lib/dates';
import { formatPercent, isTargetEditable, signed, unverifiedFacts, validateTarget } from './practiceView';

export function ExamPicker({ value, counts, onChange }: { value: string; counts: Record<string, number>; onChange: (code: string) => void }) {
  const id = useId();
  return (
    <div className="field practice-exam-picker">
      <label htmlFor={id}>Readiness and charts for</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {listExamDefs().map((e) => (
          <option key={e.code} value={e.code}>
            {e.code}: {e.name} ({counts[e.code] ?? 0} {(counts[e.code] ?? 0) === 1 ? 'attempt' : 'attempts'})
          </option>
        ))}
      </select>
    </div>
  );
}

function ProjectionView({ projection }: { projection: Projection }) {
  switch (projection.state) {
    case 'projected':
      return (
        <div data-testid="projection">
          <dl className="facts">
            <dt>Projected date</dt>
            <dd><strong>{formatDay(projection.date)}</strong></dd>
            <dt>Likely range</dt>
            <dd>
              {formatDay(projection.earliest)} to{' '}
              {projection.latest ? formatDay(projection.latest) : 'no latest date within a year (too uncertain)'}
            </dd>
          </dl>
          <p className="muted">
            {/* Projected for today: the message asks for a new attempt to confirm it. */}
            {projection.date === projection.earliest ? `${projection.message} ` : ''}
            A rough range from the trend of your scores so far, not a promise; more attempts narrow it.
          </p>
        </div>
      );
    case 'insufficient-data':
      return (
        <div data-testid="projection">
          <p><strong>Not enough attempts for a projection yet.</strong> {projection.message}</p>
        </div>
      );
    case 'beyond-a-year':
      return (
        <div data-testid="projection">
          <p><strong>{projection.message}</strong></p>
          {projection.earliest ? <p className="muted">Earliest plausible date: {formatDay(projection.earliest)}.</p> : null}
        </div>
      );
    default:
      return (
        <div data-testid="projection">
          <p><strong>{projection.message}</strong></p>
        </div>
      );
  }
}

function TargetEditor({
  exam,
  target,
  onSave,
}: {
  exam: ExamDef;
  target: number | undefined;
  onSave: (percent: number | undefined) => Promise<void>;
}) {
  const id = useId();
  const [text, setText] = useState(target === undefined ? '' : String(target));
  const [error, setError] = useState<string | null>(null);
  async function submit(event: FormEvent) {
    event.preventDefault();
    const r = validateTarget(text);
    if (!r.ok) return setError(r.error);
    setError(null);
    await onSave(r.value);
  }
  return (
    <form className="practice-target" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor={id}>Your practice target (%)</label>
        <input
          id={id}
          inputMode="decimal"
          value={text}
          placeholder={String(Math.round(passPercent(exam) * 10) / 10)}
          aria-invalid={error ? true : undefined}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          onChange={(e) => setText(e.target.value)}
        />
        <span id={`${id}-hint`} className="hint">Editable: set the percent you want practice scores measured against.</span>
        {error ? <span id={`${id}-error`} className="field-error" role="alert">{error}</span> : null}
      </div>
      <div className="practice-target-actions">
        <button type="submit">Save target</button>
        {target !== undefined ? (
          <button type="button" className="btn-link" onClick={() => { setText(''); void onSave(undefined); }}>
            Use the catalog value
          </button>
        ) : null}
      </div>
    </form>
  );
}

export function ReadinessPanel({
  exam,
  readiness,
  target,
  onTargetChange,
}: {
  exam: ExamDef;
  readiness: Readiness;
  target: number | undefined;
  onTargetChange: (percent: number | undefined) => Promise<void>;
}) {
  const facts = unverifiedFacts(exam);
  const { trend } = readiness;
  return (
    <section className="card" aria-labelledby="practice-readiness-title">
      <h2 id="practice-readiness-title">Readiness for {exam.code}</h2>
      <p data-testid="pass-mark">{passMarkLabel(exam, target)}</p>
      <div className="practice-readiness">
        <dl className="facts" data-testid="readiness-facts">
          <dt>Attempts</dt>
          <dd>{readiness.attemptCount}</dd>
          <dt>Latest</dt>
          <dd>{readiness.latest ? `${formatPercent(readiness.latest.percent)} on ${formatDay(readiness.latest.date)}` : '—'}</dd>
          <dt>Smoothed score</dt>
          <dd>
            {readiness.smoothedPercent !== undefined ? formatPercent(readiness.smoothedPercent) : '—'}
            <span className="hint"> (recent and longer tests count more)</span>
          </dd>
          <dt>Trend</dt>
          <dd data-testid="trend">
            {trend.state === 'ok'
              ? `${signed(trend.pointsPerWeek)} points per week (± ${trend.standardError})`
              : trend.reason}
          </dd>
        </dl>
        <ProjectionView projection={readiness.projection} />
      </div>
      {isTargetEditable(exam) ? (
        <TargetEditor key={`${exam.code}-${target ?? ''}`} exam={exam} target={target} onSave={onTargetChange} />
      ) : null}
      {facts.length > 0 ? (
        <div className="alert practice-unverified" role="note" aria-label="Facts to confirm">
          <p>
            <strong>To confirm with {exam.body}:</strong> these {exam.code} facts come from prep sources or estimates,
            not from {exam.body} itself. Use them as guidance.
          </p>
          <ul>
            {facts.map((f) => (
              <li key={f.what}>
                <strong>{f.what}:</strong> {f.value} <span className="muted">(source: {f.source})</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}
