import {
  selectAnalysedMatrixLayout,
  selectAnalysisEvidence,
  selectDisputedClaims,
  selectMeetingsBetweenChange,
  selectSequencingGraph,
  selectStanceChanges,
} from '../../../src/store/analysis-selectors.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { DEFAULT_DISPUTE_WINDOW } from '../../../src/store/view-state.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const storeOf = () => createDashboardStore([makeHarbourDataset()]);

describe('setChange() and setDisputeWindow()', () => {
  it('set the compared days (earlier first) and clear them', () => {
    const store = storeOf();
    store.getState().setChange({ from: '2024-03-02', to: '2024-02-25' });
    expect(store.getState().change).toEqual({ from: '2024-02-25', to: '2024-03-02' });
    store.getState().setChange(null);
    expect(store.getState().change).toBeNull();
  });

  it.each([-1, 2.5, 400, Number.NaN])('ignore a dispute window of %d days', (days) => {
    const store = storeOf();
    store.getState().setDisputeWindow(days);
    expect(store.getState().disputeWindow).toBe(DEFAULT_DISPUTE_WINDOW);
  });

  it('keep a whole number of days from 0 to 365', () => {
    const store = storeOf();
    store.getState().setDisputeWindow(0);
    expect(store.getState().disputeWindow).toBe(0);
  });
});

describe('the analysis selectors', () => {
  it('return the same objects for the same state', () => {
    const state = storeOf().getState();
    for (const select of [
      selectSequencingGraph,
      selectStanceChanges,
      selectDisputedClaims,
      selectAnalysedMatrixLayout,
      selectMeetingsBetweenChange,
      selectAnalysisEvidence,
    ]) {
      expect(select(state)).toBe(select(state));
    }
  });

  it('selectStanceChanges() is null until two days are compared', () => {
    const store = storeOf();
    expect(selectStanceChanges(store.getState())).toBeNull();
    store.getState().setChange({ from: '2024-02-25', to: '2024-03-02' });
    expect(selectStanceChanges(store.getState())?.get('northland|fishing_quota')).toMatchObject({
      change: 'changed',
      direction: 1,
    });
  });

  it('selectMeetingsBetweenChange() marks the meetings that may lie between the two days', () => {
    const store = storeOf();
    expect(selectMeetingsBetweenChange(store.getState()).size).toBe(0);
    store.getState().setChange({ from: '2024-02-19', to: '2024-02-21' });
    expect([...selectMeetingsBetweenChange(store.getState())].sort()).toEqual([
      'meeting-before',
      'meeting-direct',
      'meeting-island-month',
    ]);
  });

  it('selectAnalysedMatrixLayout() names only party rows’ changes, not their members’', () => {
    const store = storeOf();
    store.getState().toggleExpanded('northland');
    store.getState().setChange({ from: '2024-02-25', to: '2024-03-02' });
    const layout = selectAnalysedMatrixLayout(store.getState());
    const names = layout?.cells.flat().map((c) => c.name) ?? [];
    expect(names).toContain('Northland — Fishing quota: changed from oppose to open');
    expect(names).toContain('Ada Lind — Fishing quota: open');
  });

  it('selectAnalysisEvidence() puts a changed cell’s two dates side by side', () => {
    const store = storeOf();
    store.getState().setChange({ from: '2024-02-25', to: '2024-03-02' });
    store.getState().select({ kind: 'cell', rowId: 'northland', issueId: 'fishing_quota' });
    const [block] = selectAnalysisEvidence(store.getState());
    expect(block?.sideBySide).toBe(true);
    expect(block?.groups.map((g) => [g.heading, g.positions.map((p) => p.stance)])).toEqual([
      ['As of 2024-02-25', ['oppose']],
      ['As of 2024-03-02', ['open']],
    ]);
  });
});
