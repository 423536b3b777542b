/** The native application menu: standard roles plus the app's own commands and shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../shared/ipc/contract';

export const SCREEN_SHORTCUTS: { label: string; to: string; accelerator: string }[] = [
  { label: 'Dashboard', to: '/', accelerator: 'CmdOrCtrl+1' },
  { label: 'Study', to: '/study', accelerator: 'CmdOrCtrl+2' },
  { label: 'Practice Exams', to: '/practice', accelerator: 'CmdOrCtrl+3' },
  { label: 'CEUs', to: '/ceus', accelerator: 'CmdOrCtrl+4' },
  { label: 'Roadmap', to: '/roadmap', accelerator: 'CmdOrCtrl+5' },
  { label: 'ICD-10-CM', to: '/codes', accelerator: 'CmdOrCtrl+6' },
  { label: 'Settings', to: '/settings', accelerator: 'CmdOrCtrl+,' },
];

export function buildMenuTemplate(options: {
  appName: string;
  isMac: boolean;
  isDev: boolean;
  send: (command: MenuCommand) => void;
}): MenuItemConstructorOptions[] {
  const { appName, isMac, isDev, send } = options;
  const command = (label: string, accelerator: string | undefined, cmd: MenuCommand): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(cmd),
  });
  const template: MenuItemConstructorOptions[] = [];
  if (isMac) {
    template.push({
      label: appName,
      submenu: [
        { role: 'about' },
        { type: 'separator' },
        command('Settings…', 'Cmd+,', { kind: 'navigate', to: '/settings' }),
        { type: 'separator' },
        { role: 'services' },
        { type: 'separator' },
        { role: 'hide' },
        { role: 'hideOthers' },
        { role: 'unhide' },
        { type: 'separator' },
        { role: 'quit' },
      ],
    });
  }
  template.push({
    label: 'File',
    submenu: [
      command('New CEU Entry…', 'CmdOrCtrl+N', { kind: 'new-ceu' }),
      command('Log Study Session…', 'CmdOrCtrl+L', { kind: 'log-session' }),
      { type: 'separator' },
      command('Back Up Data…', 'CmdOrCtrl+Shift+B', { kind: 'backup' }),
      command('Restore from Backup…', undefined, { kind: 'restore' }),
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  });
  template.push({ role: 'editMenu' });
  template.push({
    label: 'View',
    submenu: [
      ...SCREEN_SHORTCUTS.filter((s) => !(isMac && s.to === '/settings')).map((s) =>
        command(s.label, s.accelerator, { kind: 'navigate', to: s.to }),
      ),
      { type: 'separator' },
      ...(isDev ? ([{ role: 'reload' }, { role: 'toggleDevTools' }, { type: 'separator' }] as MenuItemConstructorOptions[]) : []),
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
    ],
  });
  template.push({ role: 'windowMenu' });
  template.push({ role: 'help', submenu: [{ role: 'about' }] });
  return template;
}
