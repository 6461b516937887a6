import type { DatasetIndex } from '../domain/dataset-index.ts';
import { isIsoDay } from '../domain/iso-day.ts';
import { NO_MEDIATOR } from '../domain/meetings-in-range.ts';
import type { DayRange, SortOrder } from '../domain/position-matrix.ts';

/**
 * What is selected: a matrix cell (a row's actor and an issue), a meeting, a proposal, one position (an
 * edge of the sequencing graph: the conditional position that states it) or an issue (a node
 * of the sequencing graph).
 */
export type Selection =
  | { kind: 'cell'; rowId: string; issueId: string }
  | { kind: 'meeting'; meetingId: string }
  | { kind: 'proposal'; proposalId: string }
  | { kind: 'position'; positionId: string }
  | { kind: 'issue'; issueId: string };

/** The default window, in days, within which two reports that disagree make a dispute. */
export const DEFAULT_DISPUTE_WINDOW = 7;
/** The widest dispute window a link may ask for. */
export const MAX_DISPUTE_WINDOW = 365;

/** Everything a link reproduces: filters, dates, selection, sorting, compare pair, zoom window. */
export interface ViewState {
  /** Mediators whose meetings are hidden; {@link NO_MEDIATOR} hides meetings without one. */
  hiddenMediators: readonly string[];
  hiddenParties: readonly string[];
  hiddenIssues: readonly string[];
  /** The date range the matrix counts positions in (the timeline's brush); `null` is all. */
  range: DayRange | null;
  /** The day the matrix shows positions as of; `null` is the dataset's latest day. */
  asOf: string | null;
  selection: Selection | null;
  /** Parties whose factions and people are shown as rows. */
  expanded: readonly string[];
  partySort: SortOrder;
  issueSort: SortOrder;
  /** The two parties compared; `null` is the first two. */
  compare: readonly [string, string] | null;
  /** The timeline's visible window in UTC milliseconds; `null` is the whole extent. */
  zoom: readonly [number, number] | null;
  /** The two days the matrix compares stances between; `null` is no comparison. */
  change: DayRange | null;
  /** Two sources that disagree within this many days make a disputed claim. */
  disputeWindow: number;
}

/** The view a fresh dashboard shows: everything selected, nothing zoomed. */
export const DEFAULT_VIEW: ViewState = {
  hiddenMediators: [],
  hiddenParties: [],
  hiddenIssues: [],
  range: null,
  asOf: null,
  selection: null,
  expanded: [],
  partySort: { by: 'dataset' },
  issueSort: { by: 'dataset' },
  compare: null,
  zoom: null,
  change: null,
  disputeWindow: DEFAULT_DISPUTE_WINDOW,
};

/** The parts of the view that are filters: changing them adds a Back/Forward step. */
export const FILTER_KEYS = [
  'hiddenMediators',
  'hiddenParties',
  'hiddenIssues',
  'range',
  'asOf',
  'compare',
  'change',
  'disputeWindow',
] as const satisfies readonly (keyof ViewState)[];

function keepKnown(ids: readonly string[] | undefined, known: (id: string) => boolean): string[] {
  return [...new Set((ids ?? []).filter(known))];
}

function isRange(range: DayRange | null | undefined): range is DayRange {
  return !!range && isIsoDay(range.from) && isIsoDay(range.to) && range.from <= range.to;
}

/**
 * A complete view from a partial one, keeping only what names something in the dataset:
 * a stale id or a malformed value falls back to its default, never to an error.
 */
export function sanitizeView(view: Partial<ViewState>, index: DatasetIndex): ViewState {
  const isMediator = (id: string) => id === NO_MEDIATOR || index.mediators.some((m) => m.id === id);
  const partyIds = new Set(index.partyRows.map((a) => a.id));
  const isRow = (id: string) =>
    partyIds.has(id) || [...index.membersOf.values()].some((ms) => ms.some((m) => m.id === id));
  const selection = view.selection;
  const validSelection =
    selection &&
    (selection.kind === 'cell'
      ? isRow(selection.rowId) && index.issuesById.has(selection.issueId)
      : selection.kind === 'meeting'
        ? index.meetingsById.has(selection.meetingId)
        : selection.kind === 'proposal'
          ? index.proposalsById.has(selection.proposalId)
          : selection.kind === 'issue'
            ? index.issuesById.has(selection.issueId)
            : index.dataset.positions.some((p) => p.id === selection.positionId));
  const sort = (order: SortOrder | undefined, validKey: (key: string) => boolean): SortOrder => {
    if (!order) return { by: 'dataset' };
    if (order.by === 'stance') return validKey(order.key) ? order : { by: 'dataset' };
    return order.by === 'name' ? order : { by: 'dataset' };
  };
  const compare = view.compare;
  const zoom = view.zoom;
  const change = view.change;
  const disputeWindow = view.disputeWindow;
  return {
    hiddenMediators: keepKnown(view.hiddenMediators, isMediator),
    hiddenParties: keepKnown(view.hiddenParties, (id) => partyIds.has(id)),
    hiddenIssues: keepKnown(view.hiddenIssues, (id) => index.issuesById.has(id)),
    range: isRange(view.range) ? { from: view.range.from, to: view.range.to } : null,
    asOf: view.asOf && isIsoDay(view.asOf) ? view.asOf : null,
    selection: validSelection ? selection : null,
    expanded: keepKnown(view.expanded, (id) => index.membersOf.has(id)),
    partySort: sort(view.partySort, (key) => index.issuesById.has(key)),
    issueSort: sort(view.issueSort, (key) => partyIds.has(key)),
    compare:
      compare && compare[0] !== compare[1] && partyIds.has(compare[0]) && partyIds.has(compare[1])
        ? [compare[0], compare[1]]
        : null,
    zoom:
      zoom && Number.isFinite(zoom[0]) && Number.isFinite(zoom[1]) && zoom[0] < zoom[1]
        ? [zoom[0], zoom[1]]
        : null,
    // Two days in either order compare the earlier with the later.
    change:
      change && isIsoDay(change.from) && isIsoDay(change.to)
        ? change.from <= change.to
          ? { from: change.from, to: change.to }
          : { from: change.to, to: change.from }
        : null,
    disputeWindow:
      typeof disputeWindow === 'number' &&
      Number.isInteger(disputeWindow) &&
      disputeWindow >= 0 &&
      disputeWindow <= MAX_DISPUTE_WINDOW
        ? disputeWindow
        : DEFAULT_DISPUTE_WINDOW,
  };
}
