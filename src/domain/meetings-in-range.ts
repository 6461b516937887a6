import type { Meeting } from './dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { fuzzyDateOverlaps, fuzzyDateTime } from './fuzzy-date.ts';
import type { DayRange } from './position-matrix.ts';

/**
 * The mediator key of meetings held without a mediator. No actor id is empty (the schema
 * forbids it), so it cannot clash with a mediator's id.
 */
export const NO_MEDIATOR = '';

/**
 * Whether a meeting is shown when these mediators are hidden: it needs at least one mediator
 * that is not hidden, or, without any mediator, the "No mediator" key not hidden.
 */
export function meetingHasShownMediator(
  meeting: { readonly mediatorIds: readonly string[] },
  hiddenMediators: ReadonlySet<string>,
): boolean {
  if (meeting.mediatorIds.length === 0) return !hiddenMediators.has(NO_MEDIATOR);
  return meeting.mediatorIds.some((id) => !hiddenMediators.has(id));
}

/** Meetings carried by a mediator that is not hidden, ordered by date. */
export function filterMeetingsByMediators(
  meetings: readonly Meeting[],
  hiddenMediators: ReadonlySet<string>,
): Meeting[] {
  return sortMeetingsByDate(meetings.filter((m) => meetingHasShownMediator(m, hiddenMediators)));
}

/**
 * The meetings of `meetingsByDate` (already ordered by date) carried by a mediator that is not
 * hidden: the same array when none is hidden, else a filter that keeps the order, no sort.
 */
export function filterSortedMeetingsByMediators(
  meetingsByDate: readonly Meeting[],
  hiddenMediators: ReadonlySet<string>,
): readonly Meeting[] {
  if (hiddenMediators.size === 0) return meetingsByDate;
  return meetingsByDate.filter((m) => meetingHasShownMediator(m, hiddenMediators));
}

/** Meetings that may have taken place within the range (open-ended dates count when they may). */
export function meetingsInRange(meetings: readonly Meeting[], range: DayRange | null): Meeting[] {
  if (!range) return [...meetings];
  return meetings.filter((m) => fuzzyDateOverlaps(m.date, range.from, range.to));
}

/** Meetings ordered by their anchor date, stable for ties. */
export function sortMeetingsByDate(meetings: readonly Meeting[]): Meeting[] {
  return meetings
    .map((meeting, i) => ({ meeting, i, t: fuzzyDateTime(meeting.date) }))
    .sort((a, b) => a.t - b.t || a.i - b.i)
    .map((x) => x.meeting);
}

/** The parties (top-level matrix rows) whose actors took part in any of these meetings. */
export function findEngagedParties(meetings: readonly Meeting[], index: DatasetIndex): Set<string> {
  const parties = new Set<string>();
  for (const meeting of meetings) {
    for (const id of meeting.participantIds) {
      const partyId = index.partyIdOf.get(id);
      if (partyId !== undefined) parties.add(partyId);
    }
  }
  return parties;
}

/**
 * The parties (top-level matrix rows) that took part in a meeting these hidden mediators leave
 * shown: the same as {@link findEngagedParties} of the shown meetings, read from each party's
 * few distinct mediator lists instead of every meeting.
 */
export function findPartiesEngagedThrough(
  index: DatasetIndex,
  hiddenMediators: ReadonlySet<string>,
): Set<string> {
  const parties = new Set<string>();
  for (const [partyId, groups] of index.mediatorGroupsOf) {
    if (groups.some((mediatorIds) => meetingHasShownMediator({ mediatorIds }, hiddenMediators)))
      parties.add(partyId);
  }
  return parties;
}
