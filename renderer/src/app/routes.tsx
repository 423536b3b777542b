/** The screens of the app: the navigation's list is shared/app/screens.ts; each screen's code loads on demand. */
import type { ComponentType } from 'react';
import { NAV_SCREENS, type NavScreen } from '../../../shared/app/screens';

type ScreenModule = { default: ComponentType };

export interface ScreenRoute extends NavScreen {
  /** The screen's code (the router loads it before it shows the route). */
  load: () => Promise<ScreenModule>;
}

// Every screen module, each loaded only when asked for (one chunk per screen, as a dynamic import would make).
const SCREEN_MODULES = import.meta.glob<ScreenModule>('../screens/*/*Screen.tsx');

function loaderOf(module: string): () => Promise<ScreenModule> {
  const load = SCREEN_MODULES[`../screens/${module}.tsx`];
  if (!load) throw new Error(`shared/app/screens.ts names ${module}, but renderer/src/screens/${module}.tsx does not exist`);
  return load;
}

export const SCREENS: ScreenRoute[] = NAV_SCREENS.map((screen) => ({ ...screen, load: loaderOf(screen.module) }));

/** Screens reached from another screen rather than the navigation. */
export const SUB_SCREENS: { path: string; load: () => Promise<ScreenModule> }[] = [
  { path: '/ceus/report/:credentialId', load: () => import('../screens/ceus/report/AuditReportScreen') },
  { path: '/ceus/import', load: () => import('../screens/ceus/import/ImportScreen') },
  { path: '/codes/chapter/:number', load: () => import('../screens/codes/BrowseScreens').then((m) => ({ default: m.ChapterScreen })) },
  { path: '/codes/block/:range', load: () => import('../screens/codes/BrowseScreens').then((m) => ({ default: m.BlockScreen })) },
  { path: '/codes/code/:code', load: () => import('../screens/codes/CodeScreen') },
  { path: '/flashcards/review', load: () => import('../screens/flashcards/ReviewScreen') },
  { path: '/flashcards/import', load: () => import('../screens/flashcards/ImportScreen') },
  { path: '/codes/drill', load: () => import('../screens/codes/LookupDrillScreen') },
];
