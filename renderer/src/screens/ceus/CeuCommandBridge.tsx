/**
 * The "New CEU entry" menu command (`coderpath:command` with `{ kind: 'new-ceu' }`): the CEUs screen opens its form;
 * from any other screen, `CeuCommandBridge` (mounted once in the app shell) goes to the CEUs screen and asks it to.
 */
import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router';

export const CEUS_PATH = '/ceus';

/** Router state that asks the CEUs screen to open its new-entry form. */
export interface CeusLocationState {
  newCeu?: boolean;
}

export function isNewCeuCommand(event: Event): boolean {
  const detail = (event as CustomEvent<unknown>).detail;
  return typeof detail === 'object' && detail !== null && (detail as { kind?: unknown }).kind === 'new-ceu';
}

/** Calls `open` on the menu command, and once when another screen sent us here for it. */
export function useNewCeuCommand(open: () => void): void {
  const location = useLocation();
  const navigate = useNavigate();
  const requested = (location.state as CeusLocationState | null)?.newCeu === true;
  useEffect(() => {
    if (!requested) return;
    open();
    void navigate('.', { replace: true, state: null }); // so a reload does not open it again
  }, [requested, open, navigate]);
  useEffect(() => {
    const onCommand = (event: Event) => {
      if (isNewCeuCommand(event)) open();
    };
    window.addEventListener('coderpath:command', onCommand);
    return () => window.removeEventListener('coderpath:command', onCommand);
  }, [open]);
}

/** For the app shell: on other screens, the command goes to the CEUs screen with its form open. */
export function CeuCommandBridge(): null {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  useEffect(() => {
    if (pathname === CEUS_PATH) return; // the CEUs screen listens itself
    const onCommand = (event: Event) => {
      if (isNewCeuCommand(event)) void navigate(CEUS_PATH, { state: { newCeu: true } satisfies CeusLocationState });
    };
    window.addEventListener('coderpath:command', onCommand);
    return () => window.removeEventListener('coderpath:command', onCommand);
  }, [navigate, pathname]);
  return null;
}
