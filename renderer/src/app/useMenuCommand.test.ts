import { describe, expect, it } from 'vitest';
import { MENU_COMMAND_EVENT, menuCommandKind } from './useMenuCommand';

const command = (detail: unknown) => new CustomEvent(MENU_COMMAND_EVENT, { detail });

describe('menuCommandKind', () => {
  it('reads the kind the app shell re-sends from the desktop menu', () => {
    expect(menuCommandKind(command({ kind: 'new-ceu' }))).toBe('new-ceu');
    expect(menuCommandKind(command({ kind: 'log-session', extra: 1 }))).toBe('log-session');
  });

  it('gives nothing for an event without a text kind', () => {
    expect(menuCommandKind(command(null))).toBeUndefined();
    expect(menuCommandKind(command('new-ceu'))).toBeUndefined();
    expect(menuCommandKind(command({ kind: 7 }))).toBeUndefined();
    expect(menuCommandKind(new Event(MENU_COMMAND_EVENT))).toBeUndefined();
  });
});
