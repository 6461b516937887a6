import type { Dataset, Position } from '../domain/dataset.ts';
import { makePartyResolver, partyIssueKey } from './party-positions.ts';

/** Two reports that give one party different stances on one issue within a window of days. */
export interface DisputedClaim {
  partyId: string;
  issueId: string;
  /** The earlier and the later report. */
  first: Position;
  second: Position;
  daysApart: number;
}

const DAY = 86_400_000;

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
  const partyOf = makePartyResolver(dataset);
  const byCell = new Map<string, Position[]>();
  for (const p of dataset.positions) {
    if (asOf !== undefined && p.date > asOf) continue;
    const key = partyIssueKey(partyOf(p.actorId), p.issueId);
    byCell.set(key, [...(byCell.get(key) ?? []), p]);
  }
  const disputes = new Map<string, DisputedClaim>();
  for (const [key, positions] of byCell) {
    if (positions.length < 2) continue;
    const sorted = [...positions].sort((a, b) => a.date.localeCompare(b.date));
    let best: DisputedClaim | undefined;
    for (let i = 0; i < sorted.length; i++) {
      const a = sorted[i];
      if (!a) continue;
      for (let j = i + 1; j < sorted.length; j++) {
        const b = sorted[j];
        if (!b) continue;
        const days = (Date.parse(b.date) - Date.parse(a.date)) / DAY;
        if (days > windowDays) break;
        if (a.stance === b.stance || sourceOf(a) === sourceOf(b)) continue;
        if (!best || days <= best.daysApart) {
          best = {
            partyId: partyOf(a.actorId),
            issueId: a.issueId,
            first: a,
            second: b,
            daysApart: days,
          };
        }
      }
    }
    if (best) disputes.set(key, best);
  }
  return disputes;
}
