/** The screens of the app: one place for their paths, labels and shortcuts; screens load lazily. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

type ScreenModule = { default: ComponentType };

export interface ScreenRoute {
  path: string;
  label: string;
  /** Digit for the Ctrl/Cmd+digit shortcut (the desktop menu uses the same ones). */
  shortcut: string;
  Component: LazyExoticComponent<ComponentType>;
  /** Fetches the screen's code (the same request `Component` makes; the browser loads a module once). */
  load: () => Promise<ScreenModule>;
}

function screen(path: string, label: string, shortcut: string, load: () => Promise<ScreenModule>): ScreenRoute {
  return { path, label, shortcut, Component: lazy(load), load };
}

export const SCREENS: ScreenRoute[] = [
  screen('/', 'Dashboard', '1', () => import('../screens/dashboard/DashboardScreen')),
  screen('/study', 'Study', '2', () => import('../screens/study/StudyScreen')),
  screen('/practice', 'Practice exams', '3', () => import('../screens/practice/PracticeScreen')),
  screen('/ceus', 'CEUs', '4', () => import('../screens/ceus/CeusScreen')),
  screen('/roadmap', 'Roadmap', '5', () => import('../screens/roadmap/RoadmapScreen')),
  screen('/settings', 'Settings', ',', () => import('../screens/settings/SettingsScreen')),
];

/** Screens reached from another screen rather than the navigation. */
export const SUB_SCREENS: { path: string; Component: LazyExoticComponent<ComponentType> }[] = [
  { path: '/ceus/report/:credentialId', Component: lazy(() => import('../screens/ceus/report/AuditReportScreen')) },
  { path: '/ceus/import', Component: lazy(() => import('../screens/ceus/import/ImportScreen')) },
];

/**
 * Starts fetching the code of the screen a hash URL (`#/ceus`) opens, so it loads while the database opens
 * instead of after it (the router renders only once the database is open). Other URLs: nothing.
 */
export function preloadScreenFor(hash: string): void {
  const path = hash.replace(/^#/, '').split(/[?#]/)[0] || '/';
  void SCREENS.find((s) => s.path === path)?.load().catch(() => {}); // a failed fetch shows when the route renders
}
