import type { CaseV1 } from '../../../src/persist/migrations.ts';
import { migrateWorkspace, WORKSPACE_SCHEMA_VERSION } from '../../../src/persist/migrations.ts';
import {
  CASE_PREFIX,
  createMemoryBackend,
  createWorkspaceStorage,
  LEGACY_V1_KEY,
  META_KEY,
} from '../../../src/persist/workspace-storage.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { makeHarbourDataset, makeMeeting, makePosition } from '../../fixtures/dataset-builders.ts';
import { makeProposal, makeResponse } from '../../fixtures/proposal-builders.ts';
import { makeUserArticle, must, tinyCodebook } from '../../fixtures/workspace-builders.ts';

function v1Case(overrides: Partial<CaseV1> = {}): CaseV1 {
  return {
    id: 'harbour-talks',
    basis: 'codebook',
    codebook: tinyCodebook(),
    articles: [makeUserArticle()],
    records: [
      { kind: 'position', record: makePosition({ id: 'p1' }) },
      { kind: 'position', record: makePosition({ id: 'p2' }) },
      { kind: 'meeting', record: makeMeeting({ id: 'm1' }) },
    ],
    decisions: { p1: 'accepted', m1: 'rejected' },
    edits: { p1: { stance: 'oppose' } },
    reasons: { m1: 'not a meeting' },
    updatedAt: '2025-01-01T00:00:00.000Z',
    ...overrides,
  };
}

describe('migrateWorkspace()', () => {
  it('brings a v1 workspace to the current version, decisions folded into each record', () => {
    const result = migrateWorkspace({ schemaVersion: 1, cases: [v1Case()] });
    expect(WORKSPACE_SCHEMA_VERSION).toBe(5);
    if (!result.ok) throw new Error(result.message);
    expect(result.from).toBe(1);
    const [userCase] = result.cases;
    expect(userCase?.items.map((i) => [i.record.id, i.status, i.edit, i.reason])).toEqual([
      ['p1', 'accepted', { stance: 'oppose' }, undefined],
      ['p2', 'pending', undefined, undefined],
      ['m1', 'rejected', undefined, 'not a meeting'],
    ]);
    expect(userCase?.articles).toEqual([makeUserArticle()]);
  });

  it('keeps a current workspace as it is', () => {
    const migrated = migrateWorkspace({ schemaVersion: 1, cases: [v1Case()] });
    if (!migrated.ok) throw new Error(migrated.message);
    const again = migrateWorkspace({ schemaVersion: 5, cases: migrated.cases });
    expect(again).toEqual({ ok: true, cases: migrated.cases, from: 5, skipped: [] });
  });

  it('refuses a newer version rather than rewrite it', () => {
    const result = migrateWorkspace({ schemaVersion: 6, cases: [] });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(/newer version.*version 6.*left untouched/);
  });

  it('brings a v3 workspace to v4 as it is, and reads v4 proposal and response items', () => {
    const migrated = migrateWorkspace({ schemaVersion: 1, cases: [v1Case()] });
    if (!migrated.ok) throw new Error(migrated.message);
    const v3 = migrateWorkspace({ schemaVersion: 3, cases: migrated.cases });
    expect(v3).toEqual({ ok: true, cases: migrated.cases, from: 3, skipped: [] });
    const withProposal = {
      ...must(migrated.cases[0]),
      items: [
        { kind: 'proposal', record: makeProposal(), status: 'accepted' },
        { kind: 'response', record: makeResponse(), status: 'rejected', reason: 'misread' },
      ],
    };
    const v4 = migrateWorkspace({ schemaVersion: 4, cases: [withProposal] });
    if (!v4.ok) throw new Error(v4.message);
    expect(v4.skipped).toEqual([]);
    expect(v4.cases[0]?.items.map((i) => [i.kind, i.status])).toEqual([
      ['proposal', 'accepted'],
      ['response', 'rejected'],
    ]);
  });

  it('brings a v4 workspace to v5 as it is, and reads v5 items coded by hand', async () => {
    const migrated = migrateWorkspace({ schemaVersion: 1, cases: [v1Case()] });
    if (!migrated.ok) throw new Error(migrated.message);
    const v4Case = {
      ...must(migrated.cases[0]),
      items: [
        ...must(migrated.cases[0]).items,
        { kind: 'proposal', record: makeProposal(), status: 'accepted' },
      ],
    };
    const v4 = migrateWorkspace({ schemaVersion: 4, cases: [v4Case] });
    expect(v4).toEqual({ ok: true, cases: [v4Case], from: 4, skipped: [] });
    // Stored as version 4, it is read and rewritten as version 5, items untouched.
    const backend = createMemoryBackend({
      [META_KEY]: { schemaVersion: 4 },
      [`${CASE_PREFIX}harbour-talks`]: v4Case,
    });
    const loaded = await createWorkspaceStorage(backend).load();
    expect(loaded.cases).toEqual([v4Case]);
    expect(backend.records.get(META_KEY)).toEqual({ schemaVersion: 5 });
    const handCoded = {
      ...v4Case,
      items: [
        {
          kind: 'position',
          record: makePosition({ id: 'hand-1', origin: 'curated', confidence: 1, rule: undefined }),
          status: 'pending',
        },
      ],
    };
    const v5 = migrateWorkspace({ schemaVersion: 5, cases: [handCoded] });
    if (!v5.ok) throw new Error(v5.message);
    expect(v5.cases[0]?.items[0]).toMatchObject({ record: { id: 'hand-1', origin: 'curated' } });
  });

  it('brings an imported Dataset v1 of a v2 workspace to Dataset v2, its records kept', () => {
    const { proposals: _p, responses: _r, ...rest } = makeHarbourDataset();
    const importedV1 = { ...rest, schemaVersion: 1 };
    const stored = {
      id: 'imported-harbour',
      basis: 'import',
      imported: importedV1,
      articles: [],
      items: [],
      updatedAt: '2025-01-01T00:00:00.000Z',
    };
    const result = migrateWorkspace({ schemaVersion: 2, cases: [stored] });
    if (!result.ok) throw new Error(result.message);
    const imported = result.cases[0]?.imported;
    expect(imported).toMatchObject({ schemaVersion: 2, proposals: [], responses: [] });
    expect(imported?.positions).toEqual(rest.positions);
    expect(validateDataset(imported)).toMatchObject({ ok: true });
    // The stored object itself is not changed by reading it.
    expect(importedV1.schemaVersion).toBe(1);
  });

  it('skips a damaged case and names it, keeping the others', () => {
    const result = migrateWorkspace({
      schemaVersion: 1,
      cases: [v1Case(), { id: 'broken', records: 'nope' }],
    });
    if (!result.ok) throw new Error(result.message);
    expect(result.cases.map((c) => c.id)).toEqual(['harbour-talks']);
    expect(result.skipped).toEqual(['broken']);
  });
});

