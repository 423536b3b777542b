/**
 * The screens of the navigation, in order: the one list the sidebar and the router (renderer/src/app/routes.tsx)
 * and the desktop's View menu (electron/menu.ts) are built from. Adding a screen is one entry here; `module` is its
 * file under renderer/src/screens/ (without .tsx), whose default export is the screen.
 */
export interface NavScreen {
  path: string;
  label: string;
  /** The key for Ctrl/⌘ + key: a digit, or ',' for Settings. */
  shortcut: string;
  module: string;
}

export const NAV_SCREENS = [
  { path: '/', label: 'Dashboard', shortcut: '1', module: 'dashboard/DashboardScreen' },
  { path: '/study', label: 'Study', shortcut: '2', module: 'study/StudyScreen' },
  { path: '/practice', label: 'Practice exams', shortcut: '3', module: 'practice/PracticeScreen' },
  { path: '/ceus', label: 'CEUs', shortcut: '4', module: 'ceus/CeusScreen' },
  { path: '/roadmap', label: 'Roadmap', shortcut: '5', module: 'roadmap/RoadmapScreen' },
  { path: '/codes', label: 'ICD-10-CM', shortcut: '6', module: 'codes/CodesScreen' },
  { path: '/flashcards', label: 'Flashcards', shortcut: '7', module: 'flashcards/FlashcardsScreen' },
  { path: '/settings', label: 'Settings', shortcut: ',', module: 'settings/SettingsScreen' },
] as const satisfies readonly NavScreen[];

export type ScreenPath = (typeof NAV_SCREENS)[number]['path'];

/** The shortcut as the platform writes it: ⌘1 on macOS, Ctrl 1 elsewhere. */
export function shortcutLabel(shortcut: string, isMac: boolean): string {
  return isMac ? `⌘${shortcut}` : `Ctrl ${shortcut}`;
}

/** The menu accelerator of a shortcut (Electron's CmdOrCtrl is ⌘ on macOS, Ctrl elsewhere). */
export function shortcutAccelerator(shortcut: string): string {
  return `CmdOrCtrl+${shortcut}`;
}
