/** The screens of the app: one place for their paths, labels and shortcuts; screens load lazily. */
import { lazy, type ComponentType } from 'react';

type ScreenModule = { default: ComponentType };

export interface ScreenRoute {
  path: string;
  label: string;
  /** Digit for the Ctrl/Cmd+digit shortcut (the desktop menu uses the same ones). */
  shortcut: string;
  Component: ComponentType;
  /** Fetches the screen's code (the same request `Component` makes; the browser loads a module once). */
  load: () => Promise<ScreenModule>;
}

/**
 * A lazily loaded screen that renders directly once its code is in (preloadScreenFor): React.lazy suspends on its
 * first render even when the module is already there, and React then holds a revealed Suspense boundary back for
 * up to 300 ms, which would delay the landing screen and its first reads.
 */
function screen(path: string, label: string, shortcut: string, fetch: () => Promise<ScreenModule>): ScreenRoute {
  let loaded: ComponentType | undefined;
  const load = () => fetch().then((module) => {
    loaded = module.default;
    return module;
  });
  const Lazy = lazy(load);
  function Screen() {
    const Loaded = loaded ?? Lazy;
    return <Loaded />;
  }
  return { path, label, shortcut, Component: Screen, load };
}

export const SCREENS: ScreenRoute[] = [
  screen('/', 'Dashboard', '1', () => import('../screens/dashboard/DashboardScreen')),
  screen('/study', 'Study', '2', () => import('../screens/study/StudyScreen')),
  screen('/practice', 'Practice exams', '3', () => import('../screens/practice/PracticeScreen')),
  screen('/ceus', 'CEUs', '4', () => import('../screens/ceus/CeusScreen')),
  screen('/roadmap', 'Roadmap', '5', () => import('../screens/roadmap/RoadmapScreen')),
  screen('/codes', 'ICD-10-CM', '6', () => import('../screens/codes/CodesScreen')),
  screen('/flashcards', 'Flashcards', '7', () => import('../screens/flashcards/FlashcardsScreen')),
  screen('/settings', 'Settings', ',', () => import('../screens/settings/SettingsScreen')),
];

/** Screens reached from another screen rather than the navigation. */
export const SUB_SCREENS: { path: string; Component: ComponentType }[] = [
  { path: '/ceus/report/:credentialId', Component: lazy(() => import('../screens/ceus/report/AuditReportScreen')) },
  { path: '/ceus/import', Component: lazy(() => import('../screens/ceus/import/ImportScreen')) },
  { path: '/codes/chapter/:number', Component: lazy(() => import('../screens/codes/BrowseScreens').then((m) => ({ default: m.ChapterScreen }))) },
  { path: '/codes/block/:range', Component: lazy(() => import('../screens/codes/BrowseScreens').then((m) => ({ default: m.BlockScreen }))) },
  { path: '/codes/code/:code', Component: lazy(() => import('../screens/codes/CodeScreen')) },
  { path: '/flashcards/review', Component: lazy(() => import('../screens/flashcards/ReviewScreen')) },
  { path: '/flashcards/import', Component: lazy(() => import('../screens/flashcards/ImportScreen')) },
  { path: '/codes/drill', Component: lazy(() => import('../screens/codes/LookupDrillScreen')) },
  { path: '/codes/deck/:deckId', Component: lazy(() => import('../screens/codes/DeckReviewScreen')) },
];

/**
 * Fetches the code of the screen a hash URL (`#/ceus`) opens, so it loads while the database opens instead of
 * after it (the router renders only once the database is open). Resolves once it is in, or failed (the route then
 * shows the failure when it renders); other URLs resolve at once.
 */
/** The route path of a hash URL (`#/ceus?x` → `/ceus`). */
export function hashPath(hash: string): string {
  return hash.replace(/^#/, '').split(/[?#]/)[0] || '/';
}

export function preloadScreenFor(hash: string): Promise<void> {
  const path = hashPath(hash);
  const screen = SCREENS.find((s) => s.path === path);
  return screen ? screen.load().then(() => undefined, () => undefined) : Promise.resolve();
}
