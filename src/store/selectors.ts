import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Dataset, Meeting, Position, Proposal } from '../domain/dataset.ts';
import {
  filterSortedMeetingsByMediators,
  findPartiesEngagedThrough,
  NO_MEDIATOR,
} from '../domain/meetings-in-range.ts';
import { buildPositionMatrix, selectCellPositions } from '../domain/position-matrix.ts';
import {
  filterProposalsByMediators,
  PARTY_PROPOSALS,
  proposalLaneKeys,
} from '../domain/proposals-in-view.ts';
import type { MatrixOptions, PositionMatrix, PreviousMatrix } from '../domain/position-matrix.ts';
import type { MatrixLayout } from '../layout/matrix-layout.ts';
import { layoutMatrix } from '../layout/matrix-layout.ts';
import type { TimelineLane } from '../layout/timeline-layout.ts';
import { timelineExtent } from '../layout/timeline-layout.ts';
import type { DashboardState } from './dashboard-store.ts';
import { getDatasetIndex } from './index-cache.ts';

/**
 * A selector that recomputes only when one of the values `pick` returns changes (by identity),
 * so components get the same object back and zustand does not re-render them.
 */
export function memo<I extends readonly unknown[], R>(
  pick: (state: DashboardState) => [...I],
  combine: (...args: I) => R,
): (state: DashboardState) => R {
  let last: I | undefined;
  let result: R;
  return (state) => {
    const args = pick(state) as unknown as I;
    if (last && args.length === last.length && args.every((a, i) => Object.is(a, last?.[i]))) {
      return result;
    }
    last = args;
    result = combine(...args);
    return result;
  };
}

/**
 * A selector that hands back its previous result while `equal` finds the new one the same, so
 * what is derived from it (and the views reading it) stays put.
 */
export function keepWhileEqual<R>(
  selector: (state: DashboardState) => R,
  equal: (a: R, b: R) => boolean,
): (state: DashboardState) => R {
  let kept: { value: R } | undefined;
  return (state) => {
    const value = selector(state);
    if (!kept || (kept.value !== value && !equal(kept.value, value))) kept = { value };
    return kept.value;
  };
}

/** The case being shown, if the store holds any. */
export function selectDataset(state: DashboardState): Dataset | undefined {
  return state.datasets.find((d) => d.case.id === state.caseId);
}

/** The lookups of the case being shown. */
export function selectIndex(state: DashboardState): DatasetIndex | undefined {
  const dataset = selectDataset(state);
  return dataset && getDatasetIndex(dataset);
}

/** The day the matrix shows positions as of: the chosen one, else the case's latest day. */
export function selectAsOf(state: DashboardState): string | undefined {
  return state.asOf ?? selectIndex(state)?.lastDay;
}

const shownMeetingsCache = new WeakMap<readonly Meeting[], Map<string, readonly Meeting[]>>();

/**
 * Meetings with at least one shown mediator (or none, when "No mediator" is shown), by date; the
 * same array for the same hidden mediators, so a filter toggled back finds its timeline plan again.
 */
export const selectShownMeetings = memo(
  (s) => [selectIndex(s), s.hiddenMediators],
  (index, hidden): readonly Meeting[] => {
    if (!index) return [];
    const sorted = index.meetingsByDate;
    if (hidden.length === 0) return sorted;
    const key = [...hidden].sort().join('\u0000');
    let lists = shownMeetingsCache.get(sorted);
    if (!lists) shownMeetingsCache.set(sorted, (lists = new Map()));
    let shown = lists.get(key);
    if (!shown) {
      shown = filterSortedMeetingsByMediators(sorted, new Set(hidden));
      // A few hidden sets per case at most are toggled between.
      if (lists.size >= 8) lists.clear();
      lists.set(key, shown);
    }
    return shown;
  },
);

/**
 * The parties the matrix is restricted to when some mediator is hidden: those whose actors
 * took part in a shown meeting. `null` (no restriction) while every mediator is shown.
 */
export const selectPartyScope = memo(
  (s) => [selectIndex(s), s.hiddenMediators],
  (index, hidden): ReadonlySet<string> | null =>
    index && hidden.length > 0 ? findPartiesEngagedThrough(index, new Set(hidden)) : null,
);

/** The options the matrix is built with, from the view state. */
export const selectMatrixOptions = memo(
  (s) => [
    selectAsOf(s),
    s.range,
    s.hiddenParties,
    s.hiddenIssues,
    selectPartyScope(s),
    s.expanded,
    s.partySort,
    s.issueSort,
  ],
  (asOf, range, hiddenParties, hiddenIssues, partyScope, expanded, partySort, issueSort) =>
    ({
      asOf,
      range,
      hiddenParties: new Set(hiddenParties),
      hiddenIssues: new Set(hiddenIssues),
      partyScope,
      expanded: new Set(expanded),
      partySort,
      issueSort,
    }) satisfies MatrixOptions,
);

/**
 * The positions matrix as shown: the one source of the matrix view and its exports. It is
 * built from the one before, so a filter that leaves the matrix as it was returns it as it was.
 */
