import { findPartyOf } from './actors.ts';
import type { Actor, Proposal } from './dataset.ts';
import { NO_MEDIATOR } from './meetings-in-range.ts';

/**
 * The timeline lane key of proposals whose proposers are all parties ("Proposals by parties").
 * No actor id starts with a NUL character, so it cannot clash with a mediator's.
 */
export const PARTY_PROPOSALS = '\u0000party-proposals';

const laneKeysCache = new WeakMap<Proposal, readonly string[]>();

/**
 * The lanes a proposal is drawn in: the mediator each proposer counts for (a person or faction
 * through its parent), in the proposers' order and once each; {@link PARTY_PROPOSALS} when no
 * proposer is a mediator.
 */
export function proposalLaneKeys(
  proposal: Proposal,
  actorsById: ReadonlyMap<string, Actor>,
): readonly string[] {
  const cached = laneKeysCache.get(proposal);
  if (cached) return cached;
  const keys: string[] = [];
  for (const id of proposal.proposerIds) {
    const actor = findPartyOf(id, actorsById);
    if (actor?.kind === 'mediator' && !keys.includes(actor.id)) keys.push(actor.id);
  }
  const result = keys.length > 0 ? keys : [PARTY_PROPOSALS];
  laneKeysCache.set(proposal, result);
  return result;
}

/**
 * Whether a proposal is shown when these mediators are hidden: one of its mediator proposers
 * is shown, or, for a proposal by parties alone, "No mediator" is (as for meetings).
 */
export function proposalHasShownProposer(
  proposal: Proposal,
  actorsById: ReadonlyMap<string, Actor>,
  hiddenMediators: ReadonlySet<string>,
): boolean {
  const keys = proposalLaneKeys(proposal, actorsById);
  if (keys[0] === PARTY_PROPOSALS) return !hiddenMediators.has(NO_MEDIATOR);
  return keys.some((key) => !hiddenMediators.has(key));
}

/** The proposals of a date-ordered list that the mediator filter shows, in the same order. */
export function filterProposalsByMediators(
  proposalsByDate: readonly Proposal[],
  actorsById: ReadonlyMap<string, Actor>,
  hiddenMediators: ReadonlySet<string>,
): readonly Proposal[] {
  if (hiddenMediators.size === 0) return proposalsByDate;
  return proposalsByDate.filter((p) => proposalHasShownProposer(p, actorsById, hiddenMediators));
}
