import type { KeyValueBackend } from '../../persist/workspace-storage.ts';
import { createWorkspaceStorage, openIndexedDbBackend } from '../../persist/workspace-storage.ts';
import type { DashboardStore } from '../../store/dashboard-store.ts';
import { INITIAL_SEARCH } from '../../store/initial-location.ts';
import { parseViewQuery } from '../../store/url-sync.ts';
import { extractInWorker } from '../../worker/extract-client.ts';
import { createWorkspaceStore } from '../../workspace/workspace-store.ts';

// The address as opened, not as the app has since rewritten it: a link to a user case names a
// case that exists only once the saved work is read (this module itself loads after first paint).
const INITIAL_LINK = parseViewQuery(INITIAL_SEARCH);

/** A backend that opens IndexedDB on first use; failing to open fails each call. */
function lazyIndexedDb(): KeyValueBackend {
  let opened: Promise<KeyValueBackend> | undefined;
  const backend = () => (opened ??= openIndexedDbBackend(globalThis.indexedDB));
  return {
    readAll: async () => (await backend()).readAll(),
    write: async (puts, deletes) => (await backend()).write(puts, deletes),
  };
}

/** The app's workspace: saved in IndexedDB, extracting in a Worker. */
export function createBrowserWorkspace(dashboard: DashboardStore) {
  const hasIdb = typeof globalThis.indexedDB !== 'undefined';
  return createWorkspaceStore({
    dashboard,
    storage: hasIdb ? createWorkspaceStorage(lazyIndexedDb()) : null,
    storageProblem:
      'This browser does not let the page store data (private browsing?), so your work here is not saved: export it before you close the tab.',
    extract: extractInWorker,
    link: INITIAL_LINK,
    loadSeedFiles: async (caseId) =>
      (await import('../../workspace/seed-files.ts')).loadSeedFiles(caseId),
  });
}
