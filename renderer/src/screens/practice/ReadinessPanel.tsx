/**
 * "Am I ready?" for one exam (shared/study/readiness.ts `assessReadiness`): the chance of passing on the exam date
 * with its range, or what evidence is missing; the trend in words (a date only for a clear rise, with its range);
 * the domains where study raises the chance most, linked to the plan; the pass mark (or editable practice target)
 * and the catalog facts to confirm.
 */
import { useId, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { listExamDefs, passMarkLabel, passPercent, type ExamDef } from '../../../../shared/study/exams';
import type { Readiness } from '../../../../shared/study/readiness';
import { formatDay } from '../../lib/dates';
import {
  chanceHeadline, chanceRange, formatPercent, isTargetEditable, reachText, trendText, unverifiedFacts, validateTarget,
} from './practiceView';

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

function ChanceView({ readiness }: { readiness: Readiness }) {
  const { chance } = readiness;
  if (chance.state === 'missing') {
    return (
      <div data-testid="readiness-chance">
        <p><strong>Not enough practice yet for an estimate.</strong> What is missing:</p>
        <ul>{chance.missing.map((m) => <li key={m}>{m}</li>)}</ul>
      </div>
    );
  }
  return (
    <div data-testid="readiness-chance">
      <p className="readiness-headline"><strong>{chanceHeadline(readiness)}</strong></p>
      <p>{chanceRange(readiness)}</p>
      <p className="muted">
        {readiness.examDateFrom === 'today' ? 'Create a study plan with your exam date to see the chance on that day. ' : ''}
        {chance.basis === 'overall'
          ? 'From your overall scores: add per-domain results when you record an attempt to see which domains to study.'
          : 'Each content domain counts by its weight on the exam.'}
      </p>
    </div>
  );
}

function Raisers({ readiness }: { readiness: Readiness }) {
  if (readiness.raisers.length === 0) return null;
  return (
    <div data-testid="readiness-raisers">
      <h3>What raises it most</h3>
      <p className="muted">The same study time raises your chance most in:</p>
      <ol>
        {readiness.raisers.map((r) => (
          <li key={r.domainId}>
            <strong>{r.label}</strong>: about {formatPercent(r.levelPercent)} now, +{Math.max(1, Math.round(r.gain * 100))} points of chance
          </li>
        ))}
      </ol>
      <p><Link to="/study">See these in your study plan</Link></p>
    </div>
  );
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
  const reach = reachText(readiness);
  return (
    <section className="card" aria-labelledby="practice-readiness-title">
      <h2 id="practice-readiness-title">Readiness for {exam.code}</h2>
      <p data-testid="pass-mark">{passMarkLabel(exam, target)}</p>
      <div className="practice-readiness">
        <ChanceView readiness={readiness} />
        <dl className="facts" data-testid="readiness-facts">
          <dt>Attempts</dt>
          <dd>{readiness.attemptCount}</dd>
          <dt>Latest</dt>
          <dd>{readiness.latest ? `${formatPercent(readiness.latest.percent)} on ${formatDay(readiness.latest.date)}` : '—'}</dd>
          <dt>Trend</dt>
          <dd data-testid="trend">{trendText(readiness.trend)}</dd>
          {reach ? (
            <>
              <dt>At this rate</dt>
              <dd data-testid="reach">{reach}</dd>
            </>
          ) : null}
        </dl>
      </div>
      <Raisers readiness={readiness} />
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
