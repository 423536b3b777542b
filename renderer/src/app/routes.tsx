/** The screens of the app: one place for their paths, labels and shortcuts; screens load lazily. */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface ScreenRoute {
  path: string;
  label: string;
  /** Digit for the Ctrl/Cmd+digit shortcut (the desktop menu uses the same ones). */
  shortcut: string;
  Component: LazyExoticComponent<ComponentType>;
}

export const SCREENS: ScreenRoute[] = [
  { path: '/', label: 'Dashboard', shortcut: '1', Component: lazy(() => import('../screens/dashboard/DashboardScreen')) },
  { path: '/study', label: 'Study', shortcut: '2', Component: lazy(() => import('../screens/study/StudyScreen')) },
  { path: '/practice', label: 'Practice exams', shortcut: '3', Component: lazy(() => import('../screens/practice/PracticeScreen')) },
  { path: '/ceus', label: 'CEUs', shortcut: '4', Component: lazy(() => import('../screens/ceus/CeusScreen')) },
  { path: '/roadmap', label: 'Roadmap', shortcut: '5', Component: lazy(() => import('../screens/roadmap/RoadmapScreen')) },
  { path: '/settings', label: 'Settings', shortcut: ',', Component: lazy(() => import('../screens/settings/SettingsScreen')) },
];

/** Screens reached from another screen rather than the navigation. */
export const SUB_SCREENS: { path: string; Component: LazyExoticComponent<ComponentType> }[] = [
  { path: '/ceus/report/:credentialId', Component: lazy(() => import('../screens/ceus/report/AuditReportScreen')) },
  { path: '/ceus/import', Component: lazy(() => import('../screens/ceus/import/ImportScreen')) },
];
