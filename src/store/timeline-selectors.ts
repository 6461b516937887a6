import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Meeting, Position } from '../domain/dataset.ts';
import {
  findEngagedParties,
  meetingHasShownMediator,
  meetingsInRange,
} from '../domain/meetings-in-range.ts';
import { isoDayToTime } from '../domain/iso-day.ts';
import { memo, selectIndex } from './selectors.ts';

const sortedCache = new WeakMap<readonly Meeting[], readonly Meeting[]>();

/**
 * A case's meetings by date (stable for ties), sorted once per data: filtering the sorted
 * list keeps its order, so a filter change does not sort 10,000 meetings again.
 */
export function meetingsByDate(meetings: readonly Meeting[]): readonly Meeting[] {
  let sorted = sortedCache.get(meetings);
  if (!sorted) {
    // Cases often list meetings by date already: then the list is its own sorted copy.
    let inOrder = true;
    let previous = -Infinity;
    for (const meeting of meetings) {
      const t = isoDayToTime(meeting.date.start);
      if (t < previous) {
        inOrder = false;
        break;
      }
      previous = t;
    }
    sorted = inOrder
      ? meetings
      : meetings
          .map((meeting, i) => ({ meeting, i, t: isoDayToTime(meeting.date.start) }))
          .sort((a, b) => a.t - b.t || a.i - b.i)
          .map((x) => x.meeting);
    sortedCache.set(meetings, sorted);
  }
  return sorted;
}

const shownCache = new WeakMap<readonly Meeting[], Map<string, readonly Meeting[]>>();

/**
 * Meetings with at least one shown mediator, by date: the same list as `selectShownMeetings`,
 * and the same array for the same hidden mediators, so that a filter toggled back and forth
 * finds its timeline plan again.
 */
export const selectTimelineMeetings = memo(
  (s) => [selectIndex(s), s.hiddenMediators],
  (index, hidden): readonly Meeting[] => {
    if (!index) return [];
    const sorted = meetingsByDate(index.dataset.meetings);
    if (hidden.length === 0) return sorted;
    const key = [...hidden].sort().join('\u0000');
    let lists = shownCache.get(sorted);
    if (!lists) shownCache.set(sorted, (lists = new Map()));
    let shown = lists.get(key);
    if (!shown) {
      const hiddenSet = new Set(hidden);
      shown = sorted.filter((m) => meetingHasShownMediator(m, hiddenSet));
      // A few hidden sets per case at most are toggled between.
      if (lists.size >= 8) lists.clear();
      lists.set(key, shown);
    }
    return shown;
  },
);

/**
 * Positions of the parties and issues the matrix shows (its rows' parties, its columns), worked
 * out without building the matrix: the parties not hidden (and, while a mediator is hidden,
 * engaged in a shown meeting) and the issues not hidden.
 */
export function filterTimelinePositions(
  index: DatasetIndex,
  hiddenParties: readonly string[],
  hiddenIssues: readonly string[],
  meetings: readonly Meeting[] | null,
): Position[] {
  const scope = meetings ? findEngagedParties(meetings, index) : null;
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

let lastPositions: readonly Position[] | undefined;

/**
 * Position statements drawn on the timeline (as `selectTimelinePositions`), but the same array
 * while the parties and issues shown stay the same: a brush or an as-of change rebuilds the
 * matrix, and must not make the timeline count and place its positions again.
 */
export const selectTimelinePositionMarks = memo(
  (s) => [
    selectIndex(s),
    s.hiddenParties,
    s.hiddenIssues,
    // The meetings matter only while a mediator is hidden (they scope the parties).
    s.hiddenMediators.length > 0 ? selectTimelineMeetings(s) : null,
  ],
  (index, hiddenParties, hiddenIssues, meetings): readonly Position[] => {
    const next = index ? filterTimelinePositions(index, hiddenParties, hiddenIssues, meetings) : [];
    // A mediator toggle that leaves the parties as they were keeps the array, and the layout.
    if (lastPositions && sameItems(lastPositions, next)) return lastPositions;
    lastPositions = next;
    return next;
  },
);
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The ids of shown meetings between the compared dates, as `selectMeetingsBetweenChange`. */
export const selectTimelineBetweenChange = memo(
  (s) => [s.change ? selectTimelineMeetings(s) : null, s.change],
  (meetings, change): ReadonlySet<string> =>
    new Set(change && meetings ? meetingsInRange(meetings, change).map((m) => m.id) : []),
);
