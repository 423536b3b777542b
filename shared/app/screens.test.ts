import { describe, expect, it } from 'vitest';
import { NAV_SCREENS, shortcutAccelerator, shortcutLabel } from './screens';

describe('the screen list', () => {
  it('has one path, label and shortcut per screen', () => {
    for (const key of ['path', 'label', 'shortcut', 'module'] as const) {
      expect(new Set(NAV_SCREENS.map((s) => s[key])).size, key).toBe(NAV_SCREENS.length);
    }
  });
  it('writes shortcuts as each platform does', () => {
    expect([shortcutLabel('4', true), shortcutLabel(',', true)]).toEqual(['⌘4', '⌘,']);
    expect([shortcutLabel('4', false), shortcutLabel(',', false)]).toEqual(['Ctrl 4', 'Ctrl ,']);
    expect(shortcutAccelerator('7')).toBe('CmdOrCtrl+7');
  });
});
