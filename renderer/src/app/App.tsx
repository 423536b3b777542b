import { Suspense, useEffect } from 'react';
import { createHashRouter, RouterProvider } from 'react-router';
import { ensurePersistentStorage, ensureProfile } from '../db/profile';
import { syncRoadmapFromData } from '../db/progressSync';
import { UndoProvider } from '../components/UndoToast';
import { Layout } from './Layout';
import { NotFound } from './NotFound';
import { SCREENS, SUB_SCREENS } from './routes';

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

export function App() {
  useEffect(() => {
    void ensureProfile().then(() => Promise.all([ensurePersistentStorage(), syncRoadmapFromData()]));
  }, []);
  return (
    <UndoProvider>
      <RouterProvider router={router} />
    </UndoProvider>
  );
}
