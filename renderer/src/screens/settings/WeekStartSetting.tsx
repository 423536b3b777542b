/** The first day of the week, used by the study plan, its charts, the dashboard and the calendar export alike. */
import { useId, useState } from 'react';
import type { Profile } from '../../../../shared/model/entities';
import { WEEKDAY_NAMES, weekStartOrDefault, type WeekStartDay } from '../../../../shared/study/weeks';
import { updateProfile } from '../../db/profile';
import { errorMessage } from '../../lib/errors';

export function WeekStartSetting({ profile }: { profile: Profile }) {
  const id = useId();
  const [status, setStatus] = useState('');
  const value = weekStartOrDefault(profile.weekStartsOn);
  async function change(day: WeekStartDay) {
    try {
      await updateProfile({ weekStartsOn: day });
      setStatus(`Weeks now start on ${WEEKDAY_NAMES[day]}.`);
    } catch (e) {
      setStatus(`Not saved: ${errorMessage(e)}`);
    }
  }
  return (
    <section className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Calendar</h2>
      <div className="field">
        <label htmlFor={`${id}-start`}>Weeks start on</label>
        <select id={`${id}-start`} value={value} aria-describedby={`${id}-hint`} onChange={(e) => void change(Number(e.target.value) as WeekStartDay)}>
          {WEEKDAY_NAMES.map((name, day) => <option key={name} value={day}>{name}</option>)}
        </select>
        <span id={`${id}-hint`} className="hint">The study plan&apos;s weeks, the study charts, the dashboard and the calendar export all use it.</span>
      </div>
      <p role="status" className="muted">{status}</p>
    </section>
  );
}
