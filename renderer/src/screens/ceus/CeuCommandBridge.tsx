/**
 * The "New CEU entry" menu command (`{ kind: 'new-ceu' }`): the CEUs screen opens its form; from any other screen,
 * `CeuCommandBridge` (mounted once in the app shell) goes to the CEUs screen and asks it to.
 */
import { useMenuCommandBridge, useScreenMenuCommand } from '../../app/useMenuCommand';

export const CEUS_PATH = '/ceus';

const NEW_CEU = 'new-ceu';

/** Calls `open` on the menu command, and once when another screen sent us here for it. */
export function useNewCeuCommand(open: () => void): void {
  useScreenMenuCommand(NEW_CEU, open);
}

/** For the app shell: on other screens, the command goes to the CEUs screen with its form open. */
export function CeuCommandBridge(): null {
  useMenuCommandBridge(NEW_CEU, CEUS_PATH);
  return null;
}
