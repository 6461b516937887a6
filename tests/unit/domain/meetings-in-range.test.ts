import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { fuzzyDateSpan } from '../../../src/domain/fuzzy-date.ts';
import {
  filterMeetingsByMediators,
  findEngagedParties,
  meetingHasShownMediator,
  meetingsInRange,
  NO_MEDIATOR,
} from '../../../src/domain/meetings-in-range.ts';
import { makeHarbourDataset, makeMeeting } from '../../fixtures/dataset-builders.ts';

describe('meetingHasShownMediator()', () => {
  it.each([
    ['one of its mediators is shown', ['league', 'council'], ['league'], true],
    ['all its mediators are hidden', ['league', 'council'], ['league', 'council'], false],
    ['it has none and "No mediator" is shown', [], ['league'], true],
    ['it has none and "No mediator" is hidden', [], [NO_MEDIATOR], false],
  ])('is %s → %s', (_, mediatorIds, hidden, shown) => {
    expect(meetingHasShownMediator(makeMeeting({ mediatorIds }), new Set(hidden))).toBe(shown);
  });
});

describe('filterMeetingsByMediators()', () => {
  it('keeps meetings with a shown mediator, ordered by date', () => {
    const meetings = filterMeetingsByMediators(makeHarbourDataset().meetings, new Set(['council']));
    expect(meetings.map((m) => m.id)).toEqual([
      'meeting-direct',
      'meeting-port-vell',
      'meeting-before',
    ]);
  });
});

describe('meetingsInRange()', () => {
  const meetings = makeHarbourDataset().meetings;
  it.each([
    [
      'a day inside',
      { from: '2024-03-01', to: '2024-03-01' },
      ['meeting-port-vell', 'meeting-before'],
    ],
    [
      'a month that may hold it',
      { from: '2024-02-28', to: '2024-02-29' },
      ['meeting-island-month', 'meeting-before'],
    ],
    ['after an open-ended "before"', { from: '2024-03-03', to: '2024-03-09' }, []],
  ])('keeps meetings that may fall in %s', (_, range, ids) => {
    expect(meetingsInRange(meetings, range).map((m) => m.id)).toEqual(ids);
  });
});

describe('fuzzyDateSpan()', () => {
  it.each([
    [
      { start: '2024-03-01', precision: 'day' } as const,
      { first: '2024-03-01', last: '2024-03-01' },
    ],
    [
      { start: '2024-02-01', precision: 'month' } as const,
      { first: '2024-02-01', last: '2024-02-29' },
    ],
    [{ start: '2024-03-02', precision: 'before' } as const, { first: null, last: '2024-03-02' }],
    [{ start: '2024-03-02', precision: 'after' } as const, { first: '2024-03-02', last: null }],
  ])('%j spans %j', (date, span) => {
    expect(fuzzyDateSpan(date)).toEqual(span);
  });
});

describe('findEngagedParties()', () => {
  it('resolves participants (people, factions) to their parties', () => {
    const dataset = makeHarbourDataset();
    const index = buildDatasetIndex(dataset);
    const island = dataset.meetings.filter((m) => m.id === 'meeting-island-month');
    expect([...findEngagedParties(island, index)]).toEqual(['northland']);
  });
});
