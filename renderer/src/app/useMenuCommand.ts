/**
 * The desktop menu's commands reach screens as a window event (`coderpath:command`, detail `{ kind }`; the app
 * shell re-sends them). A command that belongs to one screen opens something there: that screen listens while it
 * is shown, and a bridge mounted in the shell takes the user to it from any other screen, with router state asking
 * it to run the command once it is there.
 */
import { useCallback, useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

export const MENU_COMMAND_EVENT = 'coderpath:command';

/** Router state with which the bridge asks a screen to run one of its menu commands. */
export interface MenuCommandState {
  menuCommand?: string;
}

/** The `kind` of a menu command event; undefined for anything else. */
export function menuCommandKind(event: Event): string | undefined {
  const detail = (event as CustomEvent<unknown>).detail;
  const kind = typeof detail === 'object' && detail !== null ? (detail as { kind?: unknown }).kind : undefined;
  return typeof kind === 'string' ? kind : undefined;
}

/** Calls `run` each time the menu sends `kind`, while `enabled`. */
export function useMenuCommand(kind: string, run: () => void, enabled = true): void {
  useEffect(() => {
    if (!enabled) return;
    const onCommand = (event: Event) => {
      if (menuCommandKind(event) === kind) run();
    };
    window.addEventListener(MENU_COMMAND_EVENT, onCommand);
    return () => window.removeEventListener(MENU_COMMAND_EVENT, onCommand);
  }, [kind, run, enabled]);
}

/**
 * For the screen that owns `kind`: calls `open` on the menu command, and once when the bridge sent the user here
 * for it. `open` should be stable (useCallback), or the listener is replaced at every render.
 */
export function useScreenMenuCommand(kind: string, open: () => void): void {
  const location = useLocation();
  const navigate = useNavigate();
  const requested = (location.state as MenuCommandState | null)?.menuCommand === kind;
  useEffect(() => {
    if (!requested) return;
    open();
    void navigate('.', { replace: true, state: null }); // so a reload does not open it again
  }, [requested, open, navigate]);
  useMenuCommand(kind, open);
}

/** For the app shell: on every screen but `path` (which listens itself), the command goes to `path`. */
export function useMenuCommandBridge(kind: string, path: string): void {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const go = useCallback(() => void navigate(path, { state: { menuCommand: kind } satisfies MenuCommandState }), [navigate, path, kind]);
  useMenuCommand(kind, go, pathname !== path);
}
