/** Milliseconds in one day. */
export const DAY_MS = 86_400_000;

/** The UTC midnight of an ISO day (`YYYY-MM-DD`), in milliseconds. */
export function isoDayToTime(day: string): number {
  let time = dayTimes.get(day);
  if (time === undefined) {
    time = Date.parse(`${day}T00:00:00Z`);
    // Cases hold a few thousand distinct days at most; layouts ask for them on every frame.
    if (dayTimes.size > 100_000) dayTimes.clear();
    dayTimes.set(day, time);
  }
  return time;
}

const dayTimes = new Map<string, number>();

/**
 * An ISO day as the number YYYYMMDD: ordered as the days are, compared as integers (string
 * comparisons were the cost of a brush over 50,000 positions).
 */
export function isoDayOrdinal(day: string): number {
  return (
    Number(day.slice(0, 4)) * 10_000 + Number(day.slice(5, 7)) * 100 + Number(day.slice(8, 10))
  );
}

/** The ISO day (`YYYY-MM-DD`) a UTC time falls on. */
export function timeToIsoDay(time: number): string {
  return new Date(time).toISOString().slice(0, 10);
}

/** Whether a string is an ISO day that exists in the calendar. */
export function isIsoDay(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const time = isoDayToTime(value);
  return !Number.isNaN(time) && timeToIsoDay(time) === value;
}

/** The last day of the month an ISO day falls in. */
export function lastDayOfMonth(day: string): string {
  const date = new Date(isoDayToTime(day));
  return timeToIsoDay(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));
}

/** The later of two ISO days (ISO days sort as strings). */
export function maxIsoDay(a: string, b: string): string {
  return a > b ? a : b;
}
