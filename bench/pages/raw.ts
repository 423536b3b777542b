/**
 * The baseline page: plain IndexedDB, no framework. Reads every store the dashboard reads with getAll in one
 * transaction, writes the counts, and marks `raw:counts-written` (the counterpart of the dashboard's charts drawn, bench/observe.ts).
 */
export const RAW_MARK = 'raw:counts-written';
/** The stores useDashboardData reads (it reads some by index range; this page reads them whole). */
export const DASHBOARD_STORES = ['studyPlans', 'credentials', 'practiceAttempts', 'keyValues', 'studySessions', 'ceuEntries', 'milestones'];

function readAll(): Promise<Record<string, number>> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('coderpath');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const tx = db.transaction(DASHBOARD_STORES, 'readonly');
      const counts: Record<string, number> = {};
      for (const name of DASHBOARD_STORES) {
        const request = tx.objectStore(name).getAll();
        request.onsuccess = () => {
          counts[name] = (request.result as unknown[]).length;
        };
      }
      tx.oncomplete = () => {
        db.close();
        resolve(counts);
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

void readAll().then(
  (counts) => {
    document.getElementById('counts')!.textContent = Object.entries(counts).map(([k, v]) => `${k}: ${v}`).join('\n');
    performance.mark(RAW_MARK, { detail: counts });
  },
  (error: unknown) => {
    document.getElementById('counts')!.textContent = `failed: ${String(error)}`;
  },
);
