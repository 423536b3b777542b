/**
 * The banner every screen shows while sample data is loaded (mounted by the Layout). Kept apart from the other
 * sample-data controls so the app shell loads only what it needs.
 */
import { useLiveQuery } from 'dexie-react-hooks';
import { useState } from 'react';
import { hasSampleData, removeSampleData } from '../../db/sampleData';
import { errorMessage } from '../../lib/errors';
import './sampleBanner.css';

export function RemoveSampleButton({ onError, onRemoved }: { onError: (message: string | null) => void; onRemoved?: () => void }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="btn-danger"
      disabled={busy}
      onClick={async () => {
        setBusy(true);
        onError(null);
        try {
          await removeSampleData();
          onRemoved?.();
        } catch (e) {
          onError(errorMessage(e));
        } finally {
          setBusy(false);
        }
      }}
    >
      Remove sample data
    </button>
  );
}

/** The banner on every screen while sample data is loaded (mounted by the Layout). */
export function SampleDataBanner() {
  const loaded = useLiveQuery(() => hasSampleData(), []);
  const [error, setError] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  return (
    <>
      <p className="visually-hidden" role="status">{status}</p>
      {loaded ? (
        <div className="sample-banner" role="region" aria-label="Sample data" data-testid="sample-banner">
          <span><strong>You are exploring sample data.</strong> Your own records are kept when you remove it.</span>
          <RemoveSampleButton onError={setError} onRemoved={() => setStatus('Sample data removed.')} />
          {error ? <span className="field-error" role="alert">Not removed: {error}</span> : null}
        </div>
      ) : null}
    </>
  );
}

