import { describe, expect, it } from 'vitest';
import { currentWeekProgress, todayAgenda } from './agenda';
import { defaultWeights, getExamDef } from './exams';
import { buildPlan } from './plan';

const cpc = getExamDef('CPC')!;
const schedule = buildPlan({
  plan: { id: 'p1', startDate: '2026-03-10', examDate: '2026-06-13', weeklyHoursGoal: 10, weights: defaultWeights(cpc) },
  exam: cpc,
  today: '2026-03-10',
  evidence: { attempts: [], sessions: [] },
});

describe('today', () => {
  it('lists today’s planned sessions and marks one done once logged time on its topic covers it', () => {
    const planned = todayAgenda(schedule, [], [], '2026-03-10');
    expect(planned.length).toBeGreaterThan(0);
    expect(planned.every((i) => !i.done)).toBe(true);
    const first = planned[0]!.session;
    const logged = [{ date: '2026-03-10', minutes: first.minutes, domainId: first.domainId }];
    const after = todayAgenda(schedule, logged, [], '2026-03-10');
    expect(after[0]).toMatchObject({ done: true, doneMinutes: first.minutes });
    expect(after.slice(1).every((i) => !i.done || i.session.domainId === first.domainId)).toBe(true);
  });

  it('counts a recorded attempt as the day’s practice exam', () => {
    const day = schedule.weeks.flatMap((w) => w.sessions).find((s) => s.kind === 'practice-exam')!.date;
    expect(todayAgenda(schedule, [], [{ date: day }], day)[0]).toMatchObject({ done: true });
  });
});

describe('this week', () => {
  it('adds planned and done minutes per topic, unplanned topics and general study after', () => {
    const week = schedule.weeks[0]!;
    const focus = week.focus[0]!;
    const p = currentWeekProgress(
      schedule,
      [
        { date: '2026-03-11', minutes: 45, domainId: focus },
        { date: '2026-03-12', minutes: 30, domainId: 'anesthesia' },
        { date: '2026-03-12', minutes: 20, domainId: undefined },
        { date: '2026-03-20', minutes: 60, domainId: focus },
      ],
      '2026-03-12',
    );
    expect(p.plannedMinutes).toBe(week.minutes);
    expect(p.doneMinutes).toBe(95);
    expect(p.topics[0]).toMatchObject({ domainId: focus, doneMinutes: 45 });
    expect(p.topics.slice(-2)).toEqual([
      { domainId: 'anesthesia', plannedMinutes: 0, doneMinutes: 30 },
      { domainId: null, plannedMinutes: 0, doneMinutes: 20 },
    ]);
  });
});
