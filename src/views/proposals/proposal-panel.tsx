import { useId } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Evidence, Proposal, ProposalTerm } from '../../domain/dataset.ts';
import { joinNames } from '../../domain/describe.ts';
import {
  describeResponse,
  formatDayShort,
  proposalKindWord,
} from '../../domain/describe-proposal.ts';
import { Provenance, QuoteOrCitation, SourceTexts } from '../evidence/evidence-parts.tsx';

/** A proposal's terms grouped by phase, in phase order; terms without a phase come last. */
export function groupTermsByPhase(
  proposal: Proposal,
): { phase: number | undefined; heading: string; terms: ProposalTerm[] }[] {
  const numbers = [
    ...new Set(proposal.terms.map((t) => t.phase).filter((n) => n !== undefined)),
  ].sort((a, b) => a - b);
  const groups = numbers.map((n) => {
    const phase = proposal.phases?.find((p) => p.number === n);
    const details = [phase?.label, phase?.duration].filter(Boolean).join(', ');
    return {
      phase: n as number | undefined,
      heading: `Phase ${n}${details ? `: ${details}` : ''}`,
      terms: proposal.terms.filter((t) => t.phase === n),
    };
  });
  const loose = proposal.terms.filter((t) => t.phase === undefined);
  if (loose.length > 0)
    groups.push({
      phase: undefined,
      heading: groups.length > 0 ? 'Terms without a phase' : 'Terms',
      terms: loose,
    });
  return groups;
}

/**
 * A proposal or deal in full, as text: its title, kind, proposers and date, its terms by phase
 * (issue, what it provides, its sentence or citation), each party's response with its sentence,
 * the positions derived from it, and its sentences highlighted in their articles.
 */
export function ProposalPanel({ proposal, index }: { proposal: Proposal; index: DatasetIndex }) {
  const id = useId();
  const name = (actorId: string) => index.actorsById.get(actorId)?.name ?? actorId;
  const proposers = proposal.proposerIds.map((actorId) => {
    const partyId = index.partyIdOf.get(actorId);
    return partyId && partyId !== actorId ? `${name(actorId)} (${name(partyId)})` : name(actorId);
  });
  const issue = (issueId: string) => index.issuesById.get(issueId)?.label ?? issueId;
  const responses = index.responsesOf.get(proposal.id) ?? [];
  const derived = index.dataset.positions.filter((p) => p.derivedFrom?.proposalId === proposal.id);
  const evidences: Evidence[] = [
    ...proposal.terms.flatMap((t) => (t.evidence ? [t.evidence] : [])),
    ...(proposal.evidence ? [proposal.evidence] : []),
    ...responses.flatMap((r) => (r.evidence ? [r.evidence] : [])),
  ];
  const kind = proposalKindWord(proposal);
  return (
    <section className="proposal-panel" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`} className="evidence__title">
        <span className="proposal-panel__glyph" aria-hidden="true">
          {proposal.kind === 'deal' ? '▲' : '△'}
        </span>{' '}
        {kind}: <bdi>{proposal.title}</bdi>
      </h3>
      <dl className="evidence__details">
        <dt>Kind</dt>
        <dd>
          {proposal.kind === 'deal'
            ? 'Deal: a proposal the parties are reported to have agreed'
            : 'Proposal: put forward, not reported as agreed'}
        </dd>
        <dt>Proposed by</dt>
        <dd>{proposers.length > 0 ? joinNames(proposers) : 'Not named'}</dd>
        <dt>Date</dt>
        <dd>
          <time dateTime={proposal.date}>{formatDayShort(proposal.date)}</time>
        </dd>
      </dl>
      <QuoteOrCitation evidence={proposal.evidence} citation={proposal.citation} index={index} />
      <Provenance
        origin={proposal.origin}
        rule={proposal.rule}
        confidence={proposal.confidence}
        citation={proposal.evidence ? proposal.citation : undefined}
      />
      {proposal.note && <p className="evidence-record__note">{proposal.note}</p>}

      <h4 className="proposal-panel__heading">Terms</h4>
      {proposal.terms.length === 0 && <p>No term of it is recorded.</p>}
      {groupTermsByPhase(proposal).map((group) => (
        <section key={group.heading} className="proposal-panel__phase" aria-label={group.heading}>
          {(group.phase !== undefined || (proposal.phases?.length ?? 0) > 0) && (
            <h5 className="proposal-panel__phase-heading">{group.heading}</h5>
          )}
          <ul className="proposal-panel__terms">
            {group.terms.map((term) => (
              <li key={term.id} className="proposal-term">
                <p className="proposal-term__what">
                  <strong>{issue(term.issueId)}</strong>: <bdi>{term.provides}</bdi>
                </p>
                {term.evidence || term.citation || !proposal.citation ? (
                  <QuoteOrCitation
                    evidence={term.evidence}
                    citation={term.citation}
                    index={index}
                  />
                ) : (
                  <p className="evidence-record__cited">Cited with the {proposal.kind}, above.</p>
                )}
              </li>
            ))}
          </ul>
        </section>
      ))}

      <h4 className="proposal-panel__heading">Responses</h4>
      {responses.length === 0 ? (
        <p>No response to it is recorded.</p>
      ) : (
        <ul className="proposal-panel__responses">
          {responses.map((r) => (
            <li key={r.id} className={`proposal-response proposal-response--${r.response}`}>
              <p className="proposal-response__what">
                <strong>{describeResponse(r, proposal, index.actorsById, index.issuesById)}</strong>{' '}
                <span className="evidence-record__meta">
                  on <time dateTime={r.date}>{formatDayShort(r.date)}</time>
                </span>
              </p>
              {r.condition?.text && (
                <p className="proposal-response__condition">
                  Condition: “<bdi>{r.condition.text}</bdi>”
                </p>
              )}
              <QuoteOrCitation evidence={r.evidence} citation={r.citation} index={index} />
              <Provenance
                origin={r.origin}
                rule={r.rule}
                confidence={r.confidence}
                citation={r.evidence ? r.citation : undefined}
              />
              {r.note && <p className="evidence-record__note">{r.note}</p>}
            </li>
          ))}
        </ul>
      )}

      <h4 className="proposal-panel__heading">Positions derived from it</h4>
      <p className="proposal-panel__derived">
        {derived.length === 0
          ? 'None: no proposer or response gives a position on its terms.'
          : `${derived.length} position${derived.length === 1 ? '' : 's'} in the matrix follow from it (never shown as stated): ${joinNames(
              [...new Set(derived.map((p) => name(p.actorId)))],
            )}.`}
      </p>
      <SourceTexts evidences={evidences} index={index} />
    </section>
  );
}
