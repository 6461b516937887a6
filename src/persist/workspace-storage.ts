import type { UserCase } from '../workspace/user-case.ts';
import type { WorkspaceSnapshot } from './migrations.ts';
import { migrateWorkspace, WORKSPACE_SCHEMA_VERSION } from './migrations.ts';

/** A key–value store that writes a batch of puts and deletes all or nothing. */
export interface KeyValueBackend {
  readAll(): Promise<Map<string, unknown>>;
  write(puts: readonly (readonly [string, unknown])[], deletes: readonly string[]): Promise<void>;
}

/** What loading the stored workspace found. */
export interface LoadedWorkspace {
  cases: UserCase[];
  /** Something the user should know: a migration, a skipped case, a refused newer version. */
  notice?: string;
  /** True when the store must not be written (it holds a newer version). */
  readOnly: boolean;
}

/** The workspace's persistent storage: whole cases, each written atomically. */
export interface WorkspaceStorage {
  load(): Promise<LoadedWorkspace>;
  putCase(userCase: UserCase): Promise<void>;
  deleteCase(id: string): Promise<void>;
}

/** Keys of the layout: version 2 keeps one record per case beside a meta record. */
export const META_KEY = 'meta';
export const CASE_PREFIX = 'case:';
/** Version 1 kept the whole workspace in this one record. */
export const LEGACY_V1_KEY = 'workspace';

/** Reads the stored records as a snapshot of whatever version they are. */
function snapshotOf(records: Map<string, unknown>): WorkspaceSnapshot | undefined {
  const legacy = records.get(LEGACY_V1_KEY) as WorkspaceSnapshot | undefined;
  const meta = records.get(META_KEY) as { schemaVersion?: unknown } | undefined;
  if (meta) {
    const cases = [...records].filter(([k]) => k.startsWith(CASE_PREFIX)).map(([, v]) => v);
    return { schemaVersion: Number(meta.schemaVersion), cases };
  }
  if (legacy) return { schemaVersion: Number(legacy.schemaVersion), cases: legacy.cases ?? [] };
  return undefined;
}

/** Workspace storage over a key–value backend, migrating older layouts on load. */
export function createWorkspaceStorage(backend: KeyValueBackend): WorkspaceStorage {
  let readOnly = false;
  const guard = () => {
    if (readOnly)
      throw new Error(
        'your saved work belongs to a newer version of this app, so nothing is saved here',
      );
  };
  return {
    async load() {
      const records = await backend.readAll();
      const snapshot = snapshotOf(records);
      if (!snapshot) return { cases: [], readOnly: false };
      const migration = migrateWorkspace(snapshot);
      if (!migration.ok) {
        readOnly = true;
        return { cases: [], notice: migration.message, readOnly };
      }
      const notes: string[] = [];
      if (migration.from < WORKSPACE_SCHEMA_VERSION) {
        // Rewrite in the current layout, in one transaction: all of it or none.
        await backend.write(
          [
            [META_KEY, { schemaVersion: WORKSPACE_SCHEMA_VERSION }],
            ...migration.cases.map((c) => [`${CASE_PREFIX}${c.id}`, c] as const),
          ],
          records.has(LEGACY_V1_KEY) ? [LEGACY_V1_KEY] : [],
        );
      }
      if (migration.skipped.length > 0)
        notes.push(
          `Some saved cases could not be read and are not shown (they are kept as they were): ${migration.skipped.join(', ')}.`,
        );
      return {
        cases: migration.cases,
        readOnly: false,
        ...(notes.length > 0 && { notice: notes.join(' ') }),
      };
    },
    async putCase(userCase) {
      guard();
      await backend.write(
        [
          [META_KEY, { schemaVersion: WORKSPACE_SCHEMA_VERSION }],
          [`${CASE_PREFIX}${userCase.id}`, userCase],
        ],
        [],
      );
    },
    async deleteCase(id) {
      guard();
      await backend.write([], [`${CASE_PREFIX}${id}`]);
    },
  };
}

/** A backend in memory, cloning values as IndexedDB does (tests, and the no-storage fallback). */
export function createMemoryBackend(initial: Record<string, unknown> = {}): KeyValueBackend & {
  records: Map<string, unknown>;
} {
  const records = new Map<string, unknown>(
    Object.entries(initial).map(([k, v]) => [k, structuredClone(v)]),
  );
  return {
    records,
    readAll: async () => new Map([...records].map(([k, v]) => [k, structuredClone(v)])),
    write: async (puts, deletes) => {
      const cloned = puts.map(([k, v]) => [k, structuredClone(v)] as const);
      for (const [k, v] of cloned) records.set(k, v);
      for (const k of deletes) records.delete(k);
    },
  };
}

/** The IndexedDB database and object store the workspace lives in. */
export const IDB_NAME = 'negotiation-dashboard';
export const IDB_STORE = 'workspace';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Opens the workspace's IndexedDB backend; rejects when the browser offers none. */
export async function openIndexedDbBackend(idb: IDBFactory | undefined): Promise<KeyValueBackend> {
  if (!idb) throw new Error('this browser offers no IndexedDB');
  const open = idb.open(IDB_NAME, 1);
  open.onupgradeneeded = () => {
    if (!open.result.objectStoreNames.contains(IDB_STORE)) open.result.createObjectStore(IDB_STORE);
  };
  const db = await request(open);
  return {
    async readAll() {
      const tx = db.transaction(IDB_STORE, 'readonly');
      const store = tx.objectStore(IDB_STORE);
      const [keys, values] = await Promise.all([
        request(store.getAllKeys()),
        request(store.getAll()),
      ]);
      return new Map(keys.map((k, i) => [String(k), values[i]]));
    },
    write(puts, deletes) {
      return new Promise((resolve, reject) => {
        let tx: IDBTransaction | undefined;
        try {
          tx = db.transaction(IDB_STORE, 'readwrite');
          const store = tx.objectStore(IDB_STORE);
          for (const [k, v] of puts) store.put(v, k);
          for (const k of deletes) store.delete(k);
        } catch (error) {
          // A put that throws (quota, a value that cannot be cloned) leaves nothing written.
          try {
            tx?.abort();
          } catch {
            // already finished
          }
          reject(error instanceof Error ? error : new Error(String(error)));
          return;
        }
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error ?? new Error('the save was aborted'));
        tx.onerror = () => undefined; // onabort follows and reports it
      });
    },
  };
}

/** Why a save failed, in words for the user. */
export function describeStorageError(error: unknown): string {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'QuotaExceededError')
    return 'The browser’s storage for this site is full, so the change was not saved and not applied. Export a case or free some space, then try again.';
  const detail = error instanceof Error ? error.message : String(error);
  return `The change could not be saved in this browser (${detail}), so it was not applied.`;
}
