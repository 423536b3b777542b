/**
 * The banner every screen shows while the sample database is open (mounted by the Layout), with the button that
 * closes it. Kept apart from the other sample-data controls so the app shell loads only what it needs.
 */
import { useState } from 'react';
import { sampleIsOpen } from '../../db/activeDatabase';
import { errorMessage } from '../../lib/errors';
import './sampleBanner.css';

/** Runs a switch of database and reloads so every screen starts over on the other one. */
export function useDatabaseSwitch(run: () => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const start = async () => {
    setBusy(true);
    setError(null);
    try {
      await run();
      window.location.reload();
    } catch (e) {
      setError(errorMessage(e));
      setBusy(false);
    }
  };
  return { busy, error, start };
}

export function CloseSampleButton({ className = 'btn-primary' }: { className?: string }) {
  const close = useDatabaseSwitch(async () => (await import('../../db/sampleDatabase')).closeSampleData());
  return (
    <>
      <button type="button" className={className} disabled={close.busy} onClick={() => void close.start()}>
        Close sample data
      </button>
      {close.error ? <span className="field-error" role="alert">Not closed: {close.error}</span> : null}
    </>
  );
}

/** The banner on every screen while the sample data is open. */
export function SampleDataBanner() {
  if (!sampleIsOpen()) return null;
  return (
    <div className="sample-banner" role="region" aria-label="Sample data" data-testid="sample-banner">
      <span>
        <strong>You are exploring sample data.</strong> These made-up records are kept apart from yours: your own
        records are not shown and not changed until you close it.
      </span>
      <CloseSampleButton />
    </div>
  );
}
