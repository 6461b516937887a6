// @vitest-environment jsdom
import type { ExportContext } from '../../../src/export/export-context.ts';
import { EXPORT_THEMES } from '../../../src/export/export-theme.ts';
import { paintSvg } from '../../../src/export/paint-svg.ts';
import type { PaintContext } from '../../../src/export/paint-svg.ts';
import { parseCsv, toPositionsCsv, toProposalsCsv } from '../../../src/export/to-csv.ts';
import { filterDataset } from '../../../src/export/to-json.ts';
import { toMatrixSvg } from '../../../src/export/to-matrix-svg.ts';
import { toTimelineSvg } from '../../../src/export/to-timeline-svg.ts';
import { listWindowProposals } from '../../../src/export/visible-records.ts';
import { isoDayToTime } from '../../../src/domain/iso-day.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectAsOf,
  selectIndex,
  selectMatrixLayout,
  selectPositionMatrix,
  selectShownMeetings,
  selectShownProposals,
  selectTimelineLanes,
  selectTimelinePositions,
  selectTimelineWindow,
} from '../../../src/store/selectors.ts';
import { makeDerivedPlanDataset, makeTimelineProposals } from '../../fixtures/proposal-builders.ts';
import { expectSelfContained, parseSvg, titles } from './svg-checks.ts';

function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

const dataset = makeDerivedPlanDataset();
const state = createDashboardStore([dataset]).getState();
const index = defined(selectIndex(state));
const context: ExportContext = {
  caseTitle: dataset.case.title,
  filters: 'All mediators, parties and issues',
  sources: [
    { title: 'Plan report', publisher: undefined, published: '2024-03-05', url: undefined },
  ],
  exportedOn: '2026-11-27',
  theme: EXPORT_THEMES.light,
};

/** Paints an SVG with the PNG painter on a context that does nothing: throws on what it cannot draw. */
function paintQuietly(svg: string): void {
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get(target, key) {
      if (key in target) return target[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'createLinearGradient') return () => ({ addColorStop: () => undefined });
      return () => undefined;
    },
  }) as unknown as PaintContext;
  class NoPath {
    moveTo() {}
    lineTo() {}
    closePath() {}
    rect() {}
    roundRect() {}
    arc() {}
    ellipse() {}
    addPath() {}
  }
  paintSvg(svg, context, { scaleX: 1, scaleY: 1, Path2D: NoPath as unknown as typeof Path2D });
}

describe('toTimelineSvg() with proposals', () => {
  const out = toTimelineSvg({
    timeline: {
      meetings: selectShownMeetings(state),
      lanes: selectTimelineLanes(state),
      positions: selectTimelinePositions(state),
      events: [],
      proposals: selectShownProposals(state),
      actorsById: index.actorsById,
      domain: selectTimelineWindow(state),
      width: 900,
      asOf: selectAsOf(state),
    },
    context,
  });
  const doc = parseSvg(out.svg);

  it('draws each proposal as a triangle titled with its accessible name', () => {
    expect(titles(doc)).toContain(
      'Proposal: Coastal League bridging plan, 4 Mar 2024, proposed by Coastal League',
    );
    const triangles = [...doc.getElementsByTagName('path')].filter((p) =>
      /^M[\d.]+,[\d.]+L[\d.]+,[\d.]+H[\d.]+Z$/.test(p.getAttribute('d') ?? ''),
    );
    // The mark, and the two legend swatches (deal and proposal).
    expect(triangles).toHaveLength(3);
    expect(triangles[0]?.getAttribute('stroke')).toBe(EXPORT_THEMES.light.proposal);
  });

  it('has legend entries for deals and proposals, and says how many are shown', () => {
    const text = doc.documentElement.textContent ?? '';
    expect(text).toContain('Deal (a proposal the parties agreed), in its proposers’ lane');
    expect(text).toContain('1 proposal or deal shown as triangles');
    expectSelfContained(out.svg);
  });

  it('is drawn by the PNG painter without falling back to the browser', () => {
    expect(() => paintQuietly(out.svg)).not.toThrow();
  });
});

describe('toMatrixSvg() with derived cells', () => {
  const matrix = defined(selectPositionMatrix(state));
  const layout = defined(selectMatrixLayout(state));
  const out = toMatrixSvg({ matrix, layout, context });
  const doc = parseSvg(out.svg);

  it('names a derived cell as the screen does and marks it with the triangle and its tag', () => {
    expect(titles(doc)).toContain(
      'Northland — End of the blockade: support — accepted the proposal of 4 Mar 2024',
    );
    expect(doc.documentElement.textContent).toContain('▲ proposal · accepted');
    expect(doc.documentElement.textContent).toContain(
      '▲: derived from a proposal or deal (accepted, proposed, under review), not stated',
    );
    expect(() => paintQuietly(out.svg)).not.toThrow();
  });
});

