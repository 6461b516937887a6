import type { Dataset, Position } from '../domain/dataset.ts';
import { dayNumber, numberCells } from './party-positions.ts';

/** Two reports that give one party different stances on one issue within a window of days. */
export interface DisputedClaim {
  partyId: string;
  issueId: string;
  /** The earlier and the later report. */
  first: Position;
  second: Position;
  daysApart: number;
}

/** Which report a position comes from: its evidence source, or its citation. */
function sourceOf(p: Position): string {
  return p.evidence?.sourceId ?? `citation:${p.citation?.url ?? p.citation?.title ?? p.id}`;
}

/**
 * Finds disputed claims: positions of the same party on the same issue, from different
 * sources, with different stances, stated within `windowDays` of each other. For each
 * cell the closest pair in time is kept (the latest such pair on a tie).
 */
export function findDisputedClaims(
  dataset: Dataset,
  windowDays = 7,
  asOf?: string,
): Map<string, DisputedClaim> {
  const { cellOfPosition, dayOfPosition, cells } = numberCells(dataset);
  const limit = asOf === undefined ? Infinity : dayNumber(asOf);
  // Position indexes per cell, in dataset order.
  const byCell: number[][] = cells.map(() => []);
  for (let i = 0; i < cellOfPosition.length; i++) {
    if ((dayOfPosition[i] as number) <= limit) byCell[cellOfPosition[i] as number]?.push(i);
  }
  const { positions } = dataset;
  const disputes = new Map<string, DisputedClaim>();
  byCell.forEach((indexes, cell) => {
    if (indexes.length < 2) return;
    const info = cells[cell];
    if (!info) return;
    // Stable, so records of one day keep their dataset order.
    indexes.sort((a, b) => (dayOfPosition[a] as number) - (dayOfPosition[b] as number));
    let best: DisputedClaim | undefined;
    for (let i = 0; i < indexes.length; i++) {
      const ia = indexes[i] as number;
      const a = positions[ia] as Position;
      for (let j = i + 1; j < indexes.length; j++) {
        const ib = indexes[j] as number;
        const days = (dayOfPosition[ib] as number) - (dayOfPosition[ia] as number);
        if (days > windowDays) break;
        const b = positions[ib] as Position;
        if (a.stance === b.stance || sourceOf(a) === sourceOf(b)) continue;
        if (!best || days <= best.daysApart) {
          best = {
            partyId: info.partyId,
            issueId: info.issueId,
            first: a,
            second: b,
            daysApart: days,
          };
        }
      }
    }
    if (best) disputes.set(info.key, best);
  });
  return disputes;
}
