import { parse } from 'yaml';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { buildCuratedYaml, WITHOUT_PROPOSAL_REASON } from '../../../src/workspace/export-case.ts';
import { createWorkspaceStore } from '../../../src/workspace/workspace-store.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';
import {
  extractWithProposals,
  makeUserArticle,
  must,
  tinyCodebook,
  USER_PLAN_TEXT,
} from '../../fixtures/workspace-builders.ts';

const ARTICLE = makeUserArticle({ text: USER_PLAN_TEXT });

async function setup() {
  const backend = createMemoryBackend();
  const dashboard = createDashboardStore([makeHarbourDataset()]);
  const make = () =>
    createWorkspaceStore({
      dashboard,
      storage: createWorkspaceStorage(backend),
      extract: extractWithProposals,
      loadSeedFiles: async () => undefined,
      now: () => '2025-01-01T00:00:00.000Z',
    });
  const workspace = make();
  await workspace.getState().load();
  expect(await workspace.getState().startCase(tinyCodebook())).toBe(true);
  expect(await workspace.getState().addArticles('harbour-talks', [ARTICLE])).toBe(true);
  const shown = () =>
    must(dashboard.getState().datasets.find((d) => d.case.id === 'harbour-talks'));
  const decide = (ids: string[], status: 'accepted' | 'rejected' | 'pending', reason?: string) =>
    workspace.getState().decide('harbour-talks', ids, status, reason);
  return { workspace, dashboard, shown, decide, make };
}

const derived = (positions: { id: string; derivedFrom?: unknown }[]) =>
  positions.filter((p) => p.derivedFrom).map((p) => p.id);

describe('proposals and responses in the workspace', () => {
  it('enter the review queue as items of their own, pending; derived positions do not', async () => {
    const { workspace, shown } = await setup();
    const items = must(workspace.getState().cases['harbour-talks']).items;
    expect(
      items.filter((i) => i.kind !== 'position').map((i) => [i.kind, i.record.id, i.status]),
    ).toEqual([
      ['proposal', 'plan', 'pending'],
      ['response', 'northland-accepts', 'pending'],
    ]);
    expect(items.filter((i) => i.kind === 'position' && i.record.derivedFrom)).toEqual([]);
    expect(workspace.getState().message?.text).toMatch(
      /^Extracted \d+ positions?, 0 meetings, 1 proposal and 1 response from 1 article; review them below\.$/,
    );
    // Nothing counts before it is accepted.
    expect(shown().positions).toEqual([]);
    expect(shown().proposals).toEqual([]);
  });

  it('once accepted, enter the dataset with the positions they derive, which stays valid', async () => {
    const { shown, decide } = await setup();
    await decide(['plan', 'northland-accepts'], 'accepted');
    expect(shown().proposals.map((p) => p.id)).toEqual(['plan']);
    expect(shown().responses.map((r) => r.id)).toEqual(['northland-accepts']);
    expect(derived(shown().positions)).toEqual([
      'derived-proposal-plan-access-mediator-league',
      'derived-response-northland-accepts-access',
    ]);
    expect(validateDataset(shown())).toMatchObject({ ok: true });
  });

  it('counts a response only with its proposal: rejecting the proposal removes its derived positions', async () => {
    const { shown, decide } = await setup();
    await decide(['plan', 'northland-accepts'], 'accepted');
    await decide(['plan'], 'rejected', 'not a proposal');
    expect(shown().proposals).toEqual([]);
    expect(shown().responses).toEqual([]);
    expect(derived(shown().positions)).toEqual([]);
    expect(shown().rejected).toEqual([
      expect.objectContaining({ id: 'plan', kind: 'proposal', reason: 'not a proposal' }),
    ]);
    expect(validateDataset(shown())).toMatchObject({ ok: true });
  });

  it('are saved and read back by a new store on the same storage', async () => {
    const { decide, make, workspace, shown } = await setup();
    await decide(['plan', 'northland-accepts'], 'accepted');
    const before = shown();
    const again = make();
    await again.getState().load();
    expect(again.getState().cases['harbour-talks']).toEqual(
      workspace.getState().cases['harbour-talks'],
    );
    expect(shown()).toEqual(before);
  });

  it('write their decisions in the case folder’s curated.yaml', async () => {
    const { workspace, decide, shown } = await setup();
    await decide(['northland-accepts'], 'accepted');
    const userCase = must(workspace.getState().cases['harbour-talks']);
    const curated = parse(buildCuratedYaml(userCase, undefined, shown())) as {
      corrections: { target: string; reason: string; reject?: boolean }[];
    };
    const byTarget = new Map(curated.corrections.map((c) => [c.target, c]));
    // Pending: left out until accepted; an accepted response without its proposal, left out too.
    expect(byTarget.get('plan')).toMatchObject({ reject: true });
    expect(byTarget.get('northland-accepts')).toEqual({
      target: 'northland-accepts',
      reason: WITHOUT_PROPOSAL_REASON,
      reject: true,
    });
    await decide(['plan'], 'accepted');
    const accepted = parse(
      buildCuratedYaml(must(workspace.getState().cases['harbour-talks']), undefined, shown()),
    ) as { corrections: { target: string }[] };
    expect(accepted.corrections.map((c) => c.target)).not.toContain('plan');
    expect(accepted.corrections.map((c) => c.target)).not.toContain('northland-accepts');
  });
});
