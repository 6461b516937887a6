import type { FuzzyDate } from './dataset.ts';
import { isoDayToTime, lastDayOfMonth, DAY_MS } from './iso-day.ts';

/**
 * The days a fuzzy date may fall on, inclusive; `null` is an open end
 * (`before` has no known start, `after` no known end).
 */
export interface DaySpan {
  first: string | null;
  last: string | null;
}

/** The days a fuzzy date may fall on: a month is all its days, `before`/`after` are open-ended. */
export function fuzzyDateSpan(date: FuzzyDate): DaySpan {
  switch (date.precision) {
    case 'day':
    case 'approximate':
      return { first: date.start, last: date.end ?? date.start };
    case 'month':
      return { first: date.start, last: date.end ?? lastDayOfMonth(date.start) };
    case 'before':
      return { first: null, last: date.start };
    case 'after':
      return { first: date.start, last: null };
  }
}

/** Whether a fuzzy date may fall within the inclusive day range `from`–`to`. */
export function fuzzyDateOverlaps(date: FuzzyDate, from: string, to: string): boolean {
  const span = fuzzyDateSpan(date);
  return (span.first === null || span.first <= to) && (span.last === null || span.last >= from);
}

/** The UTC time a fuzzy date is anchored on (its start), for sorting. */
export function fuzzyDateTime(date: FuzzyDate): number {
  return isoDayToTime(date.start);
}

/** The exclusive end time of a day: midnight after it. */
export function endOfDayTime(day: string): number {
  return isoDayToTime(day) + DAY_MS;
}
