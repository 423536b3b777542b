/** A caught error in its own words, for the message the user sees (a thrown non-Error is shown as text). */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