describe('createWorkspaceStorage()', () => {
  it('loads a v1 store in the current version and rewrites it in the current layout', async () => {
    const backend = createMemoryBackend({
      [LEGACY_V1_KEY]: { schemaVersion: 1, cases: [v1Case()] },
    });
    const loaded = await createWorkspaceStorage(backend).load();
    expect(loaded.readOnly).toBe(false);
    expect(loaded.cases.map((c) => c.items.map((i) => i.status))).toEqual([
      ['accepted', 'pending', 'rejected'],
    ]);
    expect([...backend.records.keys()].sort()).toEqual([`${CASE_PREFIX}harbour-talks`, META_KEY]);
    expect(backend.records.get(META_KEY)).toEqual({ schemaVersion: WORKSPACE_SCHEMA_VERSION });
    // Loading again reads the new layout the same way.
    const reloaded = await createWorkspaceStorage(backend).load();
    expect(reloaded.cases).toEqual(loaded.cases);
  });

  it('leaves a newer store untouched and refuses to write over it', async () => {
    const backend = createMemoryBackend({
      [META_KEY]: { schemaVersion: 9 },
      'case:x': { id: 'x' },
    });
    const storage = createWorkspaceStorage(backend);
    const loaded = await storage.load();
    expect(loaded).toMatchObject({ cases: [], readOnly: true });
    const [first] = (await storage.load()).cases;
    expect(first).toBeUndefined();
    await expect(storage.deleteCase('x')).rejects.toThrow(/newer version/);
    expect(backend.records.get('case:x')).toEqual({ id: 'x' });
  });

  it('writes a case and its meta record together, and deletes a case', async () => {
    const backend = createMemoryBackend();
    const storage = createWorkspaceStorage(backend);
    const migrated = migrateWorkspace({ schemaVersion: 1, cases: [v1Case()] });
    if (!migrated.ok) throw new Error(migrated.message);
    const userCase = must(migrated.cases[0]);
    await storage.putCase(userCase);
    expect((await storage.load()).cases).toEqual([userCase]);
    await storage.deleteCase(userCase.id);
    expect((await storage.load()).cases).toEqual([]);
  });
});
