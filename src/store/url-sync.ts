import { isIsoDay, isoDayToTime, timeToIsoDay } from '../domain/iso-day.ts';
import { NO_MEDIATOR } from '../domain/meetings-in-range.ts';
import type { SortOrder } from '../domain/position-matrix.ts';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';
import type { Selection, ViewState } from './view-state.ts';
import { DEFAULT_VIEW, FILTER_KEYS } from './view-state.ts';

/** How "No mediator" is written in a link (no actor id starts with `~` in practice). */
const NO_MEDIATOR_PARAM = '~none';

/** Query parameter names, one per part of the view. */
const P = {
  case: 'case',
  hideMediator: 'hide-mediator',
  hideParty: 'hide-party',
  hideIssue: 'hide-issue',
  from: 'from',
  to: 'to',
  asOf: 'as-of',
  cellParty: 'cell-party',
  cellIssue: 'cell-issue',
  meeting: 'meeting',
  proposal: 'proposal',
  expand: 'expand',
  sortParties: 'sort-parties',
  sortIssues: 'sort-issues',
  compare: 'compare',
  zoomFrom: 'zoom-from',
  zoomTo: 'zoom-to',
  position: 'position',
  issue: 'issue',
  changeFrom: 'change-from',
  changeTo: 'change-to',
  disputeWindow: 'dispute-window',
} as const;

function parseSort(value: string | null): SortOrder | undefined {
  if (value === 'name') return { by: 'name' };
  if (value?.startsWith('stance:') && value.length > 7)
    return { by: 'stance', key: value.slice(7) };
  return undefined;
}

function formatSort(order: SortOrder): string | undefined {
  if (order.by === 'name') return 'name';
  if (order.by === 'stance') return `stance:${order.key}`;
  return undefined;
}

