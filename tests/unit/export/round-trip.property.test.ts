import { csvParseRows } from 'd3-dsv';
import fc from 'fast-check';
import type { Dataset } from '../../../src/domain/dataset.ts';
import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { buildPositionMatrix } from '../../../src/domain/position-matrix.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { toChangesCsv, toDisputesCsv } from '../../../src/export/to-analysis-csv.ts';
import { formatCsv, parseCsv, toPositionsCsv } from '../../../src/export/to-csv.ts';
import { toDatasetJson } from '../../../src/export/to-json.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

/** Starts that a spreadsheet reads as a formula, or that stress CSV quoting. */
const tricky = fc.constantFrom(
  '=',
  '+',
  '-',
  '@',
  '\t',
  '\r',
  '\n',
  "'",
  "'=",
  "''+",
  '"',
  ',',
  ';',
  '\r\n',
  ' ',
  '',
  '=HYPERLINK("http://evil")',
);
/** Right-to-left text, emoji and direction marks. */
const unusual = fc.constantFrom(
  'שלום',
  'مرحبا بكم',
  '\u202eevil\u202c',
  '👍🏽',
  '👨‍👩‍👧',
  'é',
  '\u0000',
  '',
);
const anyText = fc.string({ unit: 'binary', maxLength: 40 });

/** Arbitrary strings: quotes, commas, newlines, formula starts, RTL, emoji, and very long ones. */
const text = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.tuple(tricky, anyText, unusual, anyText).map((parts) => parts.join('')),
  },
  { weight: 2, arbitrary: anyText },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.tuple(tricky, anyText, unusual).map((p) => p.join('')),
        fc.integer({ min: 200, max: 3000 }),
      )
      .map(([s, n]) => s.repeat(n)),
  },
);

/** Text through UTF-8 bytes and back, as a file is written and read. */
function throughUtf8(value: string): string {
  return new TextDecoder('utf-8', { ignoreBOM: true, fatal: true }).decode(
    new TextEncoder().encode(value),
  );
}

const FORMULA = /^[=+\-@\t\r\n]/;

describe('formatCsv() and parseCsv()', () => {
  it('round-trip any text losslessly through UTF-8, and no cell starts a formula', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }),
        fc.boolean(),
        (rows, bom) => {
          const width = defined(rows[0]).length;
          const table = rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? ''));
          const file = throughUtf8(formatCsv(table, { bom }));
          expect(file.startsWith('\ufeff')).toBe(bom);
          expect(parseCsv(file)).toEqual(table);
          const raw = csvParseRows(bom ? file.slice(1) : file);
          for (const row of raw) for (const cell of row) expect(cell).not.toMatch(FORMULA);
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** A one-party dataset whose every free text is the given strings, with consistent evidence. */
function datasetOf(t: {
  name: string;
  title: string;
  publisher: string;
  before: string;
  quote: string;
  after: string;
  condition: string;
  note: string;
  place: string;
}): Dataset {
  const nonEmpty = (s: string) => (s === '' ? 'x' : s);
  const quote = nonEmpty(t.quote);
  const sourceText = `${t.before}${quote}${t.after}`;
  const evidence = {
    sourceId: 's1',
    start: t.before.length,
    end: t.before.length + quote.length,
    quote,
  };
  return {
    schemaVersion: 2,
    case: { id: 'c', title: nonEmpty(t.title), description: t.note },
    actors: [
      { id: 'p1', name: nonEmpty(t.name), kind: 'party', aliases: [t.note] },
      { id: 'm1', name: nonEmpty(t.publisher), kind: 'mediator' },
    ],
    issues: [{ id: 'i1', label: nonEmpty(t.title), description: t.condition }],
    sources: [
      {
        id: 's1',
        title: nonEmpty(t.title),
        published: '2023-12-20',
        publisher: t.publisher,
        url: `https://example.org/${encodeURIComponent(t.name)}`,
        text: sourceText,
      },
    ],
    positions: [
      {
        id: 'pos1',
        actorId: 'p1',
        issueId: 'i1',
        stance: 'conditional',
        condition: { text: t.condition },
        date: '2023-12-20',
        evidence,
        origin: 'extracted',
        confidence: 0.5,
        rule: t.note,
        note: t.note,
      },
    ],
    meetings: [
      {
        id: 'meet1',
        date: { start: '2023-12-19', precision: 'day' },
        place: t.place,
        participantIds: ['p1'],
        mediatorIds: ['m1'],
        issueIds: ['i1'],
        summary: t.note,
        evidence,
        origin: 'extracted',
      },
    ],
    proposals: [],
    responses: [],
  };
}

