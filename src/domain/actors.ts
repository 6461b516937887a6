import type { Actor, Dataset } from './dataset.ts';

/** The party an actor counts for: itself for a party, else the nearest party up its `parentId` chain. */
export function findPartyOf(
  actorId: string,
  actorsById: ReadonlyMap<string, Actor>,
): Actor | undefined {
  const seen = new Set<string>();
  let actor = actorsById.get(actorId);
  while (actor && !seen.has(actor.id)) {
    if (actor.kind === 'party' || actor.kind === 'mediator' || actor.parentId === undefined)
      return actor;
    seen.add(actor.id);
    actor = actorsById.get(actor.parentId);
  }
  return actor;
}

/** A party with the factions and people that belong to it. */
export interface PartyWithMembers {
  party: Actor;
  members: Actor[];
}

/** Actors of a kind (`party` or `mediator`) with their factions and people, in dataset order. */
export function buildActorGroups(dataset: Dataset, kind: 'party' | 'mediator'): PartyWithMembers[] {
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  return dataset.actors
    .filter((a) => a.kind === kind)
    .map((party) => ({
      party,
      members: dataset.actors.filter(
        (a) =>
          a.id !== party.id && a.parentId !== undefined && findPartyOf(a.id, byId)?.id === party.id,
      ),
    }));
}