function parseTime(value: string | null): number | undefined {
  if (!value) return undefined;
  if (isIsoDay(value)) return isoDayToTime(value);
  if (!/^\d{4}-\d{2}-\d{2}T[\d:.]+Z$/.test(value)) return undefined;
  const time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

function formatTime(time: number): string {
  const iso = new Date(Math.round(time / 60_000) * 60_000).toISOString();
  return iso.endsWith('T00:00:00.000Z') ? timeToIsoDay(time) : iso.replace(':00.000Z', 'Z');
}

/**
 * Reads a view from a query string. Only the shape is checked here; the store drops what the
 * case does not know ({@link sanitizeView}), so a bad or stale value falls back to its default.
 */
export function parseViewQuery(search: string): { caseId?: string; view: Partial<ViewState> } {
  const q = new URLSearchParams(search);
  const view: Partial<ViewState> = {};
  const all = (name: string) => q.getAll(name).filter((v) => v !== '');
  if (q.has(P.hideMediator)) {
    view.hiddenMediators = all(P.hideMediator).map((v) =>
      v === NO_MEDIATOR_PARAM ? NO_MEDIATOR : v,
    );
  }
  if (q.has(P.hideParty)) view.hiddenParties = all(P.hideParty);
  if (q.has(P.hideIssue)) view.hiddenIssues = all(P.hideIssue);
  const from = q.get(P.from);
  const to = q.get(P.to);
  if (from && to) view.range = { from, to };
  const asOf = q.get(P.asOf);
  if (asOf) view.asOf = asOf;
  const cellParty = q.get(P.cellParty);
  const cellIssue = q.get(P.cellIssue);
  const meeting = q.get(P.meeting);
  let selection: Selection | undefined;
  if (cellParty && cellIssue) selection = { kind: 'cell', rowId: cellParty, issueId: cellIssue };
  else if (meeting) selection = { kind: 'meeting', meetingId: meeting };
  else if (q.get(P.proposal)) selection = { kind: 'proposal', proposalId: q.get(P.proposal) ?? '' };
  else if (q.get(P.position)) selection = { kind: 'position', positionId: q.get(P.position) ?? '' };
  else if (q.get(P.issue)) selection = { kind: 'issue', issueId: q.get(P.issue) ?? '' };
  if (selection) view.selection = selection;
  if (q.has(P.expand)) view.expanded = all(P.expand);
  const partySort = parseSort(q.get(P.sortParties));
  if (partySort) view.partySort = partySort;
  const issueSort = parseSort(q.get(P.sortIssues));
  if (issueSort) view.issueSort = issueSort;
  const [first, second] = all(P.compare);
  if (first && second) view.compare = [first, second];
  const zoomFrom = parseTime(q.get(P.zoomFrom));
  const zoomTo = parseTime(q.get(P.zoomTo));
  if (zoomFrom !== undefined && zoomTo !== undefined) view.zoom = [zoomFrom, zoomTo];
  const changeFrom = q.get(P.changeFrom);
  const changeTo = q.get(P.changeTo);
  if (changeFrom && changeTo) view.change = { from: changeFrom, to: changeTo };
  const disputeWindow = q.get(P.disputeWindow);
  // Digits only: "7.5", "1e1" or "" fall back to the default.
  if (disputeWindow && /^\d{1,4}$/.test(disputeWindow)) view.disputeWindow = Number(disputeWindow);
  const caseId = q.get(P.case) ?? undefined;
  return caseId ? { caseId, view } : { view };
}

/** Writes a view as a query string, leaving out whatever is at its default. */
export function formatViewQuery(view: ViewState, caseId?: string): string {
  const q = new URLSearchParams();
  if (caseId) q.set(P.case, caseId);
  for (const id of view.hiddenMediators) {
    q.append(P.hideMediator, id === NO_MEDIATOR ? NO_MEDIATOR_PARAM : id);
  }
  for (const id of view.hiddenParties) q.append(P.hideParty, id);
  for (const id of view.hiddenIssues) q.append(P.hideIssue, id);
  if (view.range) {
    q.set(P.from, view.range.from);
    q.set(P.to, view.range.to);
  }
  if (view.asOf) q.set(P.asOf, view.asOf);
  if (view.selection?.kind === 'cell') {
    q.set(P.cellParty, view.selection.rowId);
    q.set(P.cellIssue, view.selection.issueId);
  } else if (view.selection?.kind === 'meeting') {
    q.set(P.meeting, view.selection.meetingId);
  } else if (view.selection?.kind === 'proposal') {
    q.set(P.proposal, view.selection.proposalId);
  } else if (view.selection?.kind === 'position') {
    q.set(P.position, view.selection.positionId);
  } else if (view.selection?.kind === 'issue') {
    q.set(P.issue, view.selection.issueId);
  }
  for (const id of view.expanded) q.append(P.expand, id);
  const partySort = formatSort(view.partySort);
  if (partySort) q.set(P.sortParties, partySort);
  const issueSort = formatSort(view.issueSort);
  if (issueSort) q.set(P.sortIssues, issueSort);
  if (view.compare) for (const id of view.compare) q.append(P.compare, id);
  if (view.zoom) {
    q.set(P.zoomFrom, formatTime(view.zoom[0]));
    q.set(P.zoomTo, formatTime(view.zoom[1]));
  }
  if (view.change) {
    q.set(P.changeFrom, view.change.from);
    q.set(P.changeTo, view.change.to);
  }
  if (view.disputeWindow !== DEFAULT_VIEW.disputeWindow) {
    q.set(P.disputeWindow, String(view.disputeWindow));
  }
  return q.toString();
}

/** The view part of the store's state. */
export function pickView(state: DashboardState): ViewState {
  const view = {} as Record<keyof ViewState, unknown>;
  for (const key of Object.keys(DEFAULT_VIEW) as (keyof ViewState)[]) view[key] = state[key];
  return view as unknown as ViewState;
}

/** The query string of the store's current view (with the case when the store holds several). */
export function queryOfState(state: DashboardState): string {
  const caseId = state.datasets.length > 1 ? state.caseId : undefined;
  return formatViewQuery(pickView(state), caseId);
}

/** The window and history a sync needs; `window` in the app, a fake in tests. */
export interface UrlHost {
  location: { pathname: string; search: string; hash: string };
  history: Pick<History, 'pushState' | 'replaceState'>;
  addEventListener: (type: 'popstate', listener: () => void) => void;
  removeEventListener: (type: 'popstate', listener: () => void) => void;
}

/** How a sync writes the URL besides the view. */
export interface UrlSyncOptions {
  /** A query kept in front of the view's, e.g. `embed=matrix`: the mode the page is in. */
  keep?: string;
  /**
   * Replace the history entry on every change, never push one. An embedded page sets it: an
   * iframe's history steps are the host page's, and its Back button should leave the host page.
   */
  replaceOnly?: boolean;
}

/** Minor changes (selection, zoom, sorting) rewrite the URL at most this often. */
const REPLACE_INTERVAL_MS = 250;

/**
 * Runs a function soon after the next frame is painted. History calls cost milliseconds here
 * (they talk to the browser process), so they wait until the view has been drawn, and then for a
 * task of their own, behind whatever else was waiting for that frame.
 */
export function afterNextPaint(fn: () => void): void {
  if (typeof requestAnimationFrame !== 'function') {
    setTimeout(fn, 0);
    return;
  }
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => setTimeout(fn, 0);
    channel.port2.postMessage(null);
  });
}

