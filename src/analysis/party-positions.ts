import { findPartyOf } from '../domain/actors.ts';
import type { Actor, Dataset, Position } from '../domain/dataset.ts';

/** `party|issue`: the key of a party's position on an issue. */
export function partyIssueKey(partyId: string, issueId: string): string {
  return `${partyId}|${issueId}`;
}

/** Resolves any actor to the party (or mediator) it counts for. */
export function makePartyResolver(dataset: Dataset): (actorId: string) => string {
  const byId = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const cache = new Map<string, string>();
  return (actorId) => {
    let party = cache.get(actorId);
    if (party === undefined) {
      party = findPartyOf(actorId, byId)?.id ?? actorId;
      cache.set(actorId, party);
    }
    return party;
  };
}

/**
 * Each party's latest position on each issue stated on or before `asOf` (all dates when
 * undefined). A later date wins; on the same date, the later record in the dataset.
 */
export function selectLatestPartyPositions(dataset: Dataset, asOf?: string): Map<string, Position> {
  const partyOf = makePartyResolver(dataset);
  const latest = new Map<string, Position>();
  for (const p of dataset.positions) {
    if (asOf !== undefined && p.date > asOf) continue;
    const key = partyIssueKey(partyOf(p.actorId), p.issueId);
    const known = latest.get(key);
    if (!known || p.date >= known.date) latest.set(key, p);
  }
  return latest;
}
