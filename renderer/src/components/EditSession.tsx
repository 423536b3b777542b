/**
 * The edit form of one stored record, and its "Reload" after a save found the record changed in another window
 * (db/editGuard.ts): `children` renders the form for the record, and is rendered again, from scratch, for the
 * stored version when the user chooses Reload. The form's save passes the record it got as `base`.
 */
import { createContext, Fragment, useCallback, useState, type ReactNode } from 'react';

export const ReloadEditContext = createContext<((current: unknown) => void) | null>(null);

export function EditSession<T>({ record, children }: { record: T; children: (record: T) => ReactNode }) {
  const [reloaded, setReloaded] = useState<{ from: T; record: T; count: number } | null>(null);
  // A reload belongs to the record it was made for: opening another record starts over.
  const current = reloaded?.from === record ? reloaded : null;
  const reload = useCallback(
    (stored: unknown) => setReloaded((r) => ({ from: record, record: stored as T, count: (r?.from === record ? r.count : 0) + 1 })),
    [record],
  );
  return (
    <ReloadEditContext.Provider value={reload}>
      <Fragment key={current?.count ?? 0}>{children(current ? current.record : record)}</Fragment>
    </ReloadEditContext.Provider>
  );
}
