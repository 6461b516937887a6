import {
  describeFuzzyDate,
  describeMatrixCell,
  describeMeeting,
  joinNames,
} from '../../../src/domain/describe.ts';
import {
  HARBOUR_ACTORS,
  makeHarbourDataset,
  makeMeeting,
  makePosition,
} from '../../fixtures/dataset-builders.ts';

const actorsById = new Map(
  [
    ...HARBOUR_ACTORS,
    { id: 'united-states', name: 'United States', kind: 'mediator' as const },
    { id: 'qatar', name: 'Qatar', kind: 'mediator' as const },
  ].map((a) => [a.id, a]),
);
const issuesById = new Map(makeHarbourDataset().issues.map((i) => [i.id, i]));

describe('describeMeeting()', () => {
  it.each([
    [
      makeMeeting({
        date: { start: '2023-12-18', precision: 'day' },
        place: 'Warsaw',
        mediatorIds: ['united-states', 'qatar'],
      }),
      'Meeting on 2023-12-18 in Warsaw, mediated by United States and Qatar',
    ],
    [
      makeMeeting({ date: { start: '2024-03-02', precision: 'before' }, place: undefined }),
      'Meeting before 2024-03-02, mediated by Coastal League',
    ],
    [
      makeMeeting({ date: { start: '2024-02-01', precision: 'month' }, mediatorIds: [] }),
      'Meeting in February 2024 in Port Vell, without a mediator',
    ],
  ])('names %# with date, place and mediators', (meeting, name) => {
    expect(describeMeeting(meeting, actorsById)).toBe(name);
  });
});

describe('describeFuzzyDate()', () => {
  it.each([
    [{ start: '2024-03-01', precision: 'day' } as const, 'on 2024-03-01'],
    [
      { start: '2024-02-10', end: '2024-02-12', precision: 'day' } as const,
      'from 2024-02-10 to 2024-02-12',
    ],
    [{ start: '2024-03-01', precision: 'approximate' } as const, 'around 2024-03-01'],
    [{ start: '2024-03-01', precision: 'after' } as const, 'after 2024-03-01'],
  ])('%j reads "%s"', (date, words) => {
    expect(describeFuzzyDate(date)).toBe(words);
  });
});

describe('describeMatrixCell()', () => {
  it.each([
    [makePosition(), 'Northland — Harbour access: demand'],
    [
      makePosition({ stance: 'conditional', condition: { issueId: 'blockade' } }),
      'Northland — Harbour access: conditional on condition of End of the blockade',
    ],
    [
      makePosition({ stance: 'conditional', condition: { text: 'a guarantee' } }),
      'Northland — Harbour access: conditional on condition of a guarantee',
    ],
    [undefined, 'Northland — Harbour access: no stated position'],
  ])('names the cell of %j', (position, name) => {
    expect(describeMatrixCell('Northland', 'Harbour access', position, issuesById)).toBe(name);
  });

  it('isolates a name or condition in Arabic or Hebrew script, so the dash and colon keep their places', () => {
    const condition = makePosition({ stance: 'conditional', condition: { text: 'פתיחת המעברים' } });
    expect(describeMatrixCell('جبهة الساحل', 'Harbour access', condition, issuesById)).toBe(
      '\u2068جبهة الساحل\u2069 — Harbour access: conditional on condition of \u2068פתיחת המעברים\u2069',
    );
  });
});

describe('describeMeeting() with Arabic names', () => {
  it('isolates the place and the mediators', () => {
    const meeting = makeMeeting({ place: 'ميناء ألمار', mediatorIds: ['league'] });
    const named = new Map([
      ...actorsById,
      ['league', { id: 'league', name: 'رابطة لومن', kind: 'mediator' as const }],
    ]);
    expect(describeMeeting(meeting, named)).toBe(
      'Meeting on 2024-03-01 in \u2068ميناء ألمار\u2069, mediated by \u2068رابطة لومن\u2069',
    );
  });
});

describe('joinNames()', () => {
  it.each([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('joins %j as "%s"', (names, text) => {
    expect(joinNames(names)).toBe(text);
  });

  it('joins with "or", leaving names that contain "and" whole', () => {
    expect(joinNames(['Qatar', 'Trinidad and Tobago'], 'or')).toBe('Qatar or Trinidad and Tobago');
  });
});