describe('toPositionsCsv() with derived positions', () => {
  const matrix = defined(selectPositionMatrix(state));
  const [header, ...rows] = parseCsv(toPositionsCsv(matrix, index));
  const at = (row: string[] | undefined, column: string) => {
    const i = defined(header).indexOf(column);
    if (i < 0) throw new Error(`no column ${column}`);
    return row?.[i];
  };

  it('says how each derived position follows: proposal, via, response quote and source', () => {
    const northland = rows.find(
      (r) => at(r, 'party') === 'Northland' && at(r, 'issue_id') === 'blockade',
    );
    expect(at(northland, 'derived')).toBe('derived');
    expect(at(northland, 'derived_via')).toBe('accepted');
    expect(at(northland, 'derived_how')).toBe('accepted the proposal of 4 Mar 2024');
    expect(at(northland, 'derived_from_proposal_id')).toBe('plan-league');
    expect(at(northland, 'derived_from_proposal')).toBe('Coastal League bridging plan');
    expect(at(northland, 'derived_response_id')).toBe('response-northland');
    expect(at(northland, 'response_quote')).toBe('Northland accepted the plan.');
    expect(at(northland, 'response_source_title')).toBe('Plan report');
    // Its own evidence columns hold the term's sentence.
    expect(at(northland, 'evidence_quote')).toMatch(/^The plan calls for a ten-day lull/);
  });
});

describe('toProposalsCsv()', () => {
  const proposals = [...makeTimelineProposals()];
  const withAnswers = makeDerivedPlanDataset({ proposals });
  const planIndex = defined(selectIndex(createDashboardStore([withAnswers]).getState()));
  const [header, ...rows] = parseCsv(toProposalsCsv(planIndex.proposalsByDate, planIndex));
  const at = (row: string[] | undefined, column: string) => row?.[defined(header).indexOf(column)];

  it('has one row per term, then one per response, each with the proposal’s fields', () => {
    expect(
      rows.map((r) => [
        at(r, 'record'),
        at(r, 'proposal_id'),
        at(r, 'term_id') || at(r, 'response_id'),
      ]),
    ).toEqual([
      ['term', 'plan-league', 'lull'],
      ['term', 'plan-league', 'reopening'],
      ['response', 'plan-league', 'response-northland'],
      ['response', 'plan-league', 'response-southport'],
      ['response', 'plan-league', 'response-dockers'],
      ['term', 'offer-southport', 'offer-quota'],
      ['term', 'deal-joint', 'accord-lull'],
    ]);
    for (const row of rows.filter((r) => at(r, 'proposal_id') === 'plan-league')) {
      expect(at(row, 'proposal_title')).toBe('Coastal League bridging plan');
      expect(at(row, 'proposers')).toBe('Coastal League');
      expect(at(row, 'proposal_date')).toBe('2024-03-04');
    }
  });

  it('gives a term its issue and what it provides, a response its words, condition and sentence', () => {
    const lull = rows[0];
    expect(at(lull, 'issue')).toBe('End of the blockade');
    expect(at(lull, 'provides')).toBe('a ten-day lull in the blockade');
    expect(at(lull, 'evidence_quote')).toMatch(/^The plan calls for/);
    const dockers = rows.find((r) => at(r, 'response_id') === 'response-dockers');
    expect(at(dockers, 'actor')).toBe('Dockers union');
    expect(at(dockers, 'party')).toBe('Southport');
    expect(at(dockers, 'response')).toBe('conditional');
    expect(at(dockers, 'response_words')).toBe('accepted on a condition');
    expect(at(dockers, 'condition')).toBe('Fishing quota');
    expect(at(dockers, 'evidence_quote')).toBe(
      'The dockers would back it only if the quota is shared.',
    );
    const accord = rows.find((r) => at(r, 'proposal_id') === 'deal-joint');
    expect(at(accord, 'proposers')).toBe('Island Council; Coastal League');
    expect(at(accord, 'proposal_citation_title')).toBe('Accord signed on the island');
  });

  it('neutralises a title that a spreadsheet would run as a formula', () => {
    const evil = { ...defined(proposals[0]), title: '=HYPERLINK("http://x")' };
    const text = toProposalsCsv([evil], planIndex);
    expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(parseCsv(text)[1]?.[defined(header).indexOf('proposal_title')]).toBe(
      '=HYPERLINK("http://x")',
    );
  });
});

describe('listWindowProposals() and filterDataset({ proposalIds })', () => {
  const all = makeTimelineProposals();
  it('keeps the proposals dated in the visible window', () => {
    const window = [isoDayToTime('2024-03-05'), isoDayToTime('2024-03-07')] as const;
    expect(listWindowProposals(all, window).map((p) => p.id)).toEqual(['offer-southport']);
    expect(listWindowProposals(all, null)).toBe(all);
  });

  it('keeps the shown proposals with their responses, and the actors and sources they name', () => {
    const filtered = filterDataset(makeDerivedPlanDataset(), {
      positions: [],
      meetings: [],
      proposalIds: ['plan-league'],
      actorIds: [],
      issueIds: [],
    });
    expect(filtered.proposals.map((p) => p.id)).toEqual(['plan-league']);
    expect(filtered.responses).toHaveLength(3);
    expect(filtered.actors.map((a) => a.id)).toEqual(
      expect.arrayContaining(['league', 'northland', 'southport', 'dockers']),
    );
    expect(filtered.sources.map((s) => s.id)).toEqual(['plan-report']);
  });
});
