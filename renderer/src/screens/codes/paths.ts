/** Where the code screens are (the routes in app/routes.tsx use the same shapes). */
export const CODES_PATH = '/codes';

export function codePath(code: string): string {
  return `/codes/code/${encodeURIComponent(code)}`;
}

export function chapterPath(number: number): string {
  return `/codes/chapter/${number}`;
}

export function blockPath(range: string): string {
  return `/codes/block/${encodeURIComponent(range)}`;
}

export function lookupDrillPath(scope: string): string {
  return `/codes/drill?scope=${encodeURIComponent(scope)}`;
}

/** A drill deck is reviewed on the flashcards review screen, like every deck. */
export function deckReviewPath(deckId: string): string {
  return `/flashcards/review?deck=${encodeURIComponent(deckId)}`;
}
