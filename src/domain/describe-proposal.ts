import type {
  Actor,
  Derivation,
  Issue,
  Proposal,
  ProposalResponse,
  ResponseKind,
} from './dataset.ts';
import { describeCondition, joinNames } from './describe.ts';

const SHORT_MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** An ISO day as a short date in words: "24 Nov 2023". */
export function formatDayShort(day: string): string {
  const month = SHORT_MONTHS[Number(day.slice(5, 7)) - 1] ?? day.slice(5, 7);
  return `${Number(day.slice(8, 10))} ${month} ${day.slice(0, 4)}`;
}

/** "Deal" or "Proposal". */
export function proposalKindWord(proposal: Pick<Proposal, 'kind'>): string {
  return proposal.kind === 'deal' ? 'Deal' : 'Proposal';
}

/**
 * A proposal mark's accessible name: kind, title, date and proposers, e.g. "Deal: Qatar-brokered
 * truce and exchange deal of November 2023, 24 Nov 2023, proposed by Qatar, Egypt and United States".
 */
export function describeProposal(
  proposal: Proposal,
  actorsById: ReadonlyMap<string, Actor>,
): string {
  const proposers = proposal.proposerIds.map((id) => actorsById.get(id)?.name ?? id);
  const by = proposers.length > 0 ? `proposed by ${joinNames(proposers)}` : 'proposer not named';
  return `${proposalKindWord(proposal)}: ${proposal.title}, ${formatDayShort(proposal.date)}, ${by}`;
}

/** A response in words, after the actor's name: "accepted", "is reviewing", … */
export const RESPONSE_WORDS: Readonly<Record<ResponseKind, string>> = {
  accept: 'accepted',
  reject: 'rejected',
  review: 'is reviewing',
  conditional: 'accepted on a condition',
  counter: 'answered with a counter-proposal to',
};

/**
 * A response as a sentence about its actor and proposal: "Israel accepted the deal",
 * "Southport is reviewing the proposal", "Dockers accepted the proposal on condition of Fishing
 * quota".
 */
export function describeResponse(
  response: ProposalResponse,
  proposal: Pick<Proposal, 'kind'> | undefined,
  actorsById: ReadonlyMap<string, Actor>,
  issuesById: ReadonlyMap<string, Issue>,
): string {
  const actor = actorsById.get(response.actorId)?.name ?? response.actorId;
  const speaker =
    response.speakerId !== undefined && response.speakerId !== response.actorId
      ? ` (${actorsById.get(response.speakerId)?.name ?? response.speakerId})`
      : '';
  const what = `the ${proposal?.kind ?? 'proposal'}`;
  const verb = response.response === 'conditional' ? 'accepted' : RESPONSE_WORDS[response.response];
  const condition = response.condition
    ? ` on condition of ${describeCondition(response.condition, issuesById)}`
    : response.response === 'conditional'
      ? ' on a condition'
      : '';
  return `${actor}${speaker} ${verb} ${what}${condition}`;
}

/**
 * How a derived position follows from its proposal, for a matrix cell's name: "accepted the
 * deal of 24 Nov 2023", "proposed in the proposal of 4 Mar 2024", "reviewing …".
 */
export function describeDerivation(
  derivation: Derivation,
  proposal: Pick<Proposal, 'kind' | 'date'> | undefined,
): string {
  const what = proposal
    ? `the ${proposal.kind} of ${formatDayShort(proposal.date)}`
    : `proposal ${derivation.proposalId}`;
  switch (derivation.via) {
    case 'proposed':
      return `proposed in ${what}`;
    case 'accepted':
      return `accepted ${what}`;
    case 'reviewing':
      return `reviewing ${what}`;
    case 'conditional':
      return derivation.termId === undefined
        ? `its condition for accepting ${what}`
        : `accepted ${what} on a condition`;
  }
}

/** A short tag for a derived cell's visible line: "deal · accepted", "proposal · reviewing". */
export function derivationTag(
  derivation: Derivation,
  proposal: Pick<Proposal, 'kind'> | undefined,
): string {
  const via =
    derivation.via === 'proposed'
      ? 'proposer'
      : derivation.via === 'conditional'
        ? derivation.termId === undefined
          ? 'condition'
          : 'conditional'
        : derivation.via;
  return `${proposal?.kind ?? 'proposal'} · ${via}`;
}
