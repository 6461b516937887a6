import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { selectComparePair, selectComparison } from '../../../src/store/compare-selectors.ts';
import {
  selectAsOf,
  selectMatrixLayout,
  selectPartyScope,
  selectPositionMatrix,
  selectSelectedPositions,
  selectShownMeetings,
  selectTimelineLanes,
  selectTimelinePositions,
} from '../../../src/store/selectors.ts';
import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const store = () => createDashboardStore([makeHarbourDataset()]);

describe('memoised selectors', () => {
  it.each([
    ['selectPositionMatrix', selectPositionMatrix],
    ['selectMatrixLayout', selectMatrixLayout],
    ['selectShownMeetings', selectShownMeetings],
    ['selectTimelineLanes', selectTimelineLanes],
    ['selectTimelinePositions', selectTimelinePositions],
    ['selectComparison', selectComparison],
  ] as const)('%s() returns the same object for the same state', (_, selector) => {
    const s = store();
    const first = selector(s.getState());
    s.getState().select({ kind: 'meeting', meetingId: 'meeting-direct' });
    expect(selector(s.getState())).toBe(first);
  });

  it('selectPositionMatrix() recomputes when a filter changes', () => {
    const s = store();
    const first = selectPositionMatrix(s.getState());
    s.getState().toggleIssue('blockade');
    expect(selectPositionMatrix(s.getState())).not.toBe(first);
    expect(selectPositionMatrix(s.getState())?.columns).toHaveLength(2);
  });

  it('selectPositionMatrix() and the views after it keep their objects when a filter leaves the matrix as it was', () => {
    const s = store();
    const matrix = selectPositionMatrix(s.getState());
    const layout = selectMatrixLayout(s.getState());
    // Hiding meetings without a mediator leaves every party engaged through another one.
    s.getState().toggleMediator(NO_MEDIATOR);
    expect(selectPartyScope(s.getState())).not.toBeNull();
    expect(selectPositionMatrix(s.getState())).toBe(matrix);
    expect(selectMatrixLayout(s.getState())).toBe(layout);
  });

  it('selectTimelinePositions() keeps its list when only the dates change (the brush)', () => {
    const s = store();
    const positions = selectTimelinePositions(s.getState());
    s.getState().setRange({ from: '2024-01-01', to: '2024-02-01' });
    expect(selectPositionMatrix(s.getState())?.filledCount).not.toBe(
      selectPositionMatrix(store().getState())?.filledCount,
    );
    expect(selectTimelinePositions(s.getState())).toBe(positions);
    s.getState().toggleParty('southport');
    expect(selectTimelinePositions(s.getState())).not.toBe(positions);
  });
});

describe('mediator filter', () => {
  it('shows every party while all mediators are selected', () => {
    expect(selectPartyScope(store().getState())).toBeNull();
  });

  it('restricts the matrix to parties engaged through the selected mediators', () => {
    const s = store();
    s.getState().toggleMediator('league');
    s.getState().toggleMediator(NO_MEDIATOR);
    // Left: the council's meetings, the month on the island (Ada Lind, of Northland) and the
    // "before" meeting it shares with the league (Southport).
    expect(selectShownMeetings(s.getState()).map((m) => m.id)).toEqual([
      'meeting-island-month',
      'meeting-before',
    ]);
    expect(selectPositionMatrix(s.getState())?.rows.map((r) => r.id)).toEqual([
      'northland',
      'southport',
    ]);
    s.getState().toggleMediator('council');
    expect(selectShownMeetings(s.getState())).toEqual([]);
    expect(selectPositionMatrix(s.getState())?.rows).toEqual([]);
  });

  it('drops the lanes of hidden mediators', () => {
    const s = store();
    s.getState().toggleMediator('council');
    expect(selectTimelineLanes(s.getState()).map((l) => l.label)).toEqual([
      'Coastal League',
      'No mediator',
    ]);
  });
});

describe('dates and selection', () => {
  it('selectAsOf() defaults to the case’s latest day', () => {
    expect(selectAsOf(store().getState())).toBe('2024-03-02');
  });

  it('selectSelectedPositions() lists the selected cell’s records, latest first', () => {
    const s = store();
    s.getState().select({ kind: 'cell', rowId: 'northland', issueId: 'fishing_quota' });
    expect(selectSelectedPositions(s.getState()).map((p) => p.stance)).toEqual(['open', 'oppose']);
    s.getState().setAsOf('2024-02-25');
    expect(selectSelectedPositions(s.getState()).map((p) => p.stance)).toEqual(['oppose']);
  });

  it('selectComparePair() defaults to the first two parties', () => {
    expect(selectComparePair(store().getState())).toEqual(['northland', 'southport']);
  });
});
