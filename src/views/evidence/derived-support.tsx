import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Citation, Evidence, Position } from '../../domain/dataset.ts';
import { joinNames } from '../../domain/describe.ts';
import { describeResponse } from '../../domain/describe-proposal.ts';
import { QuoteOrCitation } from './evidence-parts.tsx';

/** One of the sentences a derived position rests on, in words, with its quote or citation. */
interface DerivedSentence {
  label: string;
  text: string;
  evidence: Evidence | undefined;
  citation: Citation | undefined;
}

/**
 * The sentences a derived position rests on: the response (or, for its proposer, the sentence
 * that names the proposal) and the term; a conditional acceptance's condition has only the first.
 */
export function listDerivedSentences(position: Position, index: DatasetIndex): DerivedSentence[] {
  const derivation = position.derivedFrom;
  if (!derivation) return [];
  const proposal = index.proposalsById.get(derivation.proposalId);
  const kind = proposal?.kind ?? 'proposal';
  const response = derivation.responseId
    ? index.responsesOf.get(derivation.proposalId)?.find((r) => r.id === derivation.responseId)
    : undefined;
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  const first: DerivedSentence =
    derivation.via === 'proposed'
      ? {
          label: 'Proposal',
          text: `${joinNames((proposal?.proposerIds ?? [position.actorId]).map(name))} put forward the ${kind}`,
          evidence: derivation.responseEvidence,
          citation: derivation.responseCitation,
        }
      : {
          label: 'Response',
          text: response
            ? describeResponse(response, proposal, index.actorsById, index.issuesById)
            : `${name(position.actorId)} ${derivation.via} the ${kind}`,
          evidence: derivation.responseEvidence,
          citation: derivation.responseCitation,
        };
  const term = proposal?.terms.find((t) => t.id === derivation.termId);
  if (derivation.termId === undefined) return [first];
  return [
    first,
    {
      label: 'Term',
      text: `the ${kind} includes ${term?.provides ?? `term ${derivation.termId}`}`,
      evidence: position.evidence,
      citation: position.citation,
    },
  ];
}

/** A derived position's sentences that are in the dataset's sources, the term's first. */
export function derivedEvidences(position: Position, index: DatasetIndex): Evidence[] {
  return listDerivedSentences(position, index)
    .reverse()
    .flatMap((s) => (s.evidence ? [s.evidence] : []));
}

/**
 * Why a derived position holds: "Derived from <proposal title>", never shown as stated, with both
 * sentences it rests on (the response and the term), each quoted or cited.
 */
export function DerivedSupport({
  position,
  index,
  onOpenProposal,
}: {
  position: Position;
  index: DatasetIndex;
  onOpenProposal: (proposalId: string) => void;
}) {
  const derivation = position.derivedFrom;
  if (!derivation) return null;
  const proposal = index.proposalsById.get(derivation.proposalId);
  const sentences = listDerivedSentences(position, index);
  const title = proposal?.title ?? derivation.proposalId;
  return (
    <div className="derived-support">
      <p className="derived-support__lead">
        <span className="derived-support__glyph" aria-hidden="true">
          ▲
        </span>{' '}
        Derived from “<bdi>{title}</bdi>”, not stated outright: it rests on{' '}
        {sentences.length === 1 ? 'one sentence' : 'two sentences'}.
      </p>
      <ol className="derived-support__sentences">
        {sentences.map((s) => (
          <li key={s.label} className="derived-support__sentence">
            <p className="derived-support__what">
              <span className="derived-support__label">{s.label}:</span> {s.text}.
            </p>
            <QuoteOrCitation evidence={s.evidence} citation={s.citation} index={index} />
          </li>
        ))}
      </ol>
      <button
        type="button"
        className="derived-support__open"
        aria-label={`Open the ${proposal?.kind ?? 'proposal'}: ${title}`}
        onClick={() => onOpenProposal(derivation.proposalId)}
      >
        Open the {proposal?.kind ?? 'proposal'}
      </button>
    </div>
  );
}
