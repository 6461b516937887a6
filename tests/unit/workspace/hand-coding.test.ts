import { buildCaseDataset } from '../../../src/cases/build-case-dataset.ts';
import { readCaseFolder } from '../../../src/cases/read-case-folder.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { buildCaseFolder } from '../../../src/workspace/export-case.ts';
import type { HandCodedDraft } from '../../../src/workspace/hand-coded-record.ts';
import { loadSeedFiles } from '../../../src/workspace/seed-files.ts';
import { checkSelectedSpan } from '../../../src/workspace/selected-span.ts';
import { createWorkspaceStore } from '../../../src/workspace/workspace-store.ts';
import { extractInProcess, must } from '../../fixtures/workspace-builders.ts';

const files = readCaseFolder('seeds/gaza-2023');
if ('message' in files) throw new Error(files.message);
const built = buildCaseDataset(files);
if (!built.ok) throw new Error('the seed case does not build');
const seed = built.dataset;
const article = must(seed.sources[0]);

/** The evidence of the words `quote` of the seed article, as a selection of them gives it. */
function spanOf(quote: string) {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in the seed article`);
  // Selected with the space before it, as a mouse often does.
  if (article.text.charAt(start - 1) !== ' ') throw new Error(`no space before "${quote}"`);
  const check = checkSelectedSpan(
    {
      start: { sourceId: article.id, offset: start - 1 },
      end: { sourceId: article.id, offset: start + quote.length },
    },
    seed.sources,
  );
  if (!check.ok) throw new Error(check.message);
  return check.evidence;
}

const ISRAEL_WORDS = 'Israel has been adamant about wiping out Hamas';
const position: HandCodedDraft = {
  kind: 'position',
  evidence: spanOf(ISRAEL_WORDS),
  actorId: 'israel',
  issueId: 'permanent_ceasefire',
  stance: 'oppose',
  date: '2023-12-20',
};
const meeting: HandCodedDraft = {
  kind: 'meeting',
  evidence: spanOf('Haniyeh will meet with key mediators'),
  participantIds: ['ismail-haniyeh'],
  mediatorIds: ['egypt'],
  issueIds: ['temporary_truce'],
  place: 'Cairo',
  date: { start: '2023-12-01', precision: 'month' },
};

function setup(backend = createMemoryBackend()) {
  const dashboard = createDashboardStore([seed]);
  const workspace = createWorkspaceStore({
    dashboard,
    storage: createWorkspaceStorage(backend),
    extract: extractInProcess,
    loadSeedFiles,
    now: () => '2025-01-01T00:00:00.000Z',
  });
  return { dashboard, workspace, backend };
}

const shownOf = (dashboard: ReturnType<typeof createDashboardStore>): Dataset =>
  must(dashboard.getState().datasets.find((d) => d.case.id === 'gaza-2023'));

describe('codeByHand()', () => {
  it('saves a hand-coded record as pending; accepted, it counts, and a reload keeps it', async () => {
    const { dashboard, workspace, backend } = setup();
    await workspace.getState().load();
    const result = await workspace.getState().codeByHand('gaza-2023', position);
    if (!result.ok) throw new Error(result.message);
    const id = result.item.record.id;
    expect(backend.records.get('case:gaza-2023')).toMatchObject({
      basis: 'seed',
      items: [{ kind: 'position', status: 'pending', record: { id, origin: 'curated' } }],
    });
    expect(shownOf(dashboard).positions.some((p) => p.id === id)).toBe(false);

    expect(await workspace.getState().decide('gaza-2023', [id], 'accepted')).toBe(true);
    const counted = shownOf(dashboard).positions.find((p) => p.id === id);
    expect(counted).toMatchObject({
      actorId: 'israel',
      issueId: 'permanent_ceasefire',
      stance: 'oppose',
      origin: 'curated',
      evidence: { sourceId: article.id, quote: ISRAEL_WORDS },
    });
    const evidence = must(counted?.evidence);
    expect(article.text.slice(evidence.start, evidence.end)).toBe(ISRAEL_WORDS);

    const again = setup(backend);
    await again.workspace.getState().load();
    expect(shownOf(again.dashboard).positions.find((p) => p.id === id)).toEqual(counted);
  });

  it('changes nothing stored or shown for a draft the case refuses', async () => {
    const { dashboard, workspace, backend } = setup();
    await workspace.getState().load();
    await workspace.getState().codeByHand('gaza-2023', position);
    const stored = structuredClone(backend.records);
    const shown = shownOf(dashboard);
    for (const bad of [
      { ...position, actorId: 'ghost' },
      { ...position, actorId: '' },
      { ...position, issueId: '' },
      { ...meeting, mediatorIds: ['nobody'] },
    ] as HandCodedDraft[]) {
      const result = await workspace.getState().codeByHand('gaza-2023', bad);
      expect(result.ok).toBe(false);
    }
    const unknown = await workspace
      .getState()
      .codeByHand('gaza-2023', { ...position, actorId: 'ghost' });
    expect(unknown).toMatchObject({
      ok: false,
      field: 'actorId',
      message: 'Party: unknown actor id "ghost".',
    });
    expect(backend.records).toEqual(stored);
    expect(shownOf(dashboard)).toBe(shown);
    expect(workspace.getState().cases['gaza-2023']?.items).toHaveLength(1);
  });

  it('shows nothing when the save fails: the record is saved before it is shown', async () => {
    const { dashboard, workspace, backend } = setup();
    await workspace.getState().load();
    backend.write = async () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    const shown = shownOf(dashboard);
    const result = await workspace.getState().codeByHand('gaza-2023', position);
    expect(result).toMatchObject({ ok: false, message: /storage for this site is full/ });
    expect(workspace.getState().cases).toEqual({});
    expect(shownOf(dashboard)).toBe(shown);
  });
});

describe('buildCaseFolder() with records coded by hand', () => {
  async function codedCase() {
    const env = setup();
    await env.workspace.getState().load();
    const ids: string[] = [];
    for (const draft of [
      position,
      meeting,
      { ...position, stance: 'reject' },
    ] as HandCodedDraft[]) {
      const result = await env.workspace.getState().codeByHand('gaza-2023', draft);
      if (!result.ok) throw new Error(result.message);
      ids.push(result.item.record.id);
    }
    // The first two accepted; the third (another reading of the same words) left pending.
    await env.workspace.getState().decide('gaza-2023', ids.slice(0, 2), 'accepted');
    const folder = buildCaseFolder(
      must(env.workspace.getState().cases['gaza-2023']),
      shownOf(env.dashboard),
      must(await loadSeedFiles('gaza-2023')),
    );
    const curated = must(folder.find((f) => f.path === 'gaza-2023/curated.yaml')).text;
    return { ...env, ids, curated };
  }

  it('writes accepted ones in curated.yaml, which the loader builds back as they were', async () => {
    const { dashboard, ids, curated } = await codedCase();
    expect(curated).toContain('# Curated layer of the Gaza 2023 case');
    expect(curated).toContain(`id: ${ids[0]}`);
    expect(curated).toContain(`quote: ${ISRAEL_WORDS}`);
    expect(curated).toContain(`id: ${ids[1]}`);
    expect(curated).not.toContain(`id: ${ids[2]}`);
    const rebuilt = buildCaseDataset({
      ...files,
      curated: { path: 'curated.yaml', content: curated },
    });
    if (!rebuilt.ok) throw new Error(JSON.stringify(rebuilt.problems, null, 1));
    const shown = shownOf(dashboard);
    const sorted = (records: readonly { id: string }[]) =>
      [...records].sort((a, b) => a.id.localeCompare(b.id));
    expect(sorted(rebuilt.dataset.positions)).toEqual(sorted(shown.positions));
    expect(sorted(rebuilt.dataset.meetings)).toEqual(sorted(shown.meetings));
    expect(rebuilt.dataset.meetings.find((m) => m.id === ids[1])).toMatchObject({
      date: { start: '2023-12-01', precision: 'month' },
      place: 'Cairo',
      mediatorIds: ['egypt'],
      origin: 'curated',
      note: 'Coded by hand in the browser.',
      evidence: meeting.evidence,
    });
  });

  it('a tampered curated.yaml naming an unknown actor is refused, naming the file and path', async () => {
    const { ids, curated } = await codedCase();
    const record = curated.indexOf(`id: ${ids[0]}`);
    const tampered =
      curated.slice(0, record) + curated.slice(record).replace('actorId: israel', 'actorId: ghost');
    const rebuilt = buildCaseDataset({
      ...files,
      curated: { path: 'curated.yaml', content: tampered },
    });
    expect(rebuilt.ok).toBe(false);
    if (!rebuilt.ok)
      expect(rebuilt.problems).toContainEqual({
        file: 'curated.yaml',
        path: 'positions[0].actorId',
        message: 'unknown actor id "ghost"',
      });
  });
});
