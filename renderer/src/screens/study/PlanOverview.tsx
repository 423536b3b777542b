/**
 * The active plan: its weeks to the exam (weighted toward weak domains), this week's targets against what is done,
 * and the calendar export. Everything is computed by shared/study; this only lays it out.
 */
import { useId, useState } from 'react';
import type { StudyPlan, StudySession } from '../../../../shared/model/entities';
import type { ExamDef } from '../../../../shared/study/exams';
import { buildStudyCalendar, icsFileName } from '../../../../shared/study/ics';
import { thisWeekProgress, type Schedule, type ScheduleWeek } from '../../../../shared/study/schedule';
import { formatDay } from '../../lib/dates';
import { errorMessage } from '../../lib/errors';
import { platform } from '../../platform';
import { formatHours, topicLabel, weakFocusSummary, weekFocusLine } from './studyView';

export function PlanOverview({
  plan,
  exam,
  schedule,
  sessions,
  today,
  onEdit,
}: {
  plan: StudyPlan;
  exam: ExamDef;
  schedule: Schedule;
  /** Sessions that count toward this plan. */
  sessions: StudySession[];
  today: string;
  onEdit: () => void;
}) {
  const id = useId();
  const [exportMessage, setExportMessage] = useState<string | null>(null);
  const progress = thisWeekProgress(schedule.weeks, sessions, today);
  const focus = weakFocusSummary(schedule.shares, exam);
  const practiceWeeks = schedule.weeks.filter((w) => w.kind === 'practice').length;

  async function exportCalendar() {
    try {
      const contents = buildStudyCalendar({ plan, exam, weeks: schedule.weeks, now: new Date() });
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
        <div className="screen-actions">
          <button type="button" onClick={onEdit}>Edit plan</button>
          <button type="button" onClick={() => void exportCalendar()}>Export calendar (.ics)</button>
        </div>
      </div>
      <p role="status" className="muted">{exportMessage}</p>
      {schedule.reason ? <p className="alert" data-testid="schedule-reason">{schedule.reason.message}</p> : null}
      {schedule.weightsUsed === 'exam-default' ? (
        <p className="muted">This plan gives no topic a weight, so the exam&apos;s own weights are used.</p>
      ) : null}
      {focus ? <p data-testid="weak-focus">{focus}</p> : null}

      {schedule.weeks.length > 0 ? (
        <>
          <ThisWeek progress={progress} exam={exam} />
          <h3>Week by week</h3>
          <p className="muted">
            Weeks are counted back from the exam date.
            {practiceWeeks > 0
              ? ` The last ${practiceWeeks === 1 ? 'week is' : `${practiceWeeks} weeks are`} for full timed practice exams and review.`
              : ''}
          </p>
          <WeeksTable weeks={schedule.weeks} exam={exam} currentEnd={progress.week?.end} />
        </>
      ) : null}
    </section>
  );
}

function ThisWeek({ progress, exam }: { progress: ReturnType<typeof thisWeekProgress>; exam: ExamDef }) {
  const week = progress.week;
  if (!week) {
    return <p className="muted">The plan has not started yet: this week has no targets.</p>;
  }
  return (
    <table className="data this-week">
      <caption>
        This week&apos;s targets ({formatDay(week.start)} to {formatDay(week.end)}
        {week.kind === 'practice' ? ', practice exams' : ''}): {formatHours(progress.doneHours)} of{' '}
        {formatHours(progress.plannedHours)} done
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
        {progress.domains.map((d) => (
          <tr key={d.domainId ?? 'general'}>
            <th scope="row">{topicLabel(exam, d.domainId)}</th>
            <td className="num">{formatHours(d.plannedHours)}</td>
            <td className="num">{formatHours(d.doneHours)}</td>
            <td>
              {d.plannedHours > 0 ? (
                <progress
                  max={d.plannedHours}
                  value={Math.min(d.doneHours, d.plannedHours)}
                  aria-label={`${topicLabel(exam, d.domainId)}: ${formatHours(d.doneHours)} of ${formatHours(d.plannedHours)}`}
                />
              ) : (
                <span className="muted">not planned this week</span>
              )}
            </td>
          </tr>
        ))}
        {week.kind === 'practice' && progress.domains.length === 0 ? (
          <tr>
            <td colSpan={4}>Full timed practice exams and review of every missed question.</td>
          </tr>
        ) : null}
      </tbody>
    </table>
  );
}

function WeeksTable({ weeks, exam, currentEnd }: { weeks: ScheduleWeek[]; exam: ExamDef; currentEnd?: string }) {
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
          <tr key={w.end} className={w.end === currentEnd ? 'current-week' : undefined} data-testid="plan-week">
            <th scope="row">
              {w.index}
              {w.end === currentEnd ? <span className="badge">This week</span> : null}
            </th>
            <td>{formatDay(w.start)} to {formatDay(w.end)}</td>
            <td className="num">{formatHours(w.hours)}</td>
            <td>
              {w.kind === 'practice' ? (
                <>
                  <span className="badge badge-practice">Practice exams</span> Full timed practice exams and review
                </>
              ) : (
                <details open={w.end === currentEnd || undefined}>
                  <summary>{weekFocusLine(w, exam)}</summary>
                  <ul className="allocations">
                    {w.allocations.map((a) => (
                      <li key={a.domainId}>{topicLabel(exam, a.domainId)}: {formatHours(a.hours)}</li>
                    ))}
                  </ul>
                </details>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
