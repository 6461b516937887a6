import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { selectMeetingsBetweenChange } from '../../../src/store/analysis-selectors.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import type { DashboardStore } from '../../../src/store/dashboard-store.ts';
import { selectShownMeetings, selectTimelinePositions } from '../../../src/store/selectors.ts';
import {
  meetingsByDate,
  selectTimelineBetweenChange,
  selectTimelineMeetings,
  selectTimelinePositionMarks,
} from '../../../src/store/timeline-selectors.ts';
import { makeHarbourDataset, makeMeeting } from '../../fixtures/dataset-builders.ts';

const store = () => createDashboardStore([makeHarbourDataset()]);

describe('meetingsByDate()', () => {
  it('orders meetings by their first day, keeping the order of ties', () => {
    const meetings = [
      makeMeeting({ id: 'b', date: { start: '2024-03-01', precision: 'day' } }),
      makeMeeting({ id: 'a', date: { start: '2024-01-01', precision: 'month' } }),
      makeMeeting({ id: 'c', date: { start: '2024-03-01', precision: 'before' } }),
    ];
    expect(meetingsByDate(meetings).map((m) => m.id)).toEqual(['a', 'b', 'c']);
  });

  it('returns a list already in date order as it is, and sorts each list once', () => {
    const sorted = [
      makeMeeting({ id: 'a', date: { start: '2024-01-01', precision: 'day' } }),
      makeMeeting({ id: 'b', date: { start: '2024-01-02', precision: 'day' } }),
    ];
    expect(meetingsByDate(sorted)).toBe(sorted);
    const unsorted = [...sorted].reverse();
    expect(meetingsByDate(unsorted)).toBe(meetingsByDate(unsorted));
  });
});

// The timeline's selectors give what the shared ones give, without the matrix behind them.
const changes: [string, (s: DashboardStore) => void][] = [
  ['nothing hidden', () => {}],
  ['a mediator hidden', (s) => s.getState().toggleMediator('league')],
  ['"No mediator" hidden', (s) => s.getState().toggleMediator(NO_MEDIATOR)],
  [
    'every mediator hidden',
    (s) => {
      for (const id of ['league', 'council', NO_MEDIATOR]) s.getState().toggleMediator(id);
    },
  ],
  ['a party hidden', (s) => s.getState().toggleParty('northland')],
  ['an issue hidden', (s) => s.getState().toggleIssue('blockade')],
  [
    'a date range and a change window',
    (s) => {
      s.getState().setRange({ from: '2024-02-01', to: '2024-02-25' });
      s.getState().setChange({ from: '2024-02-01', to: '2024-03-01' });
    },
  ],
];

describe('timeline selectors', () => {
  it.each(changes)('selectTimelineMeetings() lists the shown meetings, with %s', (_, change) => {
    const s = store();
    change(s);
    expect(selectTimelineMeetings(s.getState())).toEqual(selectShownMeetings(s.getState()));
  });

  it.each(changes)(
    'selectTimelinePositionMarks() has the matrix’s parties and issues, with %s',
    (_, change) => {
      const s = store();
      change(s);
      expect(selectTimelinePositionMarks(s.getState())).toEqual(
        selectTimelinePositions(s.getState()),
      );
    },
  );

  it.each(changes)(
    'selectTimelineBetweenChange() rings the same meetings, with %s',
    (_, change) => {
      const s = store();
      change(s);
      expect(selectTimelineBetweenChange(s.getState())).toEqual(
        selectMeetingsBetweenChange(s.getState()),
      );
    },
  );

  it('selectTimelineMeetings() gives the same array back when a mediator is hidden again', () => {
    const s = store();
    s.getState().toggleMediator('league');
    const hidden = selectTimelineMeetings(s.getState());
    s.getState().toggleMediator('league');
    s.getState().toggleMediator('league');
    expect(selectTimelineMeetings(s.getState())).toBe(hidden);
  });

  it('selectTimelinePositionMarks() keeps its array through a brush and an as-of change', () => {
    const s = store();
    const first = selectTimelinePositionMarks(s.getState());
    s.getState().setRange({ from: '2024-02-01', to: '2024-02-25' });
    s.getState().setAsOf('2024-02-25');
    expect(selectTimelinePositionMarks(s.getState())).toBe(first);
  });
});
