import { scaleUtc } from 'd3-scale';
import { DAY_MS, isoDayToTime } from '../domain/iso-day.ts';
import type { DayRange } from '../domain/position-matrix.ts';
import type { TimelineLayout } from './timeline-layout.ts';

/** The band the timeline draws between the two compared days, in the layout's pixels. */
export interface ChangeBand {
  x0: number;
  x1: number;
  label: string;
}

/**
 * Places the change-between-dates band on a placed timeline: from the start of the first day
 * to the end of the second, cut to the plot; `undefined` when it lies outside the window.
 */
export function layoutChangeBand(
  layout: Pick<TimelineLayout, 'plot' | 'domain'>,
  change: DayRange | null,
): ChangeBand | undefined {
  if (!change) return undefined;
  const x = scaleUtc()
    .domain([layout.domain[0], layout.domain[1]])
    .range([layout.plot.left, layout.plot.right]);
  const x0 = Math.max(layout.plot.left, x(isoDayToTime(change.from)));
  const x1 = Math.min(layout.plot.right, x(isoDayToTime(change.to) + DAY_MS));
  if (x1 <= x0) return undefined;
  return { x0, x1, label: `Between ${change.from} and ${change.to}` };
}
