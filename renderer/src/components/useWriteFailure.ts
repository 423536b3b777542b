/** A screen's writes that can fail: the last failure stays on screen instead of being lost silently. */
import { useState } from 'react';
import { errorMessage } from '../lib/errors';

export interface WriteFailure {
  /** The last write's failure, in the error's own words; null when none failed since. */
  error: string | null;
  setError: (message: string | null) => void;
  /** Clears the last failure, runs `write` and keeps its failure (it never rejects). */
  run: (write: () => Promise<void>) => Promise<void>;
}

export function useWriteFailure(): WriteFailure {
  const [error, setError] = useState<string | null>(null);
  const run = async (write: () => Promise<void>) => {
    setError(null);
    try {
      await write();
    } catch (e) {
      setError(errorMessage(e));
    }
  };
  return { error, setError, run };
}
