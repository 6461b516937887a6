import {
  compareStancesBetween,
  describeChange,
} from '../../../src/analysis/change-between-dates.ts';
import { makeAnalysisDataset, makeIssue, makePosition } from '../../fixtures/analysis-builders.ts';

const issues = [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])];

describe('compareStancesBetween()', () => {
  const dataset = makeAnalysisDataset(issues, [
    makePosition('north', 'ceasefire', 'open', { date: '2025-01-10' }),
    makePosition('north-envoy', 'ceasefire', 'demand', { date: '2025-01-20' }),
    makePosition('south', 'captives', 'support', { date: '2025-01-10' }),
    makePosition('south', 'captives', 'oppose', { date: '2025-01-18' }),
    makePosition('east', 'captives', 'conditional', { date: '2025-01-15', on: 'ceasefire' }),
    makePosition('south', 'ceasefire', 'demand', { date: '2025-01-10' }),
    makePosition('south', 'ceasefire', 'demand', { date: '2025-01-19' }),
    makePosition('east', 'ceasefire', 'conditional', { date: '2025-01-10', on: 'captives' }),
    makePosition('east', 'ceasefire', 'conditional', { date: '2025-01-19', on: 'ceasefire' }),
  ]);
  const changes = compareStancesBetween(dataset, '2025-01-12', '2025-01-31');
  const cell = (party: string, issue: string) =>
    changes.find((c) => c.partyId === party && c.issueId === issue);

  it.each([
    ['north', 'ceasefire', 'changed', 1, 'changed from open to demand'],
    ['south', 'captives', 'changed', -1, 'changed from support to oppose'],
    ['east', 'captives', 'appeared', 0, 'appeared as conditional (no position before)'],
    ['south', 'ceasefire', 'unchanged', 0, 'unchanged: demand'],
    ['east', 'ceasefire', 'changed', 0, 'changed from conditional to conditional'],
  ] as const)('finds %s on %s %s (direction %i): "%s"', (party, issue, change, direction, text) => {
    const found = cell(party, issue);
    expect(found).toMatchObject({ change, direction });
    expect(found && describeChange(found)).toBe(text);
  });

  it('counts a person’s position for its party, with both positions as evidence', () => {
    expect(cell('north', 'ceasefire')?.before?.stance).toBe('open');
    expect(cell('north', 'ceasefire')?.after?.actorId).toBe('north-envoy');
  });

  it('reads two days the wrong way round as the earlier then the later', () => {
    expect(compareStancesBetween(dataset, '2025-01-31', '2025-01-12')).toEqual(changes);
  });

  it('orders the cells by party, then issue', () => {
    const keys = changes.map((c) => `${c.partyId}|${c.issueId}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('describes a cell that disappeared', () => {
    expect(
      describeChange({
        partyId: 'north',
        issueId: 'ceasefire',
        change: 'disappeared',
        before: makePosition('north', 'ceasefire', 'demand'),
        direction: 0,
      }),
    ).toBe('disappeared (was demand, no position now)');
  });
});
