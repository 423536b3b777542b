import { Suspense, useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ensurePersistentStorage, ensureProfile } from '../db/profile';
import { platform } from '../platform';
import { UndoProvider } from '../components/UndoToast';
import { waitForFirstScreen } from './firstScreen';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { hashPath, preloadScreenFor, SCREENS, SUB_SCREENS } from './routes';
import { startDatabase } from './useBackupCommands';

// Hash routing: the desktop app loads from file://, where path routing has no server to fall back on.
const router = createHashRouter([
  {
    element: <Layout />,
    children: [
      ...[...SCREENS, ...SUB_SCREENS].map(({ path, Component }) => ({
        path,
        element: (
          <Suspense fallback={<p className="loading" role="status">Loading…</p>}>
            <Component />
          </Suspense>
        ),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/** How long start-up work waits at most for the first screen to report it has drawn. */
const FIRST_SCREEN_WAIT_MS = 3000;

function whenIdle(): Promise<void> {
  return new Promise((resolve) =>
    typeof requestIdleCallback === 'function' ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 300),
  );
}

/** What happens once the database is open: nothing may read it before, or an upgrade would skip its backup. */
async function afterOpen(firstPath: string) {
  await ensureProfile();
  // What follows writes the profile or reads every credential, attempt and CEU entry: let the first screen draw
  // before it runs.
  await waitForFirstScreen(firstPath, FIRST_SCREEN_WAIT_MS);
  await whenIdle();
  await ensurePersistentStorage();
  const { syncRoadmapFromData } = await import('../db/progressSync');
  await syncRoadmapFromData();
  const { sendDeadlineNotices } = await import('./deadlineNotices');
  await sendDeadlineNotices((title, body) => platform.notify(title, body));
  // For tests that compare the store before and after an action: start-up writes are over.
  document.documentElement.dataset.startupTasks = 'done';
}

export function App() {
  const [ready, setReady] = useState<true | false | string>(false);
  useEffect(() => {
    // The first screen's code loads while the database opens; the router renders once both are in, so that
    // screen renders at once instead of suspending (which React follows with a hold of up to 300 ms).
    const firstHash = window.location.hash;
    const firstScreen = preloadScreenFor(firstHash);
    Promise.all([startDatabase(), firstScreen]).then(
      ([result]) => {
        if (result.upgradeBackup.status === 'failed') {
          console.warn('[coderpath] before-upgrade backup failed:', result.upgradeBackup.message);
        }
        setReady(true);
        afterOpen(hashPath(firstHash)).catch((error: unknown) => console.warn('[coderpath] start-up task failed:', error));
      },
      (error: unknown) => setReady(error instanceof Error ? error.message : String(error)),
    );
  }, []);
  if (ready === false) return <p className="loading" role="status">Opening your data…</p>;
  if (typeof ready === 'string') {
    return (
      <main className="startup-error">
        <h1>Your data could not be opened</h1>
        <p className="alert alert-danger" role="alert">{ready}</p>
        <p>Nothing was changed. Close other CoderPath windows and start the app again; your automatic backups are kept in the app's data folder.</p>
      </main>
    );
  }
  return (
    <UndoProvider>
      <RouterProvider router={router} />
    </UndoProvider>
  );
}
