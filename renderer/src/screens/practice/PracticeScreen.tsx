/**
 * Practice exams (product.md item 2): record attempts, see readiness for one exam and its charts, and the list of
 * attempts. Reads through live queries; every write goes through db/practice.ts; every number comes from
 * shared/study (readiness, charts).
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useMemo, useState } from 'react';
import type { PracticeAttempt } from '../../../../shared/model/entities';
import { domainBars, scoreTrendChart, timePerQuestion } from '../../../../shared/study/charts';
import { getExamDef, listExamDefs } from '../../../../shared/study/exams';
import { assessReadiness } from '../../../../shared/study/readiness';
import { EditSession } from '../../components/EditSession';
import { EmptyState } from '../../components/EmptyState';
import { ScreenHeader } from '../../components/ScreenHeader';
import { useUndo } from '../../components/UndoToast';
import { useWriteFailure } from '../../components/useWriteFailure';
import { db } from '../../db/db';
import {
  deleteAttempt,
  readPracticeTargets,
  recordAttempt,
  restoreAttempt,
  setPracticeTarget,
  updateAttempt,
  type AttemptDraft,
} from '../../db/practice';
import { formatDay, todayIso } from '../../lib/dates';
import { AttemptForm } from './AttemptForm';
import { newAttemptValues, rememberedCounts, valuesFromAttempt } from './attemptFormValues';
import { AttemptsTable } from './AttemptsTable';
import { DomainBarsChart, PaceChart, ScoreTrendChart } from './PracticeCharts';
import { attemptRows, defaultExamCode, domainSummary, paceSummary, planExamDate, trendSummary, type AttemptRow } from './practiceView';
import { MasteryPanel } from './MasteryPanel';
import { ExamPicker, ReadinessPanel } from './ReadinessPanel';
import './practice.css';

const DESCRIPTION = 'Your practice-exam scores, by content domain, and how ready you are.';

type Editing = null | { mode: 'new' } | { mode: 'edit'; attempt: PracticeAttempt };

export default function PracticeScreen() {
  const attempts = useLiveQuery(() => db.practiceAttempts.toArray(), []);
  const plans = useLiveQuery(() => db.studyPlans.toArray(), []);
  const targets = useLiveQuery(() => readPracticeTargets(), []);
  const offerUndo = useUndo();
  const [chosenExam, setChosenExam] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [status, setStatus] = useState('');
  const { error, run } = useWriteFailure();
  const today = todayIso();

  const examCode = chosenExam ?? defaultExamCode(plans ?? [], attempts ?? []);
  const exam = getExamDef(examCode) ?? listExamDefs()[0]!;
  const target = targets?.[exam.code];
  const view = useMemo(() => {
    if (!attempts || !plans) return null;
    const examDate = planExamDate(plans, exam.code, today);
    const readiness = assessReadiness(attempts, exam, today, { targetPercent: target, ...(examDate ? { examDate } : {}) });
    const trend = scoreTrendChart(attempts, exam, today, { targetPercent: target, reach: readiness.reach });
    const bars = domainBars(readiness);
    const pace = timePerQuestion(attempts, exam);
    return { readiness, trend, bars, pace };
  }, [attempts, plans, exam, today, target]);
  const rows = useMemo(() => (attempts && targets ? attemptRows(attempts, targets) : []), [attempts, targets]);
  const remembered = useMemo(() => rememberedCounts(attempts ?? []), [attempts]);

  const save = async (draft: AttemptDraft, base?: PracticeAttempt) => {
    if (editing?.mode === 'edit') {
      await updateAttempt(editing.attempt.id, draft, db, { base: base ?? editing.attempt });
      setStatus(`Saved the changes to the ${draft.examCode} attempt of ${formatDay(draft.date)}.`);
    } else {
      await recordAttempt(draft);
      setStatus(`Recorded the ${draft.examCode} attempt of ${formatDay(draft.date)}.`);
    }
    setChosenExam(draft.examCode);
    setEditing(null);
  };

  const remove = (row: AttemptRow) =>
    void run(async () => {
      const removed = await deleteAttempt(row.attempt.id);
      if (editing?.mode === 'edit' && editing.attempt.id === row.attempt.id) setEditing(null);
      if (!removed) return;
      setStatus('');
      offerUndo({
        message: `Deleted the ${removed.examCode} attempt of ${formatDay(removed.date)}.`,
        undo: () => run(() => restoreAttempt(removed)),
      });
    });

  if (!attempts || !plans || !targets || !view) return <p className="loading" role="status">Loading…</p>;

  const recordButton = (
    <button type="button" className="btn-primary" onClick={() => { setStatus(''); setEditing({ mode: 'new' }); }}>
      Record a practice exam
    </button>
  );
  const counts: Record<string, number> = {};
  for (const a of attempts) {
    const code = getExamDef(a.examCode)?.code;
    if (code) counts[code] = (counts[code] ?? 0) + 1;
  }

  return (
    <section>
      <ScreenHeader title="Practice exams" description={DESCRIPTION} actions={editing || attempts.length === 0 ? undefined : recordButton} />
      <p role="status" className="practice-status">{status}</p>
      {error ? <p className="alert alert-danger" role="alert">{error}</p> : null}
      {editing ? (
        <EditSession record={editing.mode === 'edit' ? editing.attempt : undefined}>
          {(attempt) => (
            <AttemptForm
              key={attempt?.id ?? 'new'}
              heading={attempt ? 'Edit practice attempt' : 'Record a practice exam'}
              initial={attempt ? valuesFromAttempt(attempt) : newAttemptValues(exam.code, today, remembered)}
              remembered={remembered}
              submitLabel={attempt ? 'Save changes' : 'Save attempt'}
              onSubmit={(draft) => save(draft, attempt)}
              onCancel={() => setEditing(null)}
            />
          )}
        </EditSession>
      ) : null}
      {attempts.length === 0 ? (
        editing ? null : (
          <EmptyState title="No practice attempts yet" action={recordButton}>
            <p>
              After each practice exam, record its date, where it came from, how many questions it had, how many you
              got right and how long it took; add the scores per content domain if the test reports them.
            </p>
            <p>You will see your score trend against the pass mark, your weakest domains and, after three attempts,
              when you are likely to reach the pass mark.</p>
          </EmptyState>
        )
      ) : (
        <>
          <ExamPicker value={exam.code} counts={counts} onChange={setChosenExam} />
          <ReadinessPanel
            exam={exam}
            readiness={view.readiness}
            target={target}
            onTargetChange={(percent) => run(() => setPracticeTarget(exam.code, percent))}
          />
          {view.readiness.attemptCount === 0 ? (
            <p className="card muted">No {exam.code} attempts yet: the charts appear once you record one.</p>
          ) : (
            <div className="practice-charts">
              <ScoreTrendChart chart={view.trend} reach={view.readiness.reach} summary={trendSummary(view.readiness, view.trend)} />
              <DomainBarsChart bars={view.bars} passPercent={view.readiness.passPercent} summary={domainSummary(view.readiness, view.bars)} />
              <PaceChart rows={view.pace} summary={paceSummary(view.pace, exam)} />
            </div>
          )}
          <MasteryPanel exam={exam} />
          <AttemptsTable rows={rows} onEdit={(row) => { setStatus(''); setEditing({ mode: 'edit', attempt: row.attempt }); }} onDelete={remove} />
        </>
      )}
    </section>
  );
}
