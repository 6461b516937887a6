import type { Dataset } from '../domain/dataset.ts';
import { upgradeDataset } from '../domain/migrate-dataset.ts';
import type { MeetingEdit, PositionEdit, ReviewItem, UserCase } from '../workspace/user-case.ts';

/**
 * The version of the workspace this code stores. Version 4 adds review items of kind
 * `proposal` and `response`: an app that reads up to version 3 would not know them, so it must
 * leave a version 4 store untouched rather than drop those items. Version 5 adds positions and
 * meetings coded by hand from a selected span (a `curated` record in the queue): an app that
 * reads up to version 4 would export them as corrections of extracted records that do not
 * exist, and lose them from the case folder.
 */
export const WORKSPACE_SCHEMA_VERSION = 5;

/** The workspace as stored, whatever its layout: the version and its cases. */
export interface WorkspaceSnapshot {
  schemaVersion: number;
  cases: unknown[];
}

/**
 * Version 1 kept a case's extracted records apart from the decisions on them
 * (`decisions` and `edits` keyed by record id) and the whole workspace in one record.
 */
export interface CaseV1 {
  id: string;
  basis: UserCase['basis'];
  codebook?: UserCase['codebook'];
  imported?: UserCase['imported'];
  articles: UserCase['articles'];
  records: { kind: 'position' | 'meeting'; record: ReviewItem['record'] }[];
  decisions: Record<string, 'accepted' | 'rejected'>;
  edits?: Record<string, PositionEdit | MeetingEdit>;
  reasons?: Record<string, string>;
  updatedAt: string;
}

/** Outcome of bringing stored data to the current version. */
export type Migration =
  { ok: true; cases: UserCase[]; from: number; skipped: string[] } | { ok: false; message: string };

const STEPS: Record<number, (cases: unknown[]) => unknown[]> = {
  1: (cases) => (cases as CaseV1[]).map(migrateCaseV1),
  // Version 3 stores imported datasets as Dataset JSON v2 (with proposals and responses).
  2: (cases) =>
    (cases as UserCase[]).map((c) =>
      c.imported ? { ...c, imported: upgradeDataset(c.imported) as Dataset } : c,
    ),
  // Version 4 only adds item kinds: a version 3 case is a version 4 case as it is.
  3: (cases) => cases,
  // Version 5 only adds hand-coded items; no version 4 item is one (the extractor's records are
  // all `extracted`), so a version 4 case is a version 5 case as it is.
  4: (cases) => cases,
};

function migrateCaseV1(old: CaseV1): UserCase {
  const items = old.records.map((r): ReviewItem => {
    const decision = old.decisions[r.record.id];
    const edit = old.edits?.[r.record.id];
    const reason = old.reasons?.[r.record.id];
    return {
      kind: r.kind,
      record: r.record,
      status: decision ?? 'pending',
      ...(edit && { edit }),
      ...(reason !== undefined && { reason }),
    } as ReviewItem;
  });
  return {
    id: old.id,
    basis: old.basis,
    ...(old.codebook && { codebook: old.codebook }),
    ...(old.imported && { imported: old.imported }),
    articles: old.articles,
    items,
    updatedAt: old.updatedAt,
  };
}

/**
 * Brings a stored workspace to {@link WORKSPACE_SCHEMA_VERSION}, one step at a time. A newer
 * version is refused (never rewritten); a case too damaged to read is skipped and named.
 */
export function migrateWorkspace(snapshot: WorkspaceSnapshot): Migration {
  const from = snapshot.schemaVersion;
  if (!Number.isInteger(from) || from < 1)
    return { ok: false, message: `the stored workspace has an unknown version (${String(from)})` };
  if (from > WORKSPACE_SCHEMA_VERSION)
    return {
      ok: false,
      message: `your saved work was stored by a newer version of this app (workspace version ${from}; this one reads up to ${WORKSPACE_SCHEMA_VERSION}). It is left untouched; open the newer version to use it.`,
    };
  let cases = snapshot.cases;
  const skipped: string[] = [];
  for (let version = from; version < WORKSPACE_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) return { ok: false, message: `no migration from workspace version ${version}` };
    const next: unknown[] = [];
    for (const c of cases) {
      try {
        next.push(...step([c]));
      } catch {
        skipped.push(describeId(c));
      }
    }
    cases = next;
  }
  const valid = cases.filter((c): c is UserCase => {
    const ok = isUserCase(c);
    if (!ok) skipped.push(describeId(c));
    return ok;
  });
  return { ok: true, cases: valid, from, skipped };
}

function describeId(c: unknown): string {
  const id = (c as { id?: unknown } | null)?.id;
  return typeof id === 'string' ? id : '(a case without an id)';
}

/** A light check of a stored case's shape: enough to build it without throwing. */
export function isUserCase(value: unknown): value is UserCase {
  if (value === null || typeof value !== 'object') return false;
  const c = value as Partial<UserCase>;
  return (
    typeof c.id === 'string' &&
    (c.basis === 'seed' || c.basis === 'codebook' || c.basis === 'import') &&
    Array.isArray(c.articles) &&
    Array.isArray(c.items) &&
    c.items.every(
      (i) =>
        (i.kind === 'position' ||
          i.kind === 'meeting' ||
          i.kind === 'proposal' ||
          i.kind === 'response') &&
        typeof i.record?.id === 'string' &&
        (i.status === 'pending' || i.status === 'accepted' || i.status === 'rejected'),
    ) &&
    (c.basis !== 'codebook' || typeof c.codebook === 'object') &&
    (c.basis !== 'import' || typeof c.imported === 'object')
  );
}
