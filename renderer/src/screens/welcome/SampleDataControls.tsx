/**
 * "Explore with sample data" and "Close sample data", in the welcome and in Settings (the banner every screen shows
 * while it is open is SampleDataBanner.tsx). The sample has a database of its own: db/sampleDatabase.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { sampleIsOpen } from '../../db/activeDatabase';
import { hasSampleData, removeSampleData } from '../../db/sampleData';
import { errorMessage } from '../../lib/errors';
import { CloseSampleButton, useDatabaseSwitch } from './SampleDataBanner';
import { reopenOnboarding } from '../../db/onboarding';
import { todayIso } from '../../lib/dates';

export function ExploreSampleButton({ className }: { className?: string }) {
  const open = useDatabaseSwitch(async () => (await import('../../db/sampleDatabase')).openSampleData(todayIso()));
  return (
    <>
      <button type="button" className={className} disabled={open.busy} onClick={() => void open.start()}>
        Explore with sample data
      </button>
      {open.error ? <span className="field-error" role="alert">Sample data not opened: {open.error}</span> : null}
    </>
  );
}

/**
 * Sample records an earlier CoderPath stored in the user's own database (marked `sample: 1`): removable in one
 * step, the user's records kept.
 */
function OldSampleRecords() {
  const present = useLiveQuery(() => hasSampleData(), []);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  if (!present) return null;
  return (
    <div className="alert">
      <p>Your data still holds sample records from an earlier version of CoderPath, mixed in with your own.</p>
      <button
        type="button"
        className="btn-danger"
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          setError(null);
          try {
            await removeSampleData();
          } catch (e) {
            setError(errorMessage(e));
          } finally {
            setBusy(false);
          }
        }}
      >
        Remove the old sample records
      </button>
      {error ? <p className="field-error" role="alert">Not removed: {error}</p> : null}
    </div>
  );
}

/** Settings: reopen the welcome, and open or close the sample data. */
export function WelcomeSettings() {
  const navigate = useNavigate();
  const open = sampleIsOpen();
  return (
    <section className="card" aria-labelledby="welcome-settings-title">
      <h2 id="welcome-settings-title">Getting started</h2>
      <p className="muted">
        The welcome sets up a study plan, your credentials and your roadmap. Sample data opens a made-up learner and
        coder in a database of its own, so you can look around; your own records are not shown or changed while it
        is open, and are back when you close it.
      </p>
      <div className="form-actions welcome-settings-actions">
        {open ? null : (
          <button
            type="button"
            onClick={async () => {
              await reopenOnboarding();
              await navigate('/');
            }}
          >
            Show the welcome again
          </button>
        )}
        {open ? <CloseSampleButton className="" /> : <ExploreSampleButton />}
      </div>
      {open ? null : <OldSampleRecords />}
    </section>
  );
}
