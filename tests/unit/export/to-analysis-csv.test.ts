import { parseCsv } from '../../../src/export/to-csv.ts';
import {
  toChangesCsv,
  toDisputesCsv,
  toSequencingCsv,
} from '../../../src/export/to-analysis-csv.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectDisputedClaims,
  selectSequencingGraph,
  selectStanceChanges,
} from '../../../src/store/analysis-selectors.ts';
import { selectIndex } from '../../../src/store/selectors.ts';
import { makeAnalysisDataset, makeIssue, makePosition } from '../../fixtures/analysis-builders.ts';
import { makeBlockedHarbourDataset, makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** CSV rows as records keyed by the header. */
function records(text: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(text);
  return rows.map((row) => Object.fromEntries(defined(header).map((h, i) => [h, row[i] ?? ''])));
}

describe('toSequencingCsv()', () => {
  it('has one row per condition, with the verdict, the granters, the quote and its source', () => {
    const state = createDashboardStore([makeBlockedHarbourDataset()]).getState();
    const graph = defined(selectSequencingGraph(state));
    const rows = records(toSequencingCsv(graph, defined(selectIndex(state))));
    expect(rows).toHaveLength(graph.edges.length);
    expect(rows[0]).toMatchObject({
      issue: 'Fishing quota',
      issue_id: 'fishing_quota',
      waits_for: 'End of the blockade',
      waits_for_id: 'blockade',
      party: 'Southport',
      party_id: 'southport',
      waits_for_granters: 'granted by Northland, which rejects it',
      granter_ids: 'northland',
      waits_for_class: 'blocked',
      verdict_class: 'blocked',
      verdict: 'blocked: Fishing quota waits for End of the blockade, which Northland rejects',
      chain: 'Fishing quota → End of the blockade',
      closes_cycle: 'no',
      stance: 'conditional',
      evidence_quote: 'Southport will not discuss the fishing quota until the blockade ends.',
      source_title: 'Harbour talks resume',
      source_url: 'https://example.org/harbour',
    });
  });

  it('marks the conditions that close a cycle, and names a deadlock', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north', 'ceasefire', 'conditional', { on: 'captives' }),
      ],
    );
    const state = createDashboardStore([dataset]).getState();
    const graph = defined(selectSequencingGraph(state));
    const closing = defined(graph.edges.find((e) => e.from === 'ceasefire'));
    const rows = records(
      toSequencingCsv(graph, defined(selectIndex(state)), new Set([closing.position.id])),
    );
    expect(rows.map((r) => r.verdict_class)).toEqual(['deadlock', 'deadlock']);
    const byIssue = new Map(rows.map((r) => [r.issue_id, r]));
    expect(byIssue.get('captives')).toMatchObject({
      closes_cycle: 'no',
      chain: 'Captives → Ceasefire → Captives',
      verdict: 'deadlock: Captives waits for Ceasefire, which waits for Captives',
    });
    expect(byIssue.get('ceasefire')?.closes_cycle).toBe('yes');
  });
});

describe('toChangesCsv()', () => {
  const state = createDashboardStore([makeHarbourDataset()], undefined, {
    change: { from: '2024-02-25', to: '2024-03-02' },
  }).getState();
  const index = defined(selectIndex(state));
  const changes = [...defined(selectStanceChanges(state)).values()];

  it('has one row per changed, appeared or disappeared cell, with both stances, quotes and sources', () => {
    const rows = records(toChangesCsv(changes, { from: '2024-02-25', to: '2024-03-02' }, index));
    expect(rows.map((r) => `${r.party_id}|${r.issue_id}|${r.change}`).sort()).toEqual([
      'northland|fishing_quota|changed',
      'northland|harbour_access|appeared',
      'southport|fishing_quota|appeared',
    ]);
    const quota = rows.find((r) => r.change === 'changed');
    expect(quota).toMatchObject({
      party: 'Northland',
      issue: 'Fishing quota',
      direction: 'toward demand',
      description: 'changed from oppose to open',
      from_date: '2024-02-25',
      to_date: '2024-03-02',
      from_stance: 'oppose',
      from_stated: '2024-02-20',
      from_origin: 'curated',
      from_evidence_quote: '',
      from_citation_title: 'Northland rules out quota talks',
      from_citation_publisher: 'Northern Times',
      to_stance: 'open',
      to_stated: '2024-03-02',
      to_stated_by: 'Ada Lind',
      to_evidence_quote: 'Ada Lind said Northland is open to talks on the quota.',
      to_source_title: 'Harbour talks resume',
      to_source_published: '2024-03-02',
    });
    const appeared = rows.find((r) => r.party_id === 'southport');
    expect(appeared).toMatchObject({
      direction: '',
      from_stance: '',
      to_stance: 'conditional',
      to_condition: 'End of the blockade',
    });
  });

  it('leaves out the cells that did not change', () => {
    const same = changes.map((c) => ({ ...c, change: 'unchanged' as const }));
    expect(parseCsv(toChangesCsv(same, { from: 'a', to: 'b' }, index))).toHaveLength(1);
  });
});

describe('toDisputesCsv()', () => {
  it('has one row per dispute, with both stances, quotes, sources and dates', () => {
    const state = createDashboardStore([makeHarbourDataset()], undefined, {
      disputeWindow: 14,
    }).getState();
    const disputes = [...selectDisputedClaims(state).values()];
    expect(disputes).toHaveLength(1);
    const rows = records(
      toDisputesCsv(disputes, 14, '2024-03-02', defined(selectIndex(state)), { bom: true }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        party: 'Northland',
        issue: 'Fishing quota',
        days_apart: '11',
        window_days: '14',
        as_of: '2024-03-02',
        first_stance: 'oppose',
        first_stated: '2024-02-20',
        first_citation_title: 'Northland rules out quota talks',
        first_position_id: 'northland-quota-curated',
        second_stance: 'open',
        second_stated: '2024-03-02',
        second_evidence_quote: 'Ada Lind said Northland is open to talks on the quota.',
        second_source_title: 'Harbour talks resume',
        second_source_published: '2024-03-02',
        second_source_url: 'https://example.org/harbour',
      }),
    ]);
  });
});
