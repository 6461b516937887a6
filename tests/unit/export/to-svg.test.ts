import { expectSelfContained, parseSvg, titles } from './svg-checks.ts';
// @vitest-environment jsdom
import type { ExportContext } from '../../../src/export/export-context.ts';
import { describeExportFilters } from '../../../src/export/export-context.ts';
import { EXPORT_THEMES } from '../../../src/export/export-theme.ts';
import { escapeXml, wrapText } from '../../../src/export/svg-text.ts';
import { toCompareSvg } from '../../../src/export/to-compare-svg.ts';
import { toMatrixSvg } from '../../../src/export/to-matrix-svg.ts';
import { toTimelineSvg } from '../../../src/export/to-timeline-svg.ts';
import { layoutTimeline } from '../../../src/layout/timeline-layout.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { selectComparison } from '../../../src/store/compare-selectors.ts';
import {
  selectAsOf,
  selectIndex,
  selectMatrixLayout,
  selectPositionMatrix,
  selectShownMeetings,
  selectTimelineLanes,
  selectTimelinePositions,
  selectTimelineWindow,
} from '../../../src/store/selectors.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

const dataset = makeHarbourDataset({
  case: { id: 'harbour', title: 'Harbour <talks> & "quotes"' },
});
const state = createDashboardStore([dataset], undefined, {
  expanded: ['northland'],
  hiddenMediators: ['council'],
}).getState();
const index = defined(selectIndex(state));

function contextFor(theme: 'light' | 'dark' = 'light'): ExportContext {
  return {
    caseTitle: dataset.case.title,
    filters: describeExportFilters(index, { ...state, asOf: selectAsOf(state) }),
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

const timelineInput = (width: number) => ({
  meetings: selectShownMeetings(state),
  lanes: selectTimelineLanes(state),
  positions: selectTimelinePositions(state),
  events: dataset.events ?? [],
  actorsById: index.actorsById,
  domain: selectTimelineWindow(state),
  width,
  asOf: selectAsOf(state),
  range: state.range,
});

describe('describeExportFilters()', () => {
  it('says the active filters in words, with the as-of date', () => {
    expect(contextFor().filters).toBe(
      'Mediators: Coastal League, meetings without a mediator · as of 2024-03-02',
    );
    expect(
      describeExportFilters(index, { ...state, hiddenMediators: [], asOf: '2024-03-01' }),
    ).toBe('All mediators, parties and issues · as of 2024-03-01');
  });
});

describe('toMatrixSvg()', () => {
  const matrix = defined(selectPositionMatrix(state));
  const layout = defined(selectMatrixLayout(state));
  const out = toMatrixSvg({ matrix, layout, context: contextFor() });
  const doc = parseSvg(out.svg);

  it('is a standalone SVG document with its size, title and filters', () => {
    const root = doc.documentElement;
    expect(root.getAttribute('width')).toBe(String(out.width));
    expect(root.getAttribute('height')).toBe(String(out.height));
    expect(titles(doc)[0]).toBe('Harbour <talks> & "quotes" — Positions matrix');
    expect(root.textContent).toContain('Mediators: Coastal League');
    expect(root.textContent).toContain('Exported 2026-11-27');
    expect(root.textContent).toContain('Harbour talks resume — Coastal Herald, 2024-03-02');
    expectSelfContained(out.svg);
  });

  it('holds every cell the screen shows, titled with its accessible name', () => {
    const names = layout.cells.flat().map((c) => c.name);
    expect(names).toHaveLength(9);
    for (const name of names) expect(titles(doc)).toContain(name);
  });

  it('has the legend of every stance and mark', () => {
    for (const word of ['Legend', 'Reject', 'Oppose', 'Open', 'Conditional', 'Support', 'Demand'])
      expect(doc.documentElement.textContent).toContain(word);
    expect(doc.documentElement.textContent).toContain('Dashed border: extracted from the text');
  });

  it('draws the dark theme on a solid dark background', () => {
    const dark = toMatrixSvg({ matrix, layout, context: contextFor('dark') });
    const background = parseSvg(dark.svg).getElementsByTagName('rect')[0];
    expect(background?.getAttribute('fill')).toBe('#0f1419');
    expect(background?.getAttribute('width')).toBe(String(dark.width));
  });
});

describe('toTimelineSvg()', () => {
  const out = toTimelineSvg({ timeline: timelineInput(900), context: contextFor() });
  const doc = parseSvg(out.svg);

  it('holds every meeting the screen shows, titled with its accessible name', () => {
    const shown = layoutTimeline(timelineInput(900)).meetings.filter((m) => m.visible);
    expect(shown.length).toBe(3);
    for (const m of shown) expect(titles(doc)).toContain(m.name);
    expect(titles(doc)).toContain('Meeting on 2024-03-01 in Port Vell, mediated by Coastal League');
  });

  it('has a title, a legend, lanes and sources, and no page CSS', () => {
    const text = doc.documentElement.textContent ?? '';
    expect(titles(doc)[0]).toContain('Mediator meetings timeline');
    for (const word of [
      'Legend',
      'Meeting on a known day',
      'Coastal League',
      'No mediator',
      'Sources',
    ])
      expect(text).toContain(word);
    expectSelfContained(out.svg);
  });
});

describe('toCompareSvg()', () => {
  it('has a row per issue with both stances and where they stand', () => {
    const rows = selectComparison(state);
    const out = toCompareSvg({
      rows,
      names: ['Northland', 'Southport'],
      index,
      context: contextFor(),
    });
    const doc = parseSvg(out.svg);
    expect(titles(doc)[0]).toBe('Harbour <talks> & "quotes" — Northland and Southport compared');
    expect(titles(doc)).toContain('Fishing quota: Depends on a condition');
    expect(doc.documentElement.textContent).toContain('Southport waits on End of the blockade');
    expectSelfContained(out.svg);
  });
});

describe('escapeXml()', () => {
  it('escapes markup and drops characters XML cannot hold', () => {
    expect(escapeXml('<b>&"\'\u0001\ud800x')).toBe('&lt;b&gt;&amp;&quot;&apos;x');
    expect(escapeXml('👍 שלום')).toBe('👍 שלום');
  });
});

describe('wrapText()', () => {
  it('breaks at spaces to fit a width and marks cut text with "…"', () => {
    expect(wrapText('one two three four', 50, 10)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('one two three four', 50, 10, 2)).toEqual(['one two', 'three…']);
  });
});
