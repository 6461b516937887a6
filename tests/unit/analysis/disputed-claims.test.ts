import { findDisputedClaims } from '../../../src/analysis/disputed-claims.ts';
import type { Position } from '../../../src/domain/dataset.ts';
import { makeAnalysisDataset, makeIssue, makePosition } from '../../fixtures/analysis-builders.ts';

const inReport = (sourceId: string, date: string) => ({
  date,
  evidence: { sourceId, start: 0, end: 9, quote: 'A report.' },
});

function disputes(positions: Position[], window?: number, asOf?: string) {
  return findDisputedClaims(
    makeAnalysisDataset([makeIssue('ceasefire', ['north'])], positions),
    window,
    asOf,
  );
}

describe('findDisputedClaims()', () => {
  it('flags two reports giving one party different stances within the window', () => {
    const found = disputes([
      makePosition('north', 'ceasefire', 'reject', inReport('s1', '2025-01-10')),
      makePosition('north-envoy', 'ceasefire', 'open', inReport('s2', '2025-01-14')),
    ]);
    expect(found.get('north|ceasefire')).toMatchObject({
      partyId: 'north',
      issueId: 'ceasefire',
      first: { stance: 'reject' },
      second: { stance: 'open' },
      daysApart: 4,
    });
  });

  it.each([
    ['the same stance', 'reject', 's2', '2025-01-12', 7],
    ['the same report', 'open', 's1', '2025-01-12', 7],
    ['reports further apart than the window', 'open', 's2', '2025-01-20', 7],
    ['reports further apart than a narrowed window', 'open', 's2', '2025-01-12', 1],
  ] as const)('ignores %s', (_, stance, source, date, window) => {
    const found = disputes(
      [
        makePosition('north', 'ceasefire', 'reject', inReport('s1', '2025-01-10')),
        makePosition('north', 'ceasefire', stance, inReport(source, date)),
      ],
      window,
    );
    expect(found.size).toBe(0);
  });

  it('widens with the window, and ignores reports after the as-of day', () => {
    const positions = [
      makePosition('north', 'ceasefire', 'reject', inReport('s1', '2025-01-10')),
      makePosition('north', 'ceasefire', 'open', inReport('s2', '2025-01-20')),
    ];
    expect(disputes(positions, 10).size).toBe(1);
    expect(disputes(positions, 10, '2025-01-15').size).toBe(0);
  });

  it('keeps the closest pair of a cell', () => {
    const found = disputes([
      makePosition('north', 'ceasefire', 'reject', inReport('s1', '2025-01-10')),
      makePosition('north', 'ceasefire', 'open', inReport('s2', '2025-01-15')),
      makePosition('north', 'ceasefire', 'demand', inReport('s1', '2025-01-16')),
    ]);
    expect(found.get('north|ceasefire')).toMatchObject({
      first: { stance: 'open' },
      second: { stance: 'demand' },
      daysApart: 1,
    });
  });
});
