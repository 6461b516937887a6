import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset.ts';
import { DAY_MS } from '../domain/iso-day.ts';
import type { DayRange, SortOrder } from '../domain/position-matrix.ts';
import { timelineExtent } from '../layout/timeline-layout.ts';
import { getDatasetIndex } from './index-cache.ts';
import type { Selection, ViewState } from './view-state.ts';
import { DEFAULT_VIEW, sanitizeView } from './view-state.ts';

/** The dashboard's actions, beside the state they change. */
export interface DashboardActions {
  selectCase: (caseId: string) => void;
  toggleMediator: (id: string) => void;
  toggleParty: (id: string) => void;
  toggleIssue: (id: string) => void;
  /** Sets the matrix's date range; `null` counts every date. */
  setRange: (range: DayRange | null) => void;
  /** Sets the as-of day; `null` is the dataset's latest day. */
  setAsOf: (day: string | null) => void;
  select: (selection: Selection | null) => void;
  toggleExpanded: (partyId: string) => void;
  setPartySort: (order: SortOrder) => void;
  setIssueSort: (order: SortOrder) => void;
  setCompare: (pair: readonly [string, string] | null) => void;
  /** Sets the timeline's visible window, kept inside the case's extent; `null` shows it all. */
  setZoom: (window: readonly [number, number] | null) => void;
  /** Zooms the timeline about its centre: a factor above 1 zooms in. */
  zoomBy: (factor: number) => void;
  /** Sets the two days the matrix compares stances between; `null` stops comparing. */
  setChange: (change: DayRange | null) => void;
  /** Sets the dispute window in days (a whole number from 0 to 365; others are ignored). */
  setDisputeWindow: (days: number) => void;
  /** Shows every mediator, party, issue and date again. */
  resetFilters: () => void;
  /** Replaces the whole view, e.g. from a link, dropping what the case does not know. */
  applyView: (view: Partial<ViewState>) => void;
  /** Adds a case, or replaces the one with its id (the view is kept where it still applies). */
  putDataset: (dataset: Dataset, options?: { select?: boolean }) => void;
  /** Removes a case; the first remaining one is shown if it was the shown one. */
  removeDataset: (caseId: string) => void;
}

/** The dashboard's state: the cases it holds, which one is shown, and how. */
export interface DashboardState extends ViewState, DashboardActions {
  datasets: readonly Dataset[];
  caseId: string | undefined;
}

/** The shortest window the timeline zooms to. */
const MIN_ZOOM_SPAN = DAY_MS;

function toggled(ids: readonly string[], id: string): string[] {
  return ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id];
}

/** A fresh store per app (and per test), holding the given cases, showing `view` (sanitized). */
export function createDashboardStore(
  datasets: readonly Dataset[],
  caseId?: string,
  view: Partial<ViewState> = {},
) {
  const initial = datasets.find((d) => d.case.id === caseId) ?? datasets[0];
  const sanitize = (dataset: Dataset | undefined, v: Partial<ViewState>): ViewState =>
    dataset ? sanitizeView(v, getDatasetIndex(dataset)) : { ...DEFAULT_VIEW };

  const store = createStore<DashboardState>()((set, get) => {
    const current = () => get().datasets.find((d) => d.case.id === get().caseId);
    const extent = () => {
      const dataset = current();
      if (!dataset) return undefined;
      const index = getDatasetIndex(dataset);
      return timelineExtent(index.firstDay, index.lastDay);
    };
    const clampZoom = (window: readonly [number, number] | null) => {
      const full = extent();
      if (!window || !full) return null;
      const span = Math.min(full[1] - full[0], Math.max(MIN_ZOOM_SPAN, window[1] - window[0]));
      if (span >= full[1] - full[0] - 1) return null;
      const start = Math.min(Math.max(window[0], full[0]), full[1] - span);
      return [start, start + span] as const;
    };
    return {
      datasets,
      caseId: initial?.case.id,
      ...sanitize(initial, view),
      selectCase: (id) => {
        const dataset = get().datasets.find((d) => d.case.id === id);
        if (dataset && id !== get().caseId) set({ caseId: id, ...sanitize(dataset, {}) });
      },
      toggleMediator: (id) => set({ hiddenMediators: toggled(get().hiddenMediators, id) }),
      toggleParty: (id) => set({ hiddenParties: toggled(get().hiddenParties, id) }),
      toggleIssue: (id) => set({ hiddenIssues: toggled(get().hiddenIssues, id) }),
      setRange: (range) => {
        const old = get().range;
        if (range && range.from > range.to) return;
        if (old?.from === range?.from && old?.to === range?.to) return;
        set({ range: range && { from: range.from, to: range.to } });
      },
      setAsOf: (asOf) => set({ asOf }),
      select: (selection) => set({ selection }),
      toggleExpanded: (partyId) => set({ expanded: toggled(get().expanded, partyId) }),
      setPartySort: (partySort) => set({ partySort }),
      setIssueSort: (issueSort) => set({ issueSort }),
      setCompare: (compare) => set({ compare }),
      setZoom: (window) => {
        const zoom = clampZoom(window);
        const old = get().zoom;
        if (zoom === old || (zoom && old && zoom[0] === old[0] && zoom[1] === old[1])) return;
        set({ zoom });
      },
      zoomBy: (factor) => {
        const window = get().zoom ?? extent();
        if (!window) return;
        const mid = (window[0] + window[1]) / 2;
        const half = (window[1] - window[0]) / factor / 2;
        get().setZoom([mid - half, mid + half]);
      },
      setChange: (change) => {
        const old = get().change;
        const next = sanitize(current(), { change }).change;
        if (old?.from === next?.from && old?.to === next?.to) return;
        set({ change: next });
      },
      setDisputeWindow: (days) => {
        const next = sanitize(current(), { disputeWindow: days }).disputeWindow;
        if (next === days && next !== get().disputeWindow) set({ disputeWindow: next });
      },
      resetFilters: () =>
        set({ hiddenMediators: [], hiddenParties: [], hiddenIssues: [], range: null, asOf: null }),
      applyView: (v) => {
        const next = sanitize(current(), v);
        set({ ...next, zoom: clampZoom(next.zoom) });
      },
      putDataset: (dataset, options = {}) => {
        const id = dataset.case.id;
        const list = get().datasets;
        const at = list.findIndex((d) => d.case.id === id);
        const datasets = at < 0 ? [...list, dataset] : list.map((d, i) => (i === at ? dataset : d));
        if (options.select && id !== get().caseId) {
          set({ datasets, caseId: id, ...sanitize(dataset, {}) });
        } else if (id === get().caseId) {
          const { zoom, ...view } = sanitize(dataset, get());
          set({ datasets, ...view });
          get().setZoom(zoom);
        } else set({ datasets });
      },
      removeDataset: (caseId) => {
        const datasets = get().datasets.filter((d) => d.case.id !== caseId);
        if (caseId !== get().caseId) set({ datasets });
        else set({ datasets, caseId: datasets[0]?.case.id, ...sanitize(datasets[0], {}) });
      },
    };
  });
  // A zoom window from a link is kept inside the case's extent like any other.
  const { zoom } = store.getState();
  if (zoom) {
    store.setState({ zoom: null });
    store.getState().setZoom(zoom);
  }
  return store;
}

/** A store made by {@link createDashboardStore}. */
export type DashboardStore = ReturnType<typeof createDashboardStore>;
