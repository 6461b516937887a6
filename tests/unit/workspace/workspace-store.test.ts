import { buildCaseDataset } from '../../../src/cases/build-case-dataset.ts';
import type { KeyValueBackend } from '../../../src/persist/workspace-storage.ts';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { buildCaseFolder } from '../../../src/workspace/export-case.ts';
import { buildZip } from '../../../src/workspace/zip-files.ts';
import { createWorkspaceStore } from '../../../src/workspace/workspace-store.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';
import { HEBREW_TEXT } from '../../fixtures/rtl-case.ts';
import {
  extractInProcess,
  must,
  makeUserArticle,
  tinyCodebook,
} from '../../fixtures/workspace-builders.ts';

function setup(backend: KeyValueBackend = createMemoryBackend()) {
  const dashboard = createDashboardStore([makeHarbourDataset()]);
  const workspace = createWorkspaceStore({
    dashboard,
    storage: createWorkspaceStorage(backend),
    extract: extractInProcess,
    loadSeedFiles: async () => undefined,
    now: () => '2025-01-01T00:00:00.000Z',
  });
  return { dashboard, workspace, backend };
}

const shown = (dashboard: ReturnType<typeof createDashboardStore>) =>
  dashboard.getState().datasets.find((d) => d.case.id === dashboard.getState().caseId);

async function caseWithRecords() {
  const env = setup();
  await env.workspace.getState().load();
  expect(await env.workspace.getState().startCase(tinyCodebook())).toBe(true);
  expect(await env.workspace.getState().addArticles('harbour-talks', [makeUserArticle()])).toBe(
    true,
  );
  return env;
}

