import { isoDayToTime } from '../../../src/domain/iso-day.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { selectTimelineExtent } from '../../../src/store/selectors.ts';
import { DEFAULT_VIEW } from '../../../src/store/view-state.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const harbour = () => makeHarbourDataset();

describe('createDashboardStore()', () => {
  it('starts on the first case with the default view', () => {
    const state = createDashboardStore([harbour()]).getState();
    expect(state.caseId).toBe('harbour');
    expect(state.hiddenMediators).toEqual(DEFAULT_VIEW.hiddenMediators);
    expect(state.selection).toBeNull();
  });

  it('holds no case when given none', () => {
    expect(createDashboardStore([]).getState().caseId).toBeUndefined();
  });

  it('drops the parts of a starting view that name nothing in the case', () => {
    const state = createDashboardStore([harbour()], undefined, {
      hiddenMediators: ['league', 'atlantis'],
      hiddenIssues: ['fishing_quota', 'fishing_quota'],
      selection: { kind: 'meeting', meetingId: 'gone' },
      compare: ['northland', 'northland'],
      asOf: '2024-02-30',
    }).getState();
    expect(state.hiddenMediators).toEqual(['league']);
    expect(state.hiddenIssues).toEqual(['fishing_quota']);
    expect(state.selection).toBeNull();
    expect(state.compare).toBeNull();
    expect(state.asOf).toBeNull();
  });
});

describe('dashboard actions', () => {
  it('toggleMediator() hides and shows a mediator', () => {
    const store = createDashboardStore([harbour()]);
    store.getState().toggleMediator('league');
    expect(store.getState().hiddenMediators).toEqual(['league']);
    store.getState().toggleMediator('league');
    expect(store.getState().hiddenMediators).toEqual([]);
  });

  it('setRange() keeps the same object for the same range, so nothing re-renders', () => {
    const store = createDashboardStore([harbour()]);
    store.getState().setRange({ from: '2024-02-01', to: '2024-02-29' });
    const range = store.getState().range;
    store.getState().setRange({ from: '2024-02-01', to: '2024-02-29' });
    expect(store.getState().range).toBe(range);
    store.getState().setRange({ from: '2024-03-01', to: '2024-02-01' });
    expect(store.getState().range).toBe(range);
  });

  it('zoomBy() narrows the window about its centre and setZoom() keeps it inside the extent', () => {
    const store = createDashboardStore([harbour()]);
    const [t0, t1] = selectTimelineExtent(store.getState());
    store.getState().zoomBy(2);
    const zoom = store.getState().zoom;
    expect(zoom && zoom[1] - zoom[0]).toBeCloseTo((t1 - t0) / 2);
    store.getState().setZoom([t0 - 1e10, t0 - 1e10 + (t1 - t0) / 4]);
    expect(store.getState().zoom?.[0]).toBe(t0);
    store.getState().zoomBy(0.1);
    expect(store.getState().zoom).toBeNull();
  });

  it('keeps a zoom window from a link inside the extent', () => {
    const store = createDashboardStore([harbour()], undefined, {
      zoom: [isoDayToTime('2000-01-01'), isoDayToTime('2000-01-05')],
    });
    const [t0] = selectTimelineExtent(store.getState());
    expect(store.getState().zoom?.[0]).toBe(t0);
  });

  it('resetFilters() shows everything again but keeps the selection', () => {
    const store = createDashboardStore([harbour()]);
    const s = store.getState();
    s.toggleMediator('league');
    s.toggleParty('northland');
    s.setAsOf('2024-02-20');
    s.select({ kind: 'meeting', meetingId: 'meeting-direct' });
    store.getState().resetFilters();
    expect(store.getState()).toMatchObject({
      hiddenMediators: [],
      hiddenParties: [],
      asOf: null,
      selection: { kind: 'meeting', meetingId: 'meeting-direct' },
    });
  });

  it('selectCase() switches case and starts its view afresh', () => {
    const other = makeHarbourDataset({ case: { id: 'other', title: 'Other talks' } });
    const store = createDashboardStore([harbour(), other]);
    store.getState().toggleMediator('league');
    store.getState().selectCase('other');
    expect(store.getState()).toMatchObject({ caseId: 'other', hiddenMediators: [] });
    store.getState().selectCase('missing');
    expect(store.getState().caseId).toBe('other');
  });
});
