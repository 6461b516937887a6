import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectIndex,
  selectPositionMatrix,
  selectShownMeetings,
} from '../../../src/store/selectors.ts';
import {
  formatCsv,
  neutraliseCell,
  parseCsv,
  restoreCell,
  toMeetingsCsv,
  toPositionsCsv,
} from '../../../src/export/to-csv.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

describe('neutraliseCell()', () => {
  it.each([
    ['=SUM(A1:A2)', "'=SUM(A1:A2)"],
    ['+1', "'+1"],
    ['-1', "'-1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
    ['\nx', "'\nx"],
    ["'=x", "''=x"],
    ['plain', 'plain'],
    ["'quoted", "'quoted"],
    ['a=b', 'a=b'],
    ['', ''],
  ])('neutralises %j as %j, and restoreCell() undoes it', (value, cell) => {
    expect(neutraliseCell(value)).toBe(cell);
    expect(restoreCell(cell)).toBe(value);
  });
});

describe('formatCsv()', () => {
  it('quotes as RFC 4180 says, ends lines with CRLF and neutralises formulas', () => {
    const text = formatCsv([
      ['a', 'b,c', 'say "hi"'],
      ['line\nbreak', '=1+1', undefined],
      [0.5, 'x;y', ''],
    ]);
    expect(text).toBe('a,"b,c","say ""hi"""\r\n"line\nbreak",\'=1+1,\r\n0.5,"x;y",\r\n');
  });

  it('starts with a byte-order mark only when asked', () => {
    expect(formatCsv([['a']], { bom: true })).toBe('\ufeffa\r\n');
    expect(formatCsv([['a']])).toBe('a\r\n');
  });
});

describe('parseCsv()', () => {
  it('reads back what formatCsv() wrote, without the BOM and the neutralising quotes', () => {
    const rows = [
      ['id', 'text'],
      ['1', '=HYPERLINK("http://x")'],
      ['2', 'multi\r\nline, with "quotes"'],
    ];
    expect(parseCsv(formatCsv(rows, { bom: true }))).toEqual(rows);
  });
});

describe('toPositionsCsv()', () => {
  const store = createDashboardStore([makeHarbourDataset()]);
  const state = store.getState();
  const index = defined(selectIndex(state));
  const matrix = defined(selectPositionMatrix(state));

  it('has one row per position the matrix counts, with quote, source, URL and origin', () => {
    const [header, ...rows] = parseCsv(toPositionsCsv(matrix, index));
    expect(header).toContain('evidence_quote');
    const at = (row: string[] | undefined, column: string) =>
      row?.[defined(header).indexOf(column)];
    expect(rows.map((r) => at(r, 'id')).sort()).toEqual(
      makeHarbourDataset()
        .positions.map((p) => p.id)
        .sort(),
    );
    const demand = rows.find((r) => at(r, 'stance') === 'demand');
    expect(at(demand, 'party')).toBe('Northland');
    expect(at(demand, 'evidence_quote')).toBe('Northland demands full harbour access.');
    expect(at(demand, 'source_title')).toBe('Harbour talks resume');
    expect(at(demand, 'source_url')).toBe('https://example.org/harbour');
    expect(at(demand, 'origin')).toBe('extracted');
    const curated = rows.find((r) => at(r, 'id') === 'northland-quota-curated');
    expect(at(curated, 'in_cell')).toBe('other');
    expect(at(curated, 'citation_title')).toBe('Northland rules out quota talks');
  });

  it('leaves out the positions of hidden parties', () => {
    const hidden = createDashboardStore([makeHarbourDataset()], undefined, {
      hiddenParties: ['southport'],
    }).getState();
    const [, ...rows] = parseCsv(toPositionsCsv(defined(selectPositionMatrix(hidden)), index));
    expect(rows.some((r) => r.includes('southport'))).toBe(false);
    expect(rows).toHaveLength(3);
  });
});

describe('toMeetingsCsv()', () => {
  it('has one row per shown meeting with its mediators, participants and sources', () => {
    const state = createDashboardStore([makeHarbourDataset()], undefined, {
      hiddenMediators: ['council'],
    }).getState();
    const [header, ...rows] = parseCsv(
      toMeetingsCsv(selectShownMeetings(state), defined(selectIndex(state)), { bom: true }),
    );
    const ids = rows.map((r) => r[0]);
    expect(ids).toEqual(['meeting-direct', 'meeting-port-vell', 'meeting-before']);
    const vell = defined(rows.find((r) => r[0] === 'meeting-port-vell'));
    const at = (column: string) => vell[defined(header).indexOf(column)];
    expect(at('mediators')).toBe('Coastal League');
    expect(at('participants')).toBe('Northland; Southport');
    expect(at('citation_title')).toBe('League envoy convenes both sides');
    expect(at('origin')).toBe('curated');
    expect(at('date')).toBe('on 2024-03-01');
  });
});
