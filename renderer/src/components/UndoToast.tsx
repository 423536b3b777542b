import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';

interface UndoOffer {
  message: string;
  undo: () => Promise<void> | void;
}

const UndoContext = createContext<(offer: UndoOffer) => void>(() => {});

/** How long an undo stays on offer. */
export const UNDO_MS = 10_000;

/** Deletes happen at once and offer Undo for a few seconds, instead of asking "are you sure?" every time. */
export function UndoProvider({ children }: { children: ReactNode }) {
  const [offer, setOffer] = useState<UndoOffer | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const show = useCallback((next: UndoOffer) => {
    clearTimeout(timer.current);
    setOffer(next);
    timer.current = setTimeout(() => setOffer(null), UNDO_MS);
  }, []);
  useEffect(() => () => clearTimeout(timer.current), []);
  return (
    <UndoContext.Provider value={show}>
      {children}
      {offer ? (
        <div className="toast" role="status">
          <span>{offer.message}</span>
          <button
            type="button"
            onClick={async () => {
              setOffer(null);
              await offer.undo();
            }}
          >
            Undo
          </button>
          <button type="button" aria-label="Dismiss" onClick={() => setOffer(null)}>×</button>
        </div>
      ) : null}
    </UndoContext.Provider>
  );
}

/** `offerUndo({ message: 'Deleted “X”.', undo: () => restore() })` after a delete. */
export function useUndo() {
  return useContext(UndoContext);
}
