import { useEffect, useId, useState, type FormEvent } from 'react';
import type { Profile } from '../../../../shared/model/entities';
import { validateProfileForm, type ProfileFormErrors } from '../../../../shared/model/profileForm';
import { updateProfile } from '../../db/profile';

/** The holder's name (printed on audit reports) and the career start date (roadmap targets count from it). */
export function ProfileForm({ profile }: { profile: Profile }) {
  const [name, setName] = useState(profile.name);
  const [careerStart, setCareerStart] = useState(profile.careerStart);
  const [errors, setErrors] = useState<ProfileFormErrors>({});
  const [saved, setSaved] = useState(false);
  const id = useId();

  useEffect(() => {
    setName(profile.name);
    setCareerStart(profile.careerStart);
  }, [profile.name, profile.careerStart]);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    const result = validateProfileForm({ name, careerStart });
    setErrors(result.ok ? {} : result.errors);
    if (!result.ok) return;
    await updateProfile(result.value);
    setSaved(true);
  }

  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>Profile</h2>
      <div className="form-row">
        <div className="field">
          <label htmlFor={`${id}-name`}>Your name</label>
          <input
            id={`${id}-name`}
            value={name}
            maxLength={200}
            aria-invalid={errors.name ? true : undefined}
            aria-describedby={`${id}-name-hint ${errors.name ? `${id}-name-error` : ''}`}
            onChange={(e) => { setName(e.target.value); setSaved(false); }}
          />
          <span id={`${id}-name-hint`} className="hint">Printed on your CEU audit reports.</span>
          {errors.name ? <span id={`${id}-name-error`} className="field-error">{errors.name}</span> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-start`}>Career start date</label>
          <input
            id={`${id}-start`}
            type="date"
            value={careerStart}
            aria-invalid={errors.careerStart ? true : undefined}
            aria-describedby={errors.careerStart ? `${id}-start-error` : `${id}-start-hint`}
            onChange={(e) => { setCareerStart(e.target.value); setSaved(false); }}
          />
          <span id={`${id}-start-hint`} className="hint">Roadmap target dates count from here.</span>
          {errors.careerStart ? <span id={`${id}-start-error`} className="field-error">{errors.careerStart}</span> : null}
        </div>
      </div>
      <div className="form-actions">
        {saved ? <span role="status">Saved.</span> : null}
        <button type="submit" className="btn-primary">Save profile</button>
      </div>
    </form>
  );
}
