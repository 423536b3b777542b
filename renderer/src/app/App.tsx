import { Suspense, useCallback, useEffect, useState } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ensurePersistentStorage, ensureProfile } from '../db/profile';
import { platform } from '../platform';
import { UndoProvider } from '../components/UndoToast';
import { waitForFirstScreen } from './firstScreen';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { ScreenError } from './ScreenError';
import { hashPath, preloadScreenFor, SCREENS, SUB_SCREENS } from './routes';
import { recordAutoBackupFailure } from '../db/autoBackupStatus';
import { useConnectionState, watchConnection } from '../db/connection';
import { NewerDatabaseError, UpgradeBackupFailedError, type OpenDatabaseResult } from '../db/openDatabase';
import { ClosedElsewhereDialog, StartupProblemScreen, type StartupProblem } from './StartupProblem';
import { startDatabase } from './useBackupCommands';

// Hash routing: the desktop app loads from file://, where path routing has no server to fall back on.
const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <ScreenError whole />,
    children: [
      ...[...SCREENS, ...SUB_SCREENS].map(({ path, Component }) => ({
        path,
        errorElement: <ScreenError />,
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

function problemOf(error: unknown): StartupProblem {
  if (error instanceof NewerDatabaseError) return { kind: 'newer', message: error.message };
  if (error instanceof UpgradeBackupFailedError) return { kind: 'upgrade-backup-failed', message: error.message };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

async function afterUpgradeWithoutBackup(result: OpenDatabaseResult) {
  if (result.upgradeBackup.status !== 'skipped') return;
  await recordAutoBackupFailure({ reason: 'before-upgrade', message: result.upgradeBackup.message });
}

export function App() {
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const connection = useConnectionState();
  const start = useCallback((options: { upgradeWithoutBackup?: boolean } = {}) => {
    // The first screen's code loads while the database opens; the router renders once both are in, so that
    // screen renders at once instead of suspending (which React follows with a hold of up to 300 ms).
    const firstHash = window.location.hash;
    const firstScreen = preloadScreenFor(firstHash);
    setProblem(null);
    Promise.all([startDatabase(options), firstScreen]).then(
      ([result]) => {
        setReady(true);
        afterUpgradeWithoutBackup(result)
          .then(() => afterOpen(hashPath(firstHash)))
          .catch((error: unknown) => console.warn('[coderpath] start-up task failed:', error));
      },
      (error: unknown) => setProblem(problemOf(error)),
    );
  }, []);
  useEffect(() => {
    watchConnection();
    start();
  }, [start]);

  const shown = problem ?? (!ready && connection === 'blocked' ? { kind: 'blocked' as const } : null);
  if (shown) {
    return <StartupProblemScreen problem={shown} onRetry={() => start()} onUpgradeWithoutBackup={() => start({ upgradeWithoutBackup: true })} />;
  }
  if (!ready) return <p className="loading" role="status">Opening your data…</p>;
  return (
    <UndoProvider>
      <RouterProvider router={router} />
      {connection === 'closed-elsewhere' ? <ClosedElsewhereDialog /> : null}
    </UndoProvider>
  );
}
