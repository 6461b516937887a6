import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import type { DashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectPositionMatrix,
  selectShownMeetings,
  selectTimelinePositions,
} from '../../../src/store/selectors.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const store = () => createDashboardStore([makeHarbourDataset()]);

// The timeline's selectors work without the matrix; they must still show what it shows.
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
  it.each(changes)(
    'selectTimelinePositions() has the positions of the matrix’s parties and issues, with %s',
    (name, change) => {
      const s = store();
      change(s);
      const state = s.getState();
      const matrix = selectPositionMatrix(state);
      const parties = new Set(matrix?.rows.filter((r) => r.depth === 0).map((r) => r.id));
      const issues = new Set(matrix?.columns.map((c) => c.id));
      const index = state.datasets[0];
      // An actor counts for the party at the top of its parents.
      const partyOf = (actorId: string): string => {
        const parent = index?.actors.find((a) => a.id === actorId)?.parentId;
        return parent ? partyOf(parent) : actorId;
      };
      const expected = (index?.positions ?? []).filter(
        (p) => parties.has(partyOf(p.actorId)) && issues.has(p.issueId),
      );
      // Only hiding every mediator leaves no party, and so no position.
      expect(expected.length === 0).toBe(name === 'every mediator hidden');
      expect(selectTimelinePositions(state)).toEqual(expected);
    },
  );

  it('selectShownMeetings() gives the same array back when a mediator is hidden again', () => {
    const s = store();
    s.getState().toggleMediator('league');
    const hidden = selectShownMeetings(s.getState());
    s.getState().toggleMediator('league');
    s.getState().toggleMediator('league');
    expect(selectShownMeetings(s.getState())).toBe(hidden);
  });

  it('selectTimelinePositions() keeps its array through a brush and an as-of change', () => {
    const s = store();
    const first = selectTimelinePositions(s.getState());
    s.getState().setRange({ from: '2024-02-01', to: '2024-02-25' });
    s.getState().setAsOf('2024-02-25');
    expect(selectTimelinePositions(s.getState())).toBe(first);
  });
});