const texts = fc.record({
  name: text,
  title: text,
  publisher: text,
  before: text,
  quote: text,
  after: text,
  condition: text,
  note: text,
  place: text,
});

describe('toPositionsCsv()', () => {
  it('keeps every text of a position exactly, whatever it holds', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const dataset = datasetOf(t);
        const index = buildDatasetIndex(dataset);
        const matrix = buildPositionMatrix(index, {
          asOf: undefined,
          range: null,
          hiddenParties: new Set(),
          hiddenIssues: new Set(),
          partyScope: null,
          expanded: new Set(),
          partySort: { by: 'dataset' },
          issueSort: { by: 'dataset' },
        });
        const [header, row] = parseCsv(throughUtf8(toPositionsCsv(matrix, index, { bom: true })));
        const at = (column: string) => row?.[defined(header).indexOf(column)];
        const position = defined(dataset.positions[0]);
        expect(at('party')).toBe(defined(dataset.actors[0]).name);
        expect(at('issue')).toBe(defined(dataset.issues[0]).label);
        expect(at('evidence_quote')).toBe(defined(position.evidence).quote);
        expect(at('source_title')).toBe(defined(dataset.sources[0]).title);
        expect(at('source_publisher')).toBe(t.publisher === '' ? '' : t.publisher);
        expect(at('source_url')).toBe(defined(dataset.sources[0]).url);
        expect(at('condition_text')).toBe(t.condition);
        expect(at('note')).toBe(t.note);
      }),
      { numRuns: 150 },
    );
  });
});

describe('toChangesCsv() and toDisputesCsv()', () => {
  it('keep the texts of both positions exactly, whatever they hold', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const dataset = datasetOf(t);
        const index = buildDatasetIndex(dataset);
        const before = defined(dataset.positions[0]);
        const after = { ...before, id: 'pos2', stance: 'demand' as const, condition: undefined };
        const source = defined(dataset.sources[0]);
        const pair = { partyId: 'p1', issueId: 'i1' };
        const [changeHeader, change] = parseCsv(
          throughUtf8(
            toChangesCsv(
              [{ ...pair, change: 'changed', before, after, direction: 1 }],
              { from: '2023-12-19', to: '2023-12-20' },
              index,
              { bom: true },
            ),
          ),
        );
        const [disputeHeader, dispute] = parseCsv(
          throughUtf8(
            toDisputesCsv(
              [{ ...pair, first: before, second: after, daysApart: 0 }],
              7,
              undefined,
              index,
            ),
          ),
        );
        const inChange = (column: string) => change?.[defined(changeHeader).indexOf(column)];
        const inDispute = (column: string) => dispute?.[defined(disputeHeader).indexOf(column)];
        for (const at of [inChange, inDispute])
          expect(at('party')).toBe(defined(dataset.actors[0]).name);
        for (const column of ['from', 'to']) {
          expect(inChange(`${column}_evidence_quote`)).toBe(defined(before.evidence).quote);
          expect(inChange(`${column}_source_title`)).toBe(source.title);
          expect(inChange(`${column}_source_publisher`)).toBe(t.publisher);
        }
        expect(inChange('from_condition')).toBe(t.condition);
        for (const column of ['first', 'second']) {
          expect(inDispute(`${column}_evidence_quote`)).toBe(defined(before.evidence).quote);
          expect(inDispute(`${column}_source_url`)).toBe(source.url);
        }
        expect(inDispute('first_condition')).toBe(t.condition);
      }),
      { numRuns: 100 },
    );
  });
});

describe('toDatasetJson()', () => {
  it('writes any dataset text so that it validates and reads back equal through UTF-8', () => {
    fc.assert(
      fc.property(texts, (t) => {
        const dataset = datasetOf(t);
        const result = validateDataset(JSON.parse(throughUtf8(toDatasetJson(dataset))));
        expect(result.ok ? [] : result.problems).toEqual([]);
        expect(result.ok && result.dataset).toEqual(dataset);
      }),
      { numRuns: 150 },
    );
  });
});
