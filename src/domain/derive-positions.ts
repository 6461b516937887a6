import { findPartyOf } from './actors.ts';
import type {
  Actor,
  Dataset,
  Derivation,
  Issue,
  Position,
  Proposal,
  ProposalResponse,
  ProposalTerm,
} from './dataset.ts';
import type { Stance } from './stance.ts';

/** What the derivation reads of a dataset. */
export type ProposalRecords = Pick<Dataset, 'actors' | 'issues' | 'proposals' | 'responses'>;

/**
 * The positions that follow from proposals and the responses to them (ANNOTATION.md):
 * the proposer gets `demand` on what it asks of the other side and `support` on what it
 * offers (a mediator grants nothing itself: it asks each term of the parties, `demand`; a
 * mediator that brokers or announces a deal takes no stance by it, ANNOTATION.md); a party
 * that accepts gets `support` on each term, one that reviews `open`, one that accepts on a
 * condition `conditional` plus `demand` on the condition. A rejection or a counter-proposal
 * gives no position on the terms (the text must tie a rejection to a term for that). Each
 * position carries the term's sentence as evidence and the response's as its second one.
 */
export function derivePositions(records: ProposalRecords): Position[] {
  const actorsById = new Map(records.actors.map((a) => [a.id, a]));
  const issuesById = new Map(records.issues.map((i) => [i.id, i]));
  const proposalsById = new Map(records.proposals.map((p) => [p.id, p]));
  const out: Position[] = [];

  for (const proposal of records.proposals) {
    for (const proposerId of proposal.proposerIds) {
      const party = findPartyOf(proposerId, actorsById);
      if (!party || party.kind === 'other') continue;
      if (party.kind === 'mediator' && proposal.kind === 'deal') continue;
      for (const term of proposal.terms) {
        const stance: Stance =
          party.kind !== 'mediator' && grants(party, issuesById.get(term.issueId))
            ? 'support'
            : 'demand';
        const position = derived(proposal, term, proposerId, stance, proposal.date, {
          via: 'proposed',
          evidence: proposal.evidence,
          citation: proposal.citation,
          origin: proposal.origin,
          confidence: proposal.confidence ?? 0.7,
        });
        if (position) out.push(position);
      }
    }
  }

  for (const response of records.responses) {
    const proposal = proposalsById.get(response.proposalId);
    if (!proposal) continue;
    const via = VIA[response.response];
    const stance = STANCE_OF[response.response];
    if (!via || !stance) continue;
    const actorId = response.speakerId ?? response.actorId;
    for (const term of proposal.terms) {
      // A condition that is itself a term of the proposal is demanded, not made conditional on itself.
      if (response.condition?.issueId === term.issueId) continue;
      const position = derived(proposal, term, actorId, stance, response.date, {
        via,
        responseId: response.id,
        evidence: response.evidence,
        citation: response.citation,
        origin: response.origin,
        confidence: response.confidence,
        ...(stance === 'conditional' && response.condition && { condition: response.condition }),
        ...(response.speakerId && { speakerId: response.speakerId }),
      });
      if (position) out.push(position);
    }
    if (response.response === 'conditional' && response.condition?.issueId) {
      // "accepts, provided that the war ends": the condition is demanded outright.
      out.push({
        id: `derived-response-${response.id}-condition`,
        actorId,
        issueId: response.condition.issueId,
        stance: 'demand',
        ...(response.speakerId && { speakerId: response.speakerId }),
        date: response.date,
        ...(response.evidence && { evidence: response.evidence }),
        ...(response.citation && { citation: response.citation }),
        origin: response.origin,
        confidence: round(response.confidence * 0.9),
        rule: 'derived:condition-of-response',
        derivedFrom: {
          proposalId: proposal.id,
          responseId: response.id,
          via: 'conditional',
          ...(response.evidence && { responseEvidence: response.evidence }),
          ...(response.citation && { responseCitation: response.citation }),
        },
      });
    }
  }
  return out;
}

const VIA: Partial<Record<ProposalResponse['response'], Derivation['via']>> = {
  accept: 'accepted',
  review: 'reviewing',
  conditional: 'conditional',
};
const STANCE_OF: Partial<Record<ProposalResponse['response'], Stance>> = {
  accept: 'support',
  review: 'open',
  conditional: 'conditional',
};

interface Basis {
  via: Derivation['via'];
  responseId?: string;
  evidence: Position['evidence'];
  citation: Position['citation'];
  origin: Position['origin'];
  confidence: number;
  condition?: Position['condition'];
  speakerId?: string;
}

function derived(
  proposal: Proposal,
  term: ProposalTerm,
  actorId: string,
  stance: Stance,
  date: string,
  basis: Basis,
): Position | undefined {
  // The term's sentence is the evidence; without one, the proposal's or the response's.
  const evidence = term.evidence ?? proposal.evidence ?? basis.evidence;
  const citation = term.citation ?? proposal.citation ?? basis.citation;
  if (!evidence && !citation) return undefined;
  const derivation: Derivation = {
    proposalId: proposal.id,
    termId: term.id,
    ...(basis.responseId && { responseId: basis.responseId }),
    via: basis.via,
    ...(basis.evidence && { responseEvidence: basis.evidence }),
    ...(basis.citation && { responseCitation: basis.citation }),
  };
  // Extracted only if every piece it rests on was; a curated piece makes it curated.
  const origin =
    basis.origin === 'curated' || proposal.origin === 'curated' ? 'curated' : 'extracted';
  if (origin === 'extracted' && !evidence) return undefined;
  return {
    id: basis.responseId
      ? `derived-response-${basis.responseId}-${term.id}`
      : `derived-proposal-${proposal.id}-${term.id}-${actorId}`,
    actorId,
    issueId: term.issueId,
    stance,
    ...(basis.condition && { condition: basis.condition }),
    ...(basis.speakerId && { speakerId: basis.speakerId }),
    date,
    ...(evidence && { evidence }),
    ...(citation && { citation }),
    origin,
    confidence: round(Math.min(basis.confidence, proposal.confidence ?? 1) * 0.9),
    rule: `derived:${basis.via}`,
    derivedFrom: derivation,
  };
}

/** Whether a party grants an issue itself ("mutual" issues every side grants). */
function grants(party: Actor, issue: Issue | undefined): boolean {
  if (!issue?.grantedBy) return false;
  return issue.grantedBy === 'mutual' || issue.grantedBy.includes(party.id);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}

/** A dataset's positions without the derived ones, then those its proposals give now. */
export function withDerivedPositions<T extends ProposalRecords & { positions: Position[] }>(
  dataset: T,
): T {
  return {
    ...dataset,
    positions: [...dataset.positions.filter((p) => !p.derivedFrom), ...derivePositions(dataset)],
  };
}
