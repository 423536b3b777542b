import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { NAV_SCREENS } from '../shared/app/screens';
import { buildMenuTemplate } from './menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

describe('the application menu', () => {
  it('has the standard roles and the app’s own commands with shortcuts', () => {
    const send = vi.fn();
    const items = flatten(buildMenuTemplate({ appName: 'CoderPath', isMac: false, isDev: false, send }));
    const roles = items.map((i) => i.role).filter(Boolean);
    expect(roles).toEqual(expect.arrayContaining(['editMenu', 'windowMenu', 'quit', 'togglefullscreen', 'zoomIn']));
    const byLabel = new Map(items.filter((i) => i.label).map((i) => [i.label, i]));
    expect(byLabel.get('Back Up Data…')?.accelerator).toBe('CmdOrCtrl+Shift+B');
    expect(byLabel.get('CEUs')?.accelerator).toBe('CmdOrCtrl+4');
    byLabel.get('CEUs')!.click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenCalledWith({ kind: 'navigate', to: '/ceus' });
    byLabel.get('Restore from Backup…')!.click!(undefined as never, undefined, undefined as never);
    expect(send).toHaveBeenCalledWith({ kind: 'restore' });
  });
  it('lists every screen of the sidebar under the same label and key (shared/app/screens.ts)', () => {
    const view = buildMenuTemplate({ appName: 'CoderPath', isMac: false, isDev: false, send: () => {} }).find((m) => m.label === 'View');
    const items = (view!.submenu as MenuItemConstructorOptions[]).filter((i) => i.accelerator);
    expect(items.map((i) => [i.label, i.accelerator])).toEqual(NAV_SCREENS.map((s) => [s.label, `CmdOrCtrl+${s.shortcut}`]));
  });
  it('shows developer tools only in development', () => {
    const roles = (isDev: boolean) =>
      flatten(buildMenuTemplate({ appName: 'CoderPath', isMac: false, isDev, send: () => {} })).map((i) => i.role);
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });
  it('on macOS puts the app menu first with Settings under Cmd+,', () => {
    const template = buildMenuTemplate({ appName: 'CoderPath', isMac: true, isDev: false, send: () => {} });
    expect(template[0]?.label).toBe('CoderPath');
    const settings = flatten(template).filter((i) => i.label?.startsWith('Settings'));
    expect(settings.map((s) => s.accelerator)).toEqual(['Cmd+,']);
  });
});
