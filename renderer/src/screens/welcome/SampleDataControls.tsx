/**
 * "Explore with sample data" and "Remove sample data", in the welcome and in Settings (the banner every screen shows
 * while sample data is loaded is SampleDataBanner.tsx). The writes are db/sampleData.ts.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { hasSampleData, loadSampleData } from '../../db/sampleData';
import { errorMessage } from '../../lib/errors';
import { RemoveSampleButton } from './SampleDataBanner';
import { reopenOnboarding } from '../../db/onboarding';
import { todayIso } from '../../lib/dates';

/** True while sample data is loaded; undefined while loading. */
export function useSampleDataLoaded(): boolean | undefined {
  return useLiveQuery(() => hasSampleData(), []);
}

export function ExploreSampleButton({ onError, className }: { onError: (message: string | null) => void; className?: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className={className}
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        onError(null);
        try {
          await loadSampleData(todayIso());
        } catch (e) {
          onError(errorMessage(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      Explore with sample data
    </button>
  );
}

/** Settings: reopen the welcome, and load or remove the sample data. */
export function WelcomeSettings() {
  const loaded = useSampleDataLoaded();
  const navigate = useNavigate();
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="card" aria-labelledby="welcome-settings-title">
      <h2 id="welcome-settings-title">Getting started</h2>
      <p className="muted">
        The welcome sets up a study plan, your credentials and your roadmap. Sample data fills every screen with a
        made-up learner and coder so you can look around; removing it keeps everything you entered yourself.
      </p>
      <div className="form-actions welcome-settings-actions">
        <button
          type="button"
          onClick={async () => {
            await reopenOnboarding();
            await navigate('/');
          }}
        >
          Show the welcome again
        </button>
        {loaded === undefined ? null : loaded ? (
          <RemoveSampleButton onError={setError} />
        ) : (
          <ExploreSampleButton onError={setError} />
        )}
      </div>
      {loaded ? <p className="hint muted">The welcome opens on the Dashboard once the sample data is removed.</p> : null}
      {error ? <p className="field-error" role="alert">{error}</p> : null}
    </section>
  );
}