export const selectPositionMatrix = (() => {
  let previous: PreviousMatrix | undefined;
  return memo(
    (s) => [selectIndex(s), selectMatrixOptions(s)],
    (index, options): PositionMatrix | undefined => {
      if (!index) return undefined;
      const matrix = buildPositionMatrix(index, options, previous);
      previous = { index, options, matrix };
      return matrix;
    },
  );
})();

/** The positions matrix placed for drawing. */
export const selectMatrixLayout = memo(
  (s) => [selectPositionMatrix(s), selectIndex(s)],
  (matrix, index): MatrixLayout | undefined => matrix && index && layoutMatrix(matrix, index),
);

/**
 * The proposals the timeline shows, by date: those with a shown mediator proposer, and those
 * of parties alone while "No mediator" is shown; the same array while the filter is the same.
 */
export const selectShownProposals = memo(
  (s) => [selectIndex(s), s.hiddenMediators],
  (index, hidden): readonly Proposal[] =>
    index
      ? filterProposalsByMediators(index.proposalsByDate, index.actorsById, new Set(hidden))
      : [],
);

/**
 * Lanes of the timeline: each shown mediator, then "No mediator" when it is shown, then
 * "Proposals by parties" when a shown proposal has no mediator among its proposers.
 */
export const selectTimelineLanes = memo(
  (s) => [selectIndex(s), s.hiddenMediators, selectShownProposals(s)],
  (index, hidden, proposals): readonly TimelineLane[] => {
    if (!index) return [];
    const lanes = index.mediators
      .filter((m) => !hidden.includes(m.id))
      .map((m) => ({ key: m.id, label: m.name }));
    if (!hidden.includes(NO_MEDIATOR)) lanes.push({ key: NO_MEDIATOR, label: 'No mediator' });
    if (proposals.some((p) => proposalLaneKeys(p, index.actorsById)[0] === PARTY_PROPOSALS))
      lanes.push({ key: PARTY_PROPOSALS, label: 'Proposals by parties' });
    return lanes;
  },
);

/** The selected proposal, if a proposal is selected. */
export function selectSelectedProposal(state: DashboardState): Proposal | undefined {
  const selection = state.selection;
  return selection?.kind === 'proposal'
    ? selectIndex(state)?.proposalsById.get(selection.proposalId)
    : undefined;
}

/**
 * Position statements drawn on the timeline: those of the matrix's parties and issues, worked out
 * without building the matrix: the parties not hidden and in the mediators' scope, and the issues
 * not hidden.
 */
export function filterTimelinePositions(
  index: DatasetIndex,
  hiddenParties: readonly string[],
  hiddenIssues: readonly string[],
  scope: ReadonlySet<string> | null,
): Position[] {
  const hiddenPartySet = new Set(hiddenParties);
  const parties = new Set(
    index.partyRows
      .filter((a) => !hiddenPartySet.has(a.id) && (scope?.has(a.id) ?? true))
      .map((a) => a.id),
  );
  const hiddenIssueSet = new Set(hiddenIssues);
  return index.dataset.positions.filter(
    (p) => parties.has(index.partyIdOf.get(p.actorId) ?? '') && !hiddenIssueSet.has(p.issueId),
  );
}

/**
 * The timeline's position statements (`filterTimelinePositions`). A date change (the brush, the
 * as-of date) leaves them as they were, and so does a mediator toggle that leaves the parties:
 * the same array comes back, and the timeline does not place them again.
 */
export const selectTimelinePositions = keepWhileEqual(
  memo(
    (s) => [selectIndex(s), s.hiddenParties, s.hiddenIssues, selectPartyScope(s)],
    (index, hiddenParties, hiddenIssues, scope): readonly Position[] =>
      index ? filterTimelinePositions(index, hiddenParties, hiddenIssues, scope) : [],
  ),
  sameItems,
);

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}

/** The case's whole time extent, in UTC milliseconds. */
export const selectTimelineExtent = memo(
  (s) => [selectIndex(s)],
  (index): readonly [number, number] => timelineExtent(index?.firstDay, index?.lastDay),
);

/** The timeline's visible window: the zoom window, else the whole extent. */
export function selectTimelineWindow(state: DashboardState): readonly [number, number] {
  return state.zoom ?? selectTimelineExtent(state);
}

/** The positions behind the selected cell, current first, under the matrix's date options. */
export const selectSelectedPositions = memo(
  (s) => [selectIndex(s), s.selection, selectAsOf(s), s.range],
  (index, selection, asOf, range): readonly Position[] =>
    index && selection?.kind === 'cell'
      ? selectCellPositions(index, selection.rowId, selection.issueId, asOf, range)
      : [],
);

/** The selected meeting, if a meeting is selected. */
export function selectSelectedMeeting(state: DashboardState): Meeting | undefined {
  const selection = state.selection;
  return selection?.kind === 'meeting'
    ? selectIndex(state)?.meetingsById.get(selection.meetingId)
    : undefined;
}
