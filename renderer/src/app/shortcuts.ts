import { SCREENS } from './routes';

/** Ctrl/Cmd + digit (or comma for Settings) goes to a screen; other keys are left alone. */
export function screenForShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>) {
  if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return undefined;
  return SCREENS.find((screen) => screen.shortcut === event.key)?.path;
}
