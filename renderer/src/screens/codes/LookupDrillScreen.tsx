/**
 * The timed lookup drill: 10 random valid codes' descriptions from the chosen chapter, block or category; type the
 * code, Enter to answer; time per code and accuracy are recorded (user's database) and charted.
 */
import { useEffect, useMemo, useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { billableIn } from '../../../../shared/codeset/hierarchy';
import { isRightCode, LOOKUP_DRILL_SIZE, pickDrillEntries, summariseDrill, type LookupDrillItem } from '../../../../shared/codeset/lookupDrill';
import { displayCode } from '../../../../shared/codeset/orderFile';
import { resolveScope, type ScopeRange } from '../../../../shared/codeset/scope';
import { ScreenHeader } from '../../components/ScreenHeader';
import { recordLookupDrill, useLookupDrills } from '../../db/codes/codeNotes';
import type { LoadedCodeSet } from '../../db/codes/loadCodeSet';
import { Breadcrumbs } from './Breadcrumbs';
import { DrillHistoryChart } from './DrillHistoryChart';
import { codePath } from './paths';
import { WithCodeSet } from './WithCodeSet';

function Drill({ set, range }: { set: LoadedCodeSet; range: ScopeRange }) {
  const { data } = set;
  const [round, setRound] = useState(0);
  const entries = useMemo(() => pickDrillEntries(billableIn(data, range.first, range.end), LOOKUP_DRILL_SIZE), [data, range, round]);
  const [items, setItems] = useState<LookupDrillItem[]>([]);
  const [answer, setAnswer] = useState('');
  const [feedback, setFeedback] = useState<LookupDrillItem | null>(null);
  const started = useRef(performance.now());
  const input = useRef<HTMLInputElement>(null);
  const history = useLookupDrills();
  const done = items.length === entries.length && entries.length > 0;
  const current = entries[items.length];

  useEffect(() => {
    started.current = performance.now();
    input.current?.focus();
  }, [items.length, round]);

  const submit = () => {
    if (current === undefined || answer.trim() === '') return;
    const code = data.codes[current]!;
    const item = { code, answer: answer.trim(), correct: isRightCode(answer, code), ms: Math.round(performance.now() - started.current) };
    const next = [...items, item];
    setFeedback(item);
    setItems(next);
    setAnswer('');
    if (next.length === entries.length) void recordLookupDrill({ finishedAt: new Date().toISOString(), year: data.year, rangeLabel: range.label, items: next });
  };

  if (entries.length === 0) return <p role="alert" className="alert">{range.label} has no code valid for submission to drill.</p>;
  const summary = summariseDrill(items);
  return (
    <>
      {done ? (
        <section className="card" aria-labelledby="drill-done-title">
          <h2 id="drill-done-title">Done: {summary.correct} of {summary.total} right, median {summary.medianSeconds} s per code</h2>
          <table className="drill-table">
            <caption className="visually-hidden">Your answers</caption>
            <thead><tr><th scope="col">Code</th><th scope="col">Your answer</th><th scope="col">Result</th><th scope="col">Seconds</th></tr></thead>
            <tbody>
              {items.map((it, i) => (
                <tr key={i}>
                  <td><Link to={codePath(it.code)}>{displayCode(it.code)}</Link></td>
                  <td>{it.answer}</td>
                  <td>{it.correct ? 'Right' : 'Wrong'}</td>
                  <td>{(it.ms / 1000).toFixed(1)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" className="btn-primary" onClick={() => { setItems([]); setFeedback(null); setRound((r) => r + 1); }}>
            Another 10 from this range
          </button>
        </section>
      ) : (
        <section className="card drill-card" aria-labelledby="drill-q-title">
          <h2 id="drill-q-title">Code {items.length + 1} of {entries.length}</h2>
          <p className="drill-description">{data.longDescriptions[current!]}</p>
          <form onSubmit={(e) => { e.preventDefault(); submit(); }} className="form-row">
            <div className="field">
              <label htmlFor="drill-answer">Code for this description</label>
              <input id="drill-answer" ref={input} value={answer} autoComplete="off" spellCheck={false}
                onChange={(e) => setAnswer(e.target.value)} />
            </div>
            <button type="submit" className="btn-primary" disabled={answer.trim() === ''}>Answer</button>
          </form>
        </section>
      )}
      <p role="status" className="drill-feedback">
        {feedback ? (feedback.correct ? `Right: ${displayCode(feedback.code)}.` : `Not quite: it is ${displayCode(feedback.code)} (you typed ${feedback.answer}).`) : ''}
      </p>
      {history ? <DrillHistoryChart results={history} /> : null}
    </>
  );
}

export default function LookupDrillScreen() {
  const [params] = useSearchParams();
  const scope = params.get('scope') ?? '';
  return (
    <WithCodeSet>
      {(set) => {
        const range = resolveScope(scope, set.data, set.hierarchy, set.byCode);
        return (
          <div className="codes-screen">
            <Breadcrumbs crumbs={[]} current="Lookup drill" />
            <ScreenHeader title="Lookup drill" description={range ? `Find the code for ${LOOKUP_DRILL_SIZE} descriptions from ${range.label}. Time runs from each description to your answer.` : undefined} />
            {range ? <Drill set={set} range={range} /> : <p role="alert" className="alert">Choose a chapter, block or category to drill from its page.</p>}
          </div>
        );
      }}
    </WithCodeSet>
  );
}
