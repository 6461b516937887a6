import { expectSelfContained, parseSvg, titles } from './svg-checks.ts';
// @vitest-environment jsdom
import type { ExportContext } from '../../../src/export/export-context.ts';
import { EXPORT_THEMES } from '../../../src/export/export-theme.ts';
import {
  makeRoomForAnalysis,
  measureAnalysisRoom,
  toAnalysedMatrixSvg,
} from '../../../src/export/to-analysed-matrix-svg.ts';
import { toMatrixSvg } from '../../../src/export/to-matrix-svg.ts';
import { toSequencingSvg } from '../../../src/export/to-sequencing-svg.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectAnalysedMatrixLayout,
  selectSequencingGraph,
} from '../../../src/store/analysis-selectors.ts';
import { selectSequencingLayout } from '../../../src/store/sequencing-selectors.ts';
import type { ViewState } from '../../../src/store/view-state.ts';
import {
  selectAsOf,
  selectMatrixLayout,
  selectPositionMatrix,
} from '../../../src/store/selectors.ts';
import { makeBlockedHarbourDataset, makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

function stateOf(view: Partial<ViewState> = {}) {
  return createDashboardStore(
    [makeBlockedHarbourDataset({ case: { id: 'harbour', title: 'Harbour <talks> & "quotes"' } })],
    undefined,
    view,
  ).getState();
}

function contextFor(theme: 'light' | 'dark' = 'light'): ExportContext {
  return {
    caseTitle: 'Harbour <talks> & "quotes"',
    filters: 'All mediators, parties and issues · as of 2024-03-02',
    sources: [
      {
        title: 'Harbour talks resume',
        publisher: 'Coastal Herald',
        published: '2024-03-02',
        url: 'https://example.org/harbour',
      },
    ],
    exportedOn: '2026-11-27',
    theme: EXPORT_THEMES[theme],
  };
}

const VERDICT = 'blocked: Fishing quota waits for End of the blockade, which Northland rejects';
const EDGE = 'Southport: Fishing quota waits for End of the blockade';

describe('toSequencingSvg()', () => {
  const state = stateOf();
  const graph = defined(selectSequencingGraph(state));
  const layout = defined(selectSequencingLayout(state));
  const input = {
    layout,
    verdicts: [...graph.verdicts.values()],
    asOf: selectAsOf(state),
  };
  const out = toSequencingSvg({ ...input, context: contextFor() });
  const doc = parseSvg(out.svg);
  const text = doc.documentElement.textContent ?? '';

  it('is a standalone SVG document with its size, title, as-of date, sources and export date', () => {
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(titles(doc)[0]).toBe('Harbour <talks> & "quotes" — Sequencing as of 2024-03-02');
    expect(text).toContain('as of 2024-03-02');
    expect(text).toContain('Harbour talks resume — Coastal Herald, 2024-03-02');
    expect(text).toContain('Exported 2026-11-27');
    expectSelfContained(out.svg);
  });

  it('holds every node and edge the screen shows, titled with its accessible name', () => {
    expect(layout.nodes).toHaveLength(2);
    expect(layout.edges).toHaveLength(1);
    for (const node of layout.nodes) expect(titles(doc)).toContain(node.name);
    for (const edge of layout.edges) expect(titles(doc)).toContain(edge.name);
    expect(titles(doc)).toContain(EDGE);
    expect(text).toContain('Southport');
    // One drawn arrow per edge, pointing with its class's arrowhead.
    const arrows = [...doc.getElementsByTagName('path')].filter((p) =>
      p.getAttribute('marker-end')?.startsWith('url(#sequencing-arrow-blocked'),
    );
    expect(arrows.length).toBeGreaterThanOrEqual(layout.edges.length);
    expect(doc.getElementById('sequencing-arrow-blocked')?.localName).toBe('marker');
  });

  it('says each issue’s verdict in words', () => {
    expect(titles(doc)).toContain(VERDICT);
    expect(text).toContain('Verdicts');
    expect(text.replace(/\s+/g, ' ')).toContain(VERDICT.slice(0, 40));
  });

  it('has the legend of every chain class in words and colours', () => {
    for (const word of [
      'Legend',
      'open: every condition',
      'blocked: a chain of conditions',
      'deadlock: conditions wait',
      'unknown: a condition nobody',
    ])
      expect(text).toContain(word);
    const strokes = [...doc.getElementsByTagName('rect')].map((r) => r.getAttribute('stroke'));
    for (const colour of ['#007a5a', '#b34700', '#8a3b73', '#5f6670'])
      expect(strokes).toContain(colour);
  });

  it('draws the dark theme on a solid dark background', () => {
    const dark = toSequencingSvg({ ...input, context: contextFor('dark') });
    const background = parseSvg(dark.svg).getElementsByTagName('rect')[0];
    expect(background?.getAttribute('fill')).toBe('#0f1419');
    expect(background?.getAttribute('width')).toBe(String(dark.width));
  });

  it('says so when no party makes one issue wait for another', () => {
    const none = createDashboardStore([makeHarbourDataset({ positions: [] })]).getState();
    const empty = toSequencingSvg({
      layout: defined(selectSequencingLayout(none)),
      verdicts: [],
      asOf: undefined,
      context: contextFor(),
    });
    expect(parseSvg(empty.svg).documentElement.textContent).toContain(
      'No party makes one issue wait for another.',
    );
  });
});

describe('toAnalysedMatrixSvg()', () => {
  const view = { change: { from: '2024-02-25', to: '2024-03-02' }, disputeWindow: 14 };
  const state = stateOf(view);
  const matrix = defined(selectPositionMatrix(state));
  const layout = defined(selectAnalysedMatrixLayout(state));
  const out = toAnalysedMatrixSvg({ matrix, layout, disputeWindow: 14, context: contextFor() });
  const doc = parseSvg(out.svg);
  const text = doc.documentElement.textContent ?? '';

  it('titles every cell with the accessible name the screen gives it, change and dispute included', () => {
    const names = layout.cells.flat().map((c) => c.name);
    for (const name of names) expect(titles(doc)).toContain(name);
    expect(titles(doc)).toContain(
      'Northland — Fishing quota: changed from oppose to open; disputed: two reports disagree',
    );
    expectSelfContained(out.svg);
  });

  it('puts the verdict under its column’s label, in full in its title', () => {
    expect(titles(doc)).toContain(`Fishing quota: ${VERDICT}`);
    expect([...doc.getElementsByTagName('text')].map((t) => t.textContent)).toContain(
      '✕ blocked —',
    );
    expect(text).toContain('the Sequencing export gives each in full');
  });

  it('shows the change with its arrow and both stances, and the "disputed" badge', () => {
    const texts = [...doc.getElementsByTagName('text')].map((t) => t.textContent);
    expect(texts).toContain('▲');
    expect(texts).toContain('Oppose → Open');
    expect(texts).toContain('+');
    expect(texts).toContain('none → Demand');
    expect(texts.filter((t) => t === 'disputed').length).toBeGreaterThanOrEqual(2);
    for (const word of [
      'Changed toward demand on the scale',
      'Appeared: no position before',
      'Two reports disagree within 14 days',
      'blocked: a chain of conditions',
      'as of 2024-02-25 and as of 2024-03-02',
    ])
      expect(text).toContain(word);
  });

  it('makes room for the marks: a taller header, shorter marks over a foot, taller rows only for a two-line foot', () => {
    const room = measureAnalysisRoom(layout);
    expect(room.header).toBeGreaterThan(0);
    const placed = makeRoomForAnalysis(layout, room);
    const row = (key: string) => layout.rows.findIndex((r) => r.key === key);
    const column = (key: string) => layout.columns.findIndex((c) => c.key === key);
    const [northland, southport] = [row('northland'), row('southport')];
    // Northland's quota changed and is disputed: two lines, one more than the row holds.
    expect(room.rowGrowth[northland]).toBe(14);
    expect(room.rowGrowth[southport]).toBe(0);
    expect(placed.rows[0]?.y).toBe((layout.rows[0]?.y ?? 0) + room.header);
    expect(placed.rows[northland]?.height).toBe((layout.rows[northland]?.height ?? 0) + 14);
    expect(placed.height).toBe(layout.height + room.header + 14);
    const quota = column('fishing_quota');
    // A cell's mark gives way to its foot, and a conditional mark keeps one line of condition.
    const southportQuota = defined(placed.cells[southport]?.[quota]);
    expect(southportQuota.height).toBe((layout.rows[southport]?.height ?? 0) - 14);
    expect(southportQuota.conditionLabel).toBe('End of…');
    expect(placed.cells[northland]?.[quota]?.height).toBe(
      (placed.rows[northland]?.height ?? 0) - 28,
    );
    const noFoot = defined(placed.cells[southport]?.[column('harbour_access')]);
    expect(noFoot.height).toBe(placed.rows[southport]?.height);
  });

  it('is the plain matrix export when the analyses mark nothing', () => {
    const plain = createDashboardStore([makeHarbourDataset()], undefined, {
      disputeWindow: 0,
    }).getState();
    const analysed = defined(selectAnalysedMatrixLayout(plain));
    const m = defined(selectPositionMatrix(plain));
    // The harbour case's one condition has no granter: its verdict is still drawn.
    const withVerdict = toAnalysedMatrixSvg({
      matrix: m,
      layout: analysed,
      disputeWindow: 0,
      context: contextFor(),
    });
    expect(withVerdict.svg).toContain('? unknown —');
    const noConditions = createDashboardStore([
      makeHarbourDataset({
        positions: makeHarbourDataset().positions.filter((p) => p.stance !== 'conditional'),
      }),
    ]).getState();
    const bare = toAnalysedMatrixSvg({
      matrix: defined(selectPositionMatrix(noConditions)),
      layout: defined(selectAnalysedMatrixLayout(noConditions)),
      disputeWindow: 7,
      context: contextFor(),
    });
    const reference = toMatrixSvg({
      matrix: defined(selectPositionMatrix(noConditions)),
      layout: defined(selectMatrixLayout(noConditions)),
      context: contextFor(),
    });
    expect(bare.svg).toBe(reference.svg);
  });
});
