import fc from 'fast-check';
import { buildDatasetIndex, cellKey } from '../../../src/domain/dataset-index.ts';
import type { DatasetIndex } from '../../../src/domain/dataset-index.ts';
import { isoDayOrdinal } from '../../../src/domain/iso-day.ts';
import {
  filterMeetingsByMediators,
  filterSortedMeetingsByMediators,
  findEngagedParties,
  findPartiesEngagedThrough,
  NO_MEDIATOR,
} from '../../../src/domain/meetings-in-range.ts';
import type { DayRange, MatrixOptions } from '../../../src/domain/position-matrix.ts';
import { buildPositionMatrix, selectCellPositions } from '../../../src/domain/position-matrix.ts';
import {
  generateSyntheticCase,
  SYNTHETIC_SIZES,
} from '../../../src/synthetic/generate-synthetic-case.ts';

// Small synthetic cases (8 parties × 10 issues, 400 positions over two years), one per seed.
const indexes = new Map<number, DatasetIndex>();
function indexFor(seed: number): DatasetIndex {
  let index = indexes.get(seed);
  if (!index) {
    index = buildDatasetIndex(generateSyntheticCase({ ...SYNTHETIC_SIZES.small, seed }));
    indexes.set(seed, index);
  }
  return index;
}
const seeds = fc.integer({ min: 1, max: 6 });

const day = fc
  .integer({ min: 0, max: 800 })
  .map((n) => new Date(Date.UTC(2023, 11, 1) + n * 86_400_000).toISOString().slice(0, 10));
const range = fc.option(
  fc.tuple(day, day).map(([a, b]): DayRange => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  { nil: null },
);
const asOf = fc.option(day, { nil: undefined });

function options(overrides: Partial<MatrixOptions> = {}): MatrixOptions {
  return {
    asOf: undefined,
    range: null,
    hiddenParties: new Set(),
    hiddenIssues: new Set(),
    partyScope: null,
    expanded: new Set(),
    partySort: { by: 'dataset' },
    issueSort: { by: 'dataset' },
    ...overrides,
  };
}

describe('isoDayOrdinal()', () => {
  it('orders ISO days as their strings do', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        expect(Math.sign(isoDayOrdinal(a) - isoDayOrdinal(b))).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});

describe('selectCellPositions()', () => {
  it('agrees with a scan of the whole cell, newest first', () => {
    fc.assert(
      fc.property(seeds, asOf, range, (seed, asOfDay, dates) => {
        const index = indexFor(seed);
        for (const row of index.partyRows) {
          for (const issue of index.dataset.issues) {
            const all = index.positionsByCell.get(cellKey(row.id, issue.id)) ?? [];
            const scanned = all
              .filter(
                (p) =>
                  (asOfDay === undefined || p.date <= asOfDay) &&
                  (!dates || (p.date >= dates.from && p.date <= dates.to)),
              )
              .reverse();
            expect(selectCellPositions(index, row.id, issue.id, asOfDay, dates)).toEqual(scanned);
          }
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('buildPositionMatrix() from a previous matrix', () => {
  it('returns the previous matrix when rows, columns and dates are the same', () => {
    const index = indexFor(1);
    const before = buildPositionMatrix(index, options());
    const everyParty = new Set(index.partyRows.map((a) => a.id));
    const after = buildPositionMatrix(index, options({ partyScope: everyParty }), {
      index,
      options: options(),
      matrix: before,
    });
    expect(after).toBe(before);
  });

  it('keeps the cells of the rows still shown and matches a fresh build', () => {
    fc.assert(
      fc.property(
        seeds,
        asOf,
        range,
        asOf,
        range,
        fc.subarray(['party-1', 'party-2', 'party-3', 'party-5']),
        (seed, asOf1, range1, asOf2, range2, hidden) => {
          const index = indexFor(seed);
          const first = options({ asOf: asOf1, range: range1 });
          const second = options({ asOf: asOf2, range: range2, hiddenParties: new Set(hidden) });
          const before = buildPositionMatrix(index, first);
          const after = buildPositionMatrix(index, second, {
            index,
            options: first,
            matrix: before,
          });
          expect(after).toEqual(buildPositionMatrix(index, second));
          const sameDates =
            asOf1 === asOf2 && range1?.from === range2?.from && range1?.to === range2?.to;
          after.rows.forEach((row, r) => {
            const old = before.rows.findIndex((o) => o.id === row.id);
            if (sameDates) expect(after.cells[r]).toBe(before.cells[old]);
          });
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('findPartiesEngagedThrough()', () => {
  it('agrees with the parties of the meetings the mediator filter shows', () => {
    fc.assert(
      fc.property(seeds, fc.infiniteStream(fc.boolean()), (seed, coin) => {
        const index = indexFor(seed);
        const keys = [...index.mediators.map((m) => m.id), NO_MEDIATOR];
        const hidden = new Set(keys.filter(() => coin.next().value));
        const shown = filterMeetingsByMediators(index.dataset.meetings, hidden);
        expect([...findPartiesEngagedThrough(index, hidden)].sort()).toEqual(
          [...findEngagedParties(shown, index)].sort(),
        );
        expect(filterSortedMeetingsByMediators(index.meetingsByDate, hidden)).toEqual(shown);
      }),
      { numRuns: 40 },
    );
  });
});
