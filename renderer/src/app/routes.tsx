/** The screens of the app: one place for their paths, labels and shortcuts; each screen's code loads on demand. */
import type { ComponentType } from 'react';

type ScreenModule = { default: ComponentType };

export interface ScreenRoute {
  path: string;
  label: string;
  /** Digit for the Ctrl/Cmd+digit shortcut (the desktop menu uses the same ones). */
  shortcut: string;
  /** The screen's code (the router loads it before it shows the route). */
  load: () => Promise<ScreenModule>;
}

export const SCREENS: ScreenRoute[] = [
  { path: '/', label: 'Dashboard', shortcut: '1', load: () => import('../screens/dashboard/DashboardScreen') },
  { path: '/study', label: 'Study', shortcut: '2', load: () => import('../screens/study/StudyScreen') },
  { path: '/practice', label: 'Practice exams', shortcut: '3', load: () => import('../screens/practice/PracticeScreen') },
  { path: '/ceus', label: 'CEUs', shortcut: '4', load: () => import('../screens/ceus/CeusScreen') },
  { path: '/roadmap', label: 'Roadmap', shortcut: '5', load: () => import('../screens/roadmap/RoadmapScreen') },
  { path: '/codes', label: 'ICD-10-CM', shortcut: '6', load: () => import('../screens/codes/CodesScreen') },
  { path: '/flashcards', label: 'Flashcards', shortcut: '7', load: () => import('../screens/flashcards/FlashcardsScreen') },
  { path: '/settings', label: 'Settings', shortcut: ',', load: () => import('../screens/settings/SettingsScreen') },
];

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
  { path: '/codes/deck/:deckId', load: () => import('../screens/codes/DeckReviewScreen') },
];
