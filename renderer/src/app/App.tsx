import { useCallback, useEffect, useRef, useState, type ComponentType } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ensurePersistentStorage, ensureProfile } from '../db/profile';
import { sampleIsOpen } from '../db/activeDatabase';
import { platform } from '../platform';
import { UndoProvider } from '../components/UndoToast';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { ScreenError } from './ScreenError';
import { SCREENS, SUB_SCREENS } from './routes';
import { recordAutoBackupFailure } from '../db/autoBackupStatus';
import { useConnectionState, watchConnection } from '../db/connection';
import { NewerDatabaseError, UpgradeBackupFailedError, type OpenDatabaseResult } from '../db/openDatabase';
import { runStartupTasks, type StartupTask } from './startupTasks';
import { ClosedElsewhereDialog, StartupProblemScreen, type StartupProblem } from './StartupProblem';
import { startDatabase } from './useBackupCommands';

/**
 * A screen's component, or, when its code cannot be loaded (a damaged install, an update that removed a chunk), one
 * that throws the load error as it renders, so the screen's errorElement shows it: a rejected `lazy` left the
 * screen blank instead (react-router 7.18).
 */
async function screenComponent(load: () => Promise<{ default: ComponentType }>): Promise<ComponentType> {
  try {
    return (await load()).default;
  } catch (error) {
    return function ScreenCodeMissing(): never {
      throw error;
    };
  }
}

// Hash routing: the desktop app loads from file://, where path routing has no server to fall back on. The router
// fetches a screen's code before it shows the screen (the first one's while the database opens).
const router = createHashRouter([
  {
    element: <Layout />,
    errorElement: <ScreenError whole />,
    hydrateFallbackElement: <p className="loading" role="status">Loading…</p>,
    children: [
      ...[...SCREENS, ...SUB_SCREENS].map(({ path, load }) => ({
        path,
        errorElement: <ScreenError />,
        lazy: async () => ({ Component: await screenComponent(load) }),
      })),
      { path: '*', element: <NotFound /> },
    ],
  },
]);

/**
 * The app's start-up tasks; the heavier ones load their code on demand, so the first screen does not wait for it.
 * The persistent-storage request goes last: Settings shows its answer, so once it is there start-up writes are over.
 */
const STARTUP_TASKS: readonly StartupTask[] = [
  { name: 'roadmap sync', run: async () => (await import('../db/progressSync')).syncRoadmapFromData() },
  {
    name: 'deadline notices',
    // The sample's made-up deadlines are not the user's: no system notifications for them.
    run: async () => {
      if (sampleIsOpen()) return;
      await (await import('./deadlineNotices')).sendDeadlineNotices((title, body) => platform.notify(title, body));
    },
  },
  { name: 'persistent storage', run: () => ensurePersistentStorage() },
];

function problemOf(error: unknown): StartupProblem {
  if (error instanceof NewerDatabaseError) return { kind: 'newer', message: error.message };
  if (error instanceof UpgradeBackupFailedError) return { kind: 'upgrade-backup-failed', message: error.message };
  return { kind: 'error', message: error instanceof Error ? error.message : String(error) };
}

/** What is written at once when the database is open: nothing may read it before, or an upgrade would skip its backup. */
async function afterOpen(result: OpenDatabaseResult) {
  if (result.upgradeBackup.status === 'skipped') {
    await recordAutoBackupFailure({ reason: 'before-upgrade', message: result.upgradeBackup.message });
  }
  await ensureProfile();
}

export function App() {
  const [ready, setReady] = useState(false);
  const [problem, setProblem] = useState<StartupProblem | null>(null);
  const connection = useConnectionState();
  const start = useCallback((options: { upgradeWithoutBackup?: boolean } = {}) => {
    setProblem(null);
    startDatabase(options).then(
      (result) => {
        setReady(true);
        afterOpen(result).catch((error: unknown) => console.warn('[coderpath] start-up write failed:', error));
      },
      (error: unknown) => setProblem(problemOf(error)),
    );
  }, []);
  useEffect(() => {
    watchConnection();
    start();
  }, [start]);
  // Once per app start (StrictMode runs effects twice in development).
  const tasksStarted = useRef(false);
  useEffect(() => {
    if (!ready || tasksStarted.current) return;
    tasksStarted.current = true;
    void runStartupTasks(STARTUP_TASKS);
  }, [ready]);

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