/**
 * Mirrors the store's view in the URL: filter changes push a history entry (Back/Forward walk
 * through them), minor ones replace it; Back/Forward read the URL back into the store.
 * Writes happen through `schedule` (after the next paint by default; tests pass `fn => fn()`).
 * Returns a function that stops the sync.
 */
export function syncStoreWithUrl(
  store: DashboardStore,
  host: UrlHost = window,
  schedule: (write: () => void) => void = afterNextPaint,
  { keep = '', replaceOnly = false }: UrlSyncOptions = {},
): () => void {
  let applying = false;
  let lastReplace = -Infinity;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let scheduled = false;
  let pushPending = false;
  let stopped = false;

  const urlFor = (query: string) =>
    `${host.location.pathname}${query ? `?${query}` : ''}${host.location.hash}`;
  const currentQuery = () => host.location.search.replace(/^\?/, '');
  const queryOf = (state: DashboardState) =>
    [keep, queryOfState(state)].filter((q) => q !== '').join('&');

  const write = () => {
    scheduled = false;
    if (stopped) return;
    const query = queryOf(store.getState());
    const push = pushPending && !replaceOnly;
    pushPending = false;
    if (query === currentQuery()) return;
    if (push) {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      host.history.pushState(null, '', urlFor(query));
    } else {
      lastReplace = Date.now();
      host.history.replaceState(null, '', urlFor(query));
    }
  };
  const scheduleWrite = () => {
    if (scheduled) return;
    scheduled = true;
    schedule(write);
  };

  const onChange = (state: DashboardState, prev: DashboardState) => {
    const filterChanged =
      state.caseId !== prev.caseId || FILTER_KEYS.some((key) => state[key] !== prev[key]);
    if (filterChanged && !applying) {
      // Several filter changes before one paint make one history step.
      pushPending = true;
      scheduleWrite();
      return;
    }
    // Zooming fires many changes a second; browsers throttle history calls that come that fast.
    const wait = lastReplace + REPLACE_INTERVAL_MS - Date.now();
    if (wait <= 0) scheduleWrite();
    else
      timer ??= setTimeout(() => {
        timer = undefined;
        scheduleWrite();
      }, wait);
  };

  const onPopState = () => {
    const { caseId, view } = parseViewQuery(host.location.search);
    applying = true;
    try {
      const state = store.getState();
      if (caseId) state.selectCase(caseId);
      store.getState().applyView(view);
    } finally {
      applying = false;
    }
  };

  const unsubscribe = store.subscribe(onChange);
  host.addEventListener('popstate', onPopState);
  // The link as read may hold bad or stale values: rewrite it as the view it gave.
  const initial = queryOf(store.getState());
  if (initial !== currentQuery()) host.history.replaceState(null, '', urlFor(initial));
  return () => {
    stopped = true;
    unsubscribe();
    host.removeEventListener('popstate', onPopState);
    if (timer !== undefined) clearTimeout(timer);
  };
}