describe('createWorkspaceStore()', () => {
  it('adds extracted records as pending: only accepted ones reach the dashboard', async () => {
    const { dashboard, workspace } = await caseWithRecords();
    const items = workspace.getState().cases['harbour-talks']?.items ?? [];
    expect(items.map((i) => [i.kind === 'position' ? i.record.actorId : '', i.status])).toEqual([
      ['southport', 'pending'],
      ['northland', 'pending'],
    ]);
    expect(shown(dashboard)?.positions).toEqual([]);
    expect(shown(dashboard)?.sources.map((s) => s.id)).toEqual(['harbour-round-two']);

    const [first, second] = items;
    await workspace.getState().decide('harbour-talks', [must(first).record.id], 'accepted');
    await workspace
      .getState()
      .decide('harbour-talks', [must(second).record.id], 'rejected', 'wrong party');
    expect(shown(dashboard)?.positions.map((p) => p.id)).toEqual([must(first).record.id]);
    expect(shown(dashboard)?.rejected).toEqual([
      expect.objectContaining({ id: must(second).record.id, reason: 'wrong party' }),
    ]);
  });

  it('records an edit as a curated record that keeps the original evidence', async () => {
    const { dashboard, workspace } = await caseWithRecords();
    const [item] = must(workspace.getState().cases['harbour-talks']).items;
    await workspace
      .getState()
      .edit(
        'harbour-talks',
        must(item).record.id,
        { stance: 'oppose', date: '2024-04-09' },
        'misread',
      );
    const [position] = must(shown(dashboard)).positions;
    expect(position).toMatchObject({
      id: must(item).record.id,
      stance: 'oppose',
      date: '2024-04-09',
      origin: 'curated',
      note: 'misread',
      evidence: must(item).record.evidence,
      rule: must(item).record.rule,
    });
  });

  it('survives a reload: a new store on the same storage shows the same case', async () => {
    const { workspace, backend } = await caseWithRecords();
    const [item] = must(workspace.getState().cases['harbour-talks']).items;
    await workspace.getState().decide('harbour-talks', [must(item).record.id], 'accepted');
    const again = setup(backend);
    await again.workspace.getState().load();
    expect(again.workspace.getState().cases).toEqual(workspace.getState().cases);
    expect(again.dashboard.getState().datasets.map((d) => d.case.id)).toEqual([
      'harbour',
      'harbour-talks',
    ]);
  });

  it('changes nothing when the storage refuses to write, and says why', async () => {
    const { workspace, dashboard, backend } = await caseWithRecords();
    const before = structuredClone(workspace.getState().cases);
    const stored = structuredClone([
      ...(backend as ReturnType<typeof createMemoryBackend>).records,
    ]);
    backend.write = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const [item] = must(workspace.getState().cases['harbour-talks']).items;
    expect(
      await workspace.getState().decide('harbour-talks', [must(item).record.id], 'accepted'),
    ).toBe(false);
    expect(workspace.getState().cases).toEqual(before);
    expect(shown(dashboard)?.positions).toEqual([]);
    expect(workspace.getState().message).toMatchObject({
      kind: 'alert',
      text: expect.stringMatching(/storage .* is full/),
    });
    expect([...(backend as ReturnType<typeof createMemoryBackend>).records]).toEqual(stored);
  });

  it('refuses an article whose text is already in the case', async () => {
    const { workspace } = await caseWithRecords();
    const again = await workspace
      .getState()
      .addArticles('harbour-talks', [makeUserArticle({ id: 'copy', title: 'Copy' })]);
    expect(again).toBe(false);
    expect(workspace.getState().message?.details).toEqual([
      '“Copy” has the same text as “Harbour round two”, already in the case.',
    ]);
  });

  it('imports a dataset as a new case, and refuses one already in the workspace', async () => {
    const { workspace, dashboard } = setup();
    await workspace.getState().load();
    const dataset = { ...makeHarbourDataset(), case: { id: 'elsewhere', title: 'From elsewhere' } };
    expect(await workspace.getState().importDataset(dataset)).toBe(true);
    expect(dashboard.getState().caseId).toBe('elsewhere');
    expect(shown(dashboard)).toEqual(dataset);
    expect(await workspace.getState().importDataset(dataset)).toBe(false);
  });

  it('exports a case folder that builds into the dataset the browser shows', async () => {
    const { dashboard, workspace } = await caseWithRecords();
    const [a, b] = must(workspace.getState().cases['harbour-talks']).items;
    await workspace
      .getState()
      .edit('harbour-talks', must(a).record.id, { stance: 'oppose' }, 'misread');
    await workspace.getState().decide('harbour-talks', [must(b).record.id], 'rejected', 'wrong');
    const userCase = must(workspace.getState().cases['harbour-talks']);
    const dataset = must(shown(dashboard));
    const files = buildCaseFolder(userCase, dataset, {});
    expect(files.map((f) => f.path)).toEqual([
      'harbour-talks/codebook.yaml',
      'harbour-talks/curated.yaml',
      'harbour-talks/articles/2024-04-10-harbour-round-two.md',
    ]);
    const text = (suffix: string) => must(files.find((f) => f.path.endsWith(suffix))).text;
    const built = buildCaseDataset({
      codebook: { path: 'codebook.yaml', content: text('codebook.yaml') },
      curated: { path: 'curated.yaml', content: text('curated.yaml') },
      articles: [{ path: 'a.md', content: text('.md') }],
    });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.dataset.positions).toEqual(dataset.positions);
    expect(built.dataset.rejected).toEqual(dataset.rejected);
    expect(built.dataset.sources).toEqual(dataset.sources);
    const zip = buildZip(files);
    expect([...zip.slice(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('says which article it could not read for not being English, and keeps its language', async () => {
    const { dashboard, workspace } = setup();
    await workspace.getState().load();
    await workspace.getState().startCase(tinyCodebook());
    const hebrew = makeUserArticle({
      id: 'tarsa-delegation',
      title: 'משלחת טרסה',
      language: 'he',
      text: HEBREW_TEXT,
    });
    expect(
      await workspace.getState().addArticles('harbour-talks', [makeUserArticle(), hebrew]),
    ).toBe(true);
    expect(workspace.getState().message).toEqual({
      kind: 'status',
      text: 'Extracted 2 positions and 0 meetings from 2 articles; review them below. “\u2068משלחת טרסה\u2069”: language he: the extractor reads English only; code this article by hand.',
    });
    const dataset = must(shown(dashboard));
    expect(dataset.sources.find((s) => s.id === 'tarsa-delegation')?.language).toBe('he');
    const userCase = must(workspace.getState().cases['harbour-talks']);
    const article = must(
      buildCaseFolder(userCase, dataset, {}).find((f) => f.path.endsWith('tarsa-delegation.md')),
    );
    expect(article.text).toContain('\nlanguage: he\n');
    const built = buildCaseDataset({
      codebook: { path: 'codebook.yaml', content: JSON.stringify(tinyCodebook()) },
      articles: [{ path: 'tarsa-delegation.md', content: article.text }],
    });
    if (!built.ok) throw new Error(JSON.stringify(built.problems));
    expect(built.dataset.sources).toEqual([
      dataset.sources.find((s) => s.id === 'tarsa-delegation'),
    ]);
  });
});
