import * as chrono from 'chrono-node/en';
import {
  findTense,
  resolveMeetingDate,
  resolveStatementDate,
} from '../../../src/extract/resolve-dates.ts';

describe('resolveMeetingDate()', () => {
  it.each([
    [
      'a weekday in a past report',
      'They met on Monday in Geneva.',
      'past',
      { start: '2025-05-12', precision: 'day' },
    ],
    [
      'the publication weekday itself',
      'Talks opened on Friday.',
      'past',
      { start: '2025-05-16', precision: 'day' },
    ],
    [
      'a weekday in a future report',
      'They will meet on Tuesday.',
      'future',
      { start: '2025-05-20', precision: 'day' },
    ],
    [
      'a day and month',
      'The envoy met both sides on 3 April.',
      'past',
      { start: '2025-04-03', precision: 'day' },
    ],
    ['a month', 'Delegations met in March.', 'past', { start: '2025-03-01', precision: 'month' }],
    [
      'a month later in the year, in a past report',
      'They last met in November.',
      'past',
      { start: '2024-11-01', precision: 'month' },
    ],
    [
      '"last week"',
      'The sides met last week.',
      'past',
      { start: '2025-05-09', precision: 'approximate' },
    ],
    [
      '"recent talks"',
      'Recent talks made progress.',
      'past',
      { start: '2025-05-16', precision: 'before' },
    ],
    [
      '"later this week"',
      'They are due to meet later this week.',
      'future',
      { start: '2025-05-16', precision: 'after' },
    ],
    [
      '"in the coming days"',
      'They will meet in the coming days.',
      'future',
      { start: '2025-05-16', precision: 'after' },
    ],
    [
      'a duration, not a date',
      'They met for the first time in a month.',
      'past',
      { start: '2025-05-16', precision: 'before' },
    ],
  ] as const)('reads %s', (_name, text, tense, expected) => {
    expect(resolveMeetingDate(text, '2025-05-16', tense)).toEqual(expected);
  });

  it('dates "hours after" by the day an earlier sentence named', () => {
    expect(
      resolveMeetingDate(
        'He spoke hours after meeting the envoy.',
        '2025-05-16',
        'past',
        () => '2025-05-14',
      ),
    ).toEqual({
      start: '2025-05-14',
      precision: 'day',
    });
  });

  // The weekday shortcut must agree with chrono-node, which reads everything else.
  it.each(['2024-02-29', '2025-01-01', '2025-05-16', '2023-12-20'])(
    'reads lone weekdays as chrono does, published %s',
    (published) => {
      for (const day of [
        'Monday',
        'Tuesday',
        'Wednesday',
        'Thursday',
        'Friday',
        'Saturday',
        'Sunday',
      ]) {
        const ref = { instant: new Date(`${published}T12:00:00Z`), timezone: 0 };
        let expected =
          chrono.parse(`on ${day}`, ref, { forwardDate: false })[0]?.start.date() ?? new Date(NaN);
        if (expected > ref.instant) expected = new Date(expected.getTime() - 7 * 86_400_000);
        expect(resolveMeetingDate(`They met on ${day}.`, published, 'past').start).toBe(
          expected.toISOString().slice(0, 10),
        );
      }
    },
  );
});

describe('resolveStatementDate()', () => {
  it('takes a day named in the sentence when it is not after publication', () => {
    expect(resolveStatementDate('The minister said on Wednesday that…', '2025-05-16')).toBe(
      '2025-05-14',
    );
    expect(resolveStatementDate('The minister said that…', '2025-05-16')).toBe('2025-05-16');
  });
});

describe('findTense()', () => {
  it.each([
    ['has arrived in Cairo', 'present'],
    ['will meet the envoy', 'future'],
    ['are expected to meet', 'future'],
    ['met the envoy', 'past'],
  ] as const)('reads "%s" as %s', (text, tense) => {
    expect(findTense(text)).toBe(tense);
  });
});
