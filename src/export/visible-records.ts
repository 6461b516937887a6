import type { Meeting, Position, Proposal } from '../domain/dataset.ts';
import { fuzzyDateOverlaps } from '../domain/fuzzy-date.ts';
import { timeToIsoDay } from '../domain/iso-day.ts';
import type { PositionMatrix } from '../domain/position-matrix.ts';

/** Every position a shown matrix counts, once each: per party row and issue, current first. */
export function listMatrixPositions(
  matrix: PositionMatrix,
): { position: Position; current: boolean }[] {
  const out: { position: Position; current: boolean }[] = [];
  const seen = new Set<string>();
  matrix.rows.forEach((row, r) => {
    // A member row repeats positions its party row already counts.
    if (row.depth !== 0) return;
    for (const cell of matrix.cells[r] ?? []) {
      const all = cell.current ? [cell.current, ...cell.others] : cell.others;
      all.forEach((position, i) => {
        if (seen.has(position.id)) return;
        seen.add(position.id);
        out.push({ position, current: i === 0 && cell.current !== undefined });
      });
    }
  });
  return out;
}

/**
 * The shown meetings that may fall in the timeline's visible window (UTC milliseconds, end
 * exclusive); all of them when the timeline is not zoomed.
 */
export function listWindowMeetings(
  meetings: readonly Meeting[],
  window: readonly [number, number] | null,
): readonly Meeting[] {
  if (!window) return meetings;
  const from = timeToIsoDay(window[0]);
  const to = timeToIsoDay(window[1] - 1);
  return meetings.filter((m) => fuzzyDateOverlaps(m.date, from, to));
}

/** The shown proposals dated in the timeline's visible window; all of them when not zoomed. */
export function listWindowProposals(
  proposals: readonly Proposal[],
  window: readonly [number, number] | null,
): readonly Proposal[] {
  if (!window) return proposals;
  const from = timeToIsoDay(window[0]);
  const to = timeToIsoDay(window[1] - 1);
  return proposals.filter((p) => p.date >= from && p.date <= to);
}
