import { useEffect, useId, useState } from 'react';
import type { Profile } from '../../../../shared/model/entities';
import { validateProfileForm, type ProfileFormErrors } from '../../../../shared/model/profileForm';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import { db } from '../../db/db';
import { updateProfile } from '../../db/profile';

/** The holder's name (printed on audit reports) and the career start date (roadmap targets count from it). */
export function ProfileForm({ profile }: { profile: Profile }) {
  // `base`: the profile the values came from; a save over another window's change asks first (db/editGuard.ts).
  const [base, setBase] = useState(profile);
  const [name, setName] = useState(profile.name);
  const [careerStart, setCareerStart] = useState(profile.careerStart);
  const [saved, setSaved] = useState(false);
  const id = useId();
  const untouched = name === base.name && careerStart === base.careerStart;

  // A change made elsewhere shows at once while nothing is typed here; typed values are never overwritten.
  useEffect(() => {
    if (!untouched || (profile.name === base.name && profile.careerStart === base.careerStart)) return;
    setBase(profile);
    setName(profile.name);
    setCareerStart(profile.careerStart);
  }, [profile, base, untouched]);

  const { errors, failure, saving, submit, conflict } = useFormSubmit<{ name: string; careerStart: string }, ProfileFormErrors>(
    () => validateProfileForm({ name, careerStart }),
    async (value) => {
      await updateProfile(value, db, { base });
      setBase({ ...base, ...value });
      setSaved(true);
    },
  );
  const reload = conflict
    ? () => {
        conflict.dismiss();
        setBase(profile);
        setName(profile.name);
        setCareerStart(profile.careerStart);
      }
    : undefined;

  return (
    <form onSubmit={(e) => { setSaved(false); void submit(e); }} noValidate aria-labelledby={`${id}-title`}>
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
      {saved && !saving ? <p role="status">Saved.</p> : null}
      <FormActions failure={failure} conflict={conflict && { ...conflict, reload }} saving={saving} submitLabel="Save profile" />
    </form>
  );
}
