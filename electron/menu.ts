/** The native application menu: standard roles plus the app's own commands and shortcuts. */
import type { MenuItemConstructorOptions } from 'electron';
import { NAV_SCREENS, shortcutAccelerator } from '../shared/app/screens';
import type { MenuCommand } from '../shared/ipc/contract';

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
      // The same screens, labels and keys as the sidebar; on macOS Settings lives in the app menu instead.
      ...NAV_SCREENS.filter((s) => !(isMac && s.path === '/settings')).map((s) =>
        command(s.label, shortcutAccelerator(s.shortcut), { kind: 'navigate', to: s.path }),
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
