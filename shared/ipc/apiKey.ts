/**
 * Where the preload puts the desktop API on `window`. Kept apart from the contract's schemas so the renderer's
 * first load does not pull in zod just to find the bridge.
 */
export const DESKTOP_API_KEY = 'coderpath';
