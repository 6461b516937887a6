// @vitest-environment jsdom
import { describeExportFilters } from '../../../src/export/export-context.ts';
import type { ExportContext } from '../../../src/export/export-context.ts';
import { collectSources } from '../../../src/export/export-context.ts';
import { EXPORT_THEMES } from '../../../src/export/export-theme.ts';
import { EXPORT_FONT_FAMILY, RTL_FONT_FAMILIES, textEl } from '../../../src/export/svg-text.ts';
import { parseCsv, toPositionsCsv } from '../../../src/export/to-csv.ts';
import { toMatrixSvg } from '../../../src/export/to-matrix-svg.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectAsOf,
  selectIndex,
  selectMatrixLayout,
  selectPositionMatrix,
} from '../../../src/store/selectors.ts';
import {
  ARABIC_QUOTE,
  ARABIC_SENTENCE,
  CROSSINGS_LABEL,
  ENVOY_SENTENCE,
  FRONT_NAME,
  HEBREW_SENTENCE,
  makeRtlDataset,
} from '../../fixtures/rtl-case.ts';
import { parseSvg, titles } from './svg-checks.ts';

function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

const dataset = makeRtlDataset();
const state = createDashboardStore([dataset]).getState();
const index = defined(selectIndex(state));
const matrix = defined(selectPositionMatrix(state));
const layout = defined(selectMatrixLayout(state));

const context: ExportContext = {
  caseTitle: dataset.case.title,
  filters: describeExportFilters(index, { ...state, asOf: selectAsOf(state) }),
  sources: collectSources(dataset.positions, index.sourcesById),
  exportedOn: '2025-04-11',
  theme: EXPORT_THEMES.light,
};

describe('textEl() and right-to-left text', () => {
  it.each([
    ['start (the default)', {}, 'end'],
    ['middle', { 'text-anchor': 'middle' }, 'middle'],
    ['end', { 'text-anchor': 'end' }, 'start'],
  ])('sets an Arabic text rtl, anchored %s → %s, in an Arabic font', (_, anchor, flipped) => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg">${textEl(FRONT_NAME, { x: 4, y: 9, ...anchor })}</svg>`;
    const text = defined(parseSvg(svg).getElementsByTagName('text')[0]);
    expect(Object.fromEntries([...text.attributes].map((a) => [a.name, a.value]))).toEqual({
      x: '4',
      y: '9',
      direction: 'rtl',
      'text-anchor': flipped,
      'font-family': RTL_FONT_FAMILIES.ar,
    });
    expect(text.textContent).toBe(FRONT_NAME);
  });

  it('leaves an English text, with or without an Arabic word, as it was', () => {
    expect(textEl('Tarsa', { x: 1, y: 2 })).toBe('<text x="1" y="2">Tarsa</text>');
    expect(textEl(CROSSINGS_LABEL, { x: 1, y: 2 })).toBe(
      `<text x="1" y="2">${CROSSINGS_LABEL}</text>`,
    );
  });
});

describe('toMatrixSvg() of a case in Arabic and Hebrew', () => {
  const out = toMatrixSvg({ matrix, layout, context });
  const doc = parseSvg(out.svg);
  const texts = [...doc.getElementsByTagName('text')];
  const textOf = (content: string) => texts.find((t) => t.textContent === content);

  it('names fonts with Arabic and Hebrew glyphs', () => {
    expect(doc.documentElement.getAttribute('font-family')).toBe(EXPORT_FONT_FAMILY);
    expect(EXPORT_FONT_FAMILY).toMatch(/Noto Sans Arabic.*Noto Sans Hebrew.*sans-serif$/);
  });

  it('sets the Arabic party name right to left in an Arabic font, in the place of a left-to-right one', () => {
    const label = defined(textOf(FRONT_NAME), 'the row label');
    expect(label.getAttribute('direction')).toBe('rtl');
    expect(label.getAttribute('text-anchor')).toBe('end');
    expect(label.getAttribute('font-family')).toBe(RTL_FONT_FAMILIES.ar);
    expect(label.getAttribute('x')).toBe('6');
    // The English label with an Arabic word reads left to right.
    expect(defined(textOf('Crossings')).getAttribute('direction')).toBeNull();
  });

  it('titles each cell with its accessible name, Arabic names isolated', () => {
    const names = layout.cells.flat().map((c) => c.name);
    expect(names).toContain(`\u2068${FRONT_NAME}\u2069 — \u2068${CROSSINGS_LABEL}\u2069: demand`);
    expect(names).toContain(
      `Tarsa — Temporary ceasefire: conditional on condition of \u2068${CROSSINGS_LABEL}\u2069`,
    );
    for (const name of names) expect(titles(doc)).toContain(name);
  });

  it('lists the Hebrew and Arabic sources isolated from the publisher and date', () => {
    const lines = texts.map((t) => t.textContent ?? '');
    expect(lines).toContain(
      '\u2068משלחת טרסה: הפסקת אש רק עם פתיחת המעברים\u2069 — Almar Daily, 2025-04-09',
    );
    expect(lines).toContain('\u2068جبهة الساحل مستعدة لمناقشة تقاسم المياه\u2069 — 2025-04-10');
  });
});

describe('toPositionsCsv() of quotes in Arabic and Hebrew', () => {
  const plain = toPositionsCsv(matrix, index);
  const withBom = toPositionsCsv(matrix, index, { bom: true });
  const records = (text: string) => {
    const [header, ...rows] = parseCsv(text);
    return rows.map((row) => Object.fromEntries(defined(header).map((h, i) => [h, row[i]])));
  };

  it('keeps every quote byte for byte, with no isolating marks, and names its language', () => {
    const rows = records(plain);
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get('front-crossings')?.evidence_quote).toBe(ARABIC_QUOTE);
    expect(byId.get('tarsa-ceasefire')?.evidence_quote).toBe(HEBREW_SENTENCE);
    expect(byId.get('front-water')?.evidence_quote).toBe(ARABIC_SENTENCE);
    expect(byId.get('tarsa-crossings')?.evidence_quote).toBe(ENVOY_SENTENCE);
    expect(byId.get('front-crossings')?.party).toBe(FRONT_NAME);
    expect(byId.get('tarsa-ceasefire')?.condition).toBe(CROSSINGS_LABEL);
    expect([...byId.values()].map((r) => r.source_language).sort()).toEqual(['', 'en', 'en', 'he']);
    expect(plain).not.toMatch(/[\u2066-\u2069\u200e\u200f]/);
    const bytes = new TextEncoder().encode(plain);
    const quote = new TextEncoder().encode(ARABIC_QUOTE);
    expect(Buffer.from(bytes).includes(Buffer.from(quote))).toBe(true);
  });

  it('with a byte-order mark is the same UTF-8, three bytes EF BB BF first', () => {
    const bytes = new TextEncoder().encode(withBom);
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.slice(3))).toBe(
      plain,
    );
    expect(records(withBom)).toEqual(records(plain));
  });
});
