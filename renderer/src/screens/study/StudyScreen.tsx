/**
 * The Study screen: study plans (one active), the active plan's weeks and this week's targets, the timer, the
 * session log and the study-time charts. Reads live from the store, so the plan follows new practice scores, dates
 * and goals at once; every computation comes from shared/study.
 */
import { useCallback, useMemo, useState } from 'react';
import type { StudyPlan, StudySession } from '../../../../shared/model/entities';
import { getExamDef } from '../../../../shared/study/exams';
import { currentWeekProgress, todayAgenda } from '../../../../shared/study/agenda';
import { replan } from '../../../../shared/study/replan';
import { hoursByDomain, weeklyHours } from '../../../../shared/study/sessions';
import { useScreenMenuCommand } from '../../app/useMenuCommand';
import { EditSession } from '../../components/EditSession';
import { EmptyState } from '../../components/EmptyState';
import { db } from '../../db/db';
import { ScreenHeader } from '../../components/ScreenHeader';
import { createPlan, logSession, updatePlan } from '../../db/study';
import { PlanForm } from './PlanForm';
import { PlanOverview } from './PlanOverview';
import { PlansList } from './PlansList';
import { SessionForm } from './SessionForm';
import { SessionLog } from './SessionLog';
import { DomainHoursChart, WeeklyHoursChart } from './StudyCharts';
import { LOG_SESSION_COMMAND } from './StudyStatus';
import { chartRange, newPlanValues, planValues, sessionsForPlan } from './studyView';
import { TimerPanel } from './TimerPanel';
import { useRunningTimer, useStudyData, useToday } from './useStudyData';
import './study.css';

type PlanEditor = { kind: 'new' } | { kind: 'edit'; plan: StudyPlan } | null;

export default function StudyScreen() {
  const data = useStudyData();
  const timer = useRunningTimer();
  const today = useToday();
  const [editor, setEditor] = useState<PlanEditor>(null);
  const [logOpen, setLogOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // The desktop menu's "Log study session", here or when another screen sent us here for it.
  useScreenMenuCommand(LOG_SESSION_COMMAND, useCallback(() => setLogOpen(true), []));

  const active = data?.active;
  const exam = active ? getExamDef(active.examCode) : undefined;
  const view = useMemo(() => {
    if (!data || !active || !exam) return undefined;
    const planSessions = sessionsForPlan(data.sessions, active.id);
    const { schedule, note } = replan({
      plan: active,
      exam,
      today,
      evidence: { attempts: data.attempts, sessions: planSessions },
      weekStartsOn: data.weekStartsOn,
      ...(data.targetPercent !== undefined ? { targetPercent: data.targetPercent } : {}),
    });
    const weeks = weeklyHours(planSessions, { ...chartRange(active, today), goalHours: active.weeklyHoursGoal, weekStartsOn: data.weekStartsOn });
    return {
      schedule,
      note,
      agenda: todayAgenda(schedule, planSessions, data.attempts, today),
      progress: currentWeekProgress(schedule, planSessions, today),
      weeks,
      domains: hoursByDomain(planSessions, exam),
    };
  }, [data, active, exam, today]);

  if (!data || timer === undefined) return <p className="loading" role="status">Loading…</p>;

  const examOfPlan = (planId: string | undefined) => {
    const plan = planId ? data.plans.find((p) => p.id === planId) : undefined;
    return plan ? getExamDef(plan.examCode) : exam;
  };
  const examFor = (session: StudySession) => examOfPlan(session.planId);

  return (
    <section>
      <ScreenHeader
        title="Study"
        description="Your study plan toward the exam date, the timer and your session log."
        actions={
          <>
            {data.plans.length > 0 ? (
              <button type="button" onClick={() => setEditor({ kind: 'new' })}>New plan</button>
            ) : null}
            <button type="button" onClick={() => setLogOpen(true)}>Log a session</button>
          </>
        }
      />
      {error ? (
        <p className="alert alert-danger" role="alert">
          {error} <button type="button" className="btn-link" onClick={() => setError(null)}>Dismiss</button>
        </p>
      ) : null}

      {editor ? (
        <EditSession record={editor.kind === 'edit' ? editor.plan : undefined}>
          {(plan) => (
            <PlanForm
              key={plan?.id ?? 'new'}
              heading={plan ? `Edit “${plan.name}”` : 'New study plan'}
              initial={plan ? planValues(plan) : newPlanValues(today)}
              submitLabel={plan ? 'Save changes' : 'Create plan'}
              onSubmit={async (draft) => {
                if (plan) await updatePlan(plan.id, draft, db, { base: plan });
                else await createPlan(draft);
                setEditor(null);
              }}
              onCancel={() => setEditor(null)}
            />
          )}
        </EditSession>
      ) : null}

      {data.plans.length === 0 && !editor ? (
        <EmptyState
          title="No study plan yet"
          action={<button type="button" className="btn-primary" onClick={() => setEditor({ kind: 'new' })}>Create a study plan</button>}
        >
          <p>
            Create a plan for the exam you are preparing for: CoderPath lays out the weeks to the exam date, a few topics
            each week in whole study sessions (heavy and weak topics first, every topic covered), and full timed
            practice exams at the end. It re-plans as you record practice attempts and study sessions.
          </p>
        </EmptyState>
      ) : null}

      {active && !exam ? (
        <p className="alert">
          The exam of “{active.name}” ({active.examCode}) is not in CoderPath&apos;s catalog, so no schedule can be laid
          out. Edit the plan to choose an exam.
        </p>
      ) : null}
      {active && exam && view ? (
        <PlanOverview
          plan={active}
          exam={exam}
          schedule={view.schedule}
          note={view.note}
          agenda={view.agenda}
          progress={view.progress}
          timer={timer}
          onEdit={() => setEditor({ kind: 'edit', plan: active })}
        />
      ) : null}

      <div className="study-columns">
        <TimerPanel timer={timer} plan={active} exam={timer ? examOfPlan(timer.planId) : exam} />
        <section className="card" aria-labelledby="session-log-title">
          <h2 id="session-log-title">Session log</h2>
          {logOpen ? (
            <SessionForm
              heading="Log a study session"
              initial={{ date: today, minutes: '', domainId: '', notes: '', planId: active?.id ?? '' }}
              exam={exam}
              submitLabel="Save session"
              onSubmit={async (draft) => {
                await logSession(draft);
                setLogOpen(false);
              }}
              onCancel={() => setLogOpen(false)}
            />
          ) : null}
          <SessionLog sessions={data.sessions} examFor={examFor} onError={setError} />
        </section>
      </div>

      {view ? (
        <section className="card" aria-labelledby="study-charts-title">
          <h2 id="study-charts-title">Study time</h2>
          <div className="study-charts">
            <WeeklyHoursChart weeks={view.weeks} />
            <DomainHoursChart rows={view.domains} />
          </div>
        </section>
      ) : null}

      {data.plans.length > 0 ? (
        <PlansList
          plans={data.plans}
          activeId={active?.id}
          onEdit={(plan) => setEditor({ kind: 'edit', plan })}
          onError={setError}
        />
      ) : null}
    </section>
  );
}
