/**
 * The active plan: what changed at the last re-plan and why, today's agenda, this week's targets against what is
 * done, the weeks to the exam (focus domains, spaced returns, the exam phase) and the calendar export. Everything
 * is computed by shared/study; this only lays it out.
 */
import { useId, useState } from 'react';
import type { RunningTimer, StudyPlan } from '../../../../shared/model/entities';
import type { AgendaItem, WeekProgress } from '../../../../shared/study/agenda';
import type { ExamDef } from '../../../../shared/study/exams';
import { buildStudyCalendar, icsFileName } from '../../../../shared/study/ics';
import type { PlanWeek, StudySchedule } from '../../../../shared/study/plan';
import type { ReplanNote } from '../../../../shared/study/replan';
import { WEEKDAY_NAMES } from '../../../../shared/study/weeks';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { TodayAgenda } from './TodayAgenda';
import { focusReasons, formatHours, formatMinutes, sessionLabel, topicLabel, weekFocusLine } from './studyView';

export function PlanOverview({
  plan,
  exam,
  schedule,
  note,
  agenda,
  progress,
  timer,
  flashcardsDue,
  onEdit,
}: {
  plan: StudyPlan;
  exam: ExamDef;
  schedule: StudySchedule;
  note: ReplanNote | undefined;
  agenda: AgendaItem[];
  progress: WeekProgress;
  timer: RunningTimer | null;
  flashcardsDue?: number;
  onEdit: () => void;
}) {
  const id = useId();
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const [reminder, setReminder] = useState(true);

  async function exportCalendar() {
    try {
      const contents = buildStudyCalendar({ plan, exam, weeks: schedule.weeks, now: new Date(), ...(reminder ? { reminderMinutes: 30 } : {}) });
      const outcome = await platform.saveFile({
        suggestedName: icsFileName(exam),
        mimeType: 'text/calendar',
        filters: [{ name: 'Calendar', extensions: ['ics'] }],
        contents,
      });
      setExportMessage(outcome.saved ? `Calendar saved: ${outcome.where}.` : 'Export cancelled.');
    } catch (error) {
      setExportMessage(`The calendar could not be saved: ${errorMessage(error)}`);
    }
  }

  const current = progress.week;
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <div className="plan-header">
        <div>
          <h2 id={`${id}-title`}>{plan.name}</h2>
          <p className="muted plan-facts">
            {exam.code} exam on {formatDay(plan.examDate)} · {formatHours(plan.weeklyHoursGoal)} a week · from{' '}
            {formatDay(plan.startDate)}
            {schedule.weeks.length > 0 ? ` · ${schedule.weeks.length} weeks planned` : ''}
          </p>
        </div>
        <div className="screen-actions plan-export">
          <button type="button" onClick={onEdit}>Edit plan</button>
          <label className="inline-check">
            <input type="checkbox" checked={reminder} onChange={(e) => setReminder(e.target.checked)} /> Remind me 30 min before each session
          </label>
          <button type="button" onClick={() => void exportCalendar()}>Export calendar (.ics)</button>
        </div>
      </div>
      <p role="status" className="muted">{exportMessage}</p>
      {schedule.reason ? <p className="alert" data-testid="schedule-reason">{schedule.reason.message}</p> : null}
      {schedule.weightsUsed === 'exam-default' ? (
        <p className="muted">This plan gives no topic a weight, so the exam&apos;s own weights are used.</p>
      ) : null}
      {note ? <p className="replan-note" data-testid="replan-note">{note.summary}</p> : null}
      {schedule.uncovered.length > 0 ? (
        <p className="alert">
          Not every topic fits in the weeks left: {schedule.uncovered.map((d) => topicLabel(exam, d)).join(', ')} get no
          focus week. Add weekly hours or move the exam date to cover them.
        </p>
      ) : null}

      {schedule.weeks.length > 0 ? (
        <>
          <div className="plan-today">
            <TodayAgenda plan={plan} exam={exam} items={agenda} timer={timer} {...(flashcardsDue !== undefined ? { flashcardsDue } : {})} />
            <ThisWeek progress={progress} exam={exam} reasons={current ? focusReasons(schedule, current, exam) : []} />
          </div>
          <h3>Week by week</h3>
          <p className="muted">
            Weeks start on {WEEKDAY_NAMES[schedule.weekStartsOn]} (change it in Settings). Each week concentrates on a
            few topics, with short returns to earlier ones;
            {schedule.examPhaseStart ? ` from ${formatDay(schedule.examPhaseStart)} the plan turns to full timed practice exams and their review.` : ''}
          </p>
          <WeeksTable weeks={schedule.weeks} exam={exam} />
        </>
      ) : null}
    </section>
  );
}

function ThisWeek({ progress, exam, reasons }: { progress: WeekProgress; exam: ExamDef; reasons: string[] }) {
  const week = progress.week;
  if (!week) return <p className="muted">The plan has not started yet: this week has no targets.</p>;
  return (
    <div>
      <table className="data this-week">
        <caption>
          This week&apos;s targets ({formatDay(week.start)} to {formatDay(week.end)}): {formatHours(progress.doneMinutes / 60)} of{' '}
          {formatHours(progress.plannedMinutes / 60)} done
        </caption>
        <thead>
          <tr>
            <th scope="col">Topic</th>
            <th scope="col" className="num">Planned</th>
            <th scope="col" className="num">Done</th>
            <th scope="col">Progress</th>
          </tr>
        </thead>
        <tbody>
          {progress.topics.map((d) => {
            const label = d.domainId === null && d.plannedMinutes > 0 ? 'Practice exams and their review' : topicLabel(exam, d.domainId);
            return (
              <tr key={d.domainId ?? 'general'}>
                <th scope="row">{label}</th>
                <td className="num">{formatHours(d.plannedMinutes / 60)}</td>
                <td className="num">{formatHours(d.doneMinutes / 60)}</td>
                <td>
                  {d.plannedMinutes > 0 ? (
                    <progress
                      max={d.plannedMinutes}
                      value={Math.min(d.doneMinutes, d.plannedMinutes)}
                      aria-label={`${label}: ${formatHours(d.doneMinutes / 60)} of ${formatHours(d.plannedMinutes / 60)}`}
                    />
                  ) : (
                    <span className="muted">not planned this week</span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {reasons.length > 0 ? (
        <details className="focus-why">
          <summary>Why these topics this week</summary>
          <ul>{reasons.map((r) => <li key={r}>{r}</li>)}</ul>
        </details>
      ) : null}
    </div>
  );
}

function WeeksTable({ weeks, exam }: { weeks: PlanWeek[]; exam: ExamDef }) {
  return (
    <table className="data weeks">
      <caption className="visually-hidden">Weekly plan to the exam</caption>
      <thead>
        <tr>
          <th scope="col">Week</th>
          <th scope="col">Dates</th>
          <th scope="col" className="num">Hours</th>
          <th scope="col">What to study</th>
        </tr>
      </thead>
      <tbody>
        {weeks.map((w) => (
          <tr key={w.weekStart} className={w.current ? 'current-week' : w.past ? 'past-week' : undefined} data-testid="plan-week">
            <th scope="row">
              {w.index}
              {w.current ? <span className="badge">This week</span> : null}
            </th>
            <td>{formatDay(w.start)} to {formatDay(w.end)}</td>
            <td className="num">{formatHours(w.minutes / 60)}</td>
            <td>
              <details open={w.current || undefined}>
                <summary>
                  {w.phase !== 'study' ? <span className="badge badge-practice">Practice exams</span> : null} {weekFocusLine(w, exam)}
                </summary>
                <ul className="allocations">
                  {w.sessions.map((s) => (
                    <li key={s.id}>{formatDay(s.date)}: {sessionLabel(s, exam)}, {formatMinutes(s.minutes)}</li>
                  ))}
                </ul>
              </details>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
