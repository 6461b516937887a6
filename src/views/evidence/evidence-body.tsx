import type { ReactNode } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Meeting, Position } from '../../domain/dataset.ts';
import {
  describeFuzzyDate,
  describeMatrixCell,
  describeMeeting,
  joinNames,
} from '../../domain/describe.ts';
import type { Selection } from '../../store/view-state.ts';
import {
  selectAsOf,
  selectIndex,
  selectSelectedMeeting,
  selectSelectedPositions,
  selectSelectedProposal,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { selectAnalysisEvidence } from '../../store/analysis-selectors.ts';
import { AnalysisEvidenceBlocks } from '../change/analysis-evidence.tsx';
import { ProposalPanel } from '../proposals/proposal-panel.tsx';
import { StanceBadge } from '../shared/stance-badge.tsx';
import { DerivedSupport, derivedEvidences } from './derived-support.tsx';
import { EvidenceQuote, Provenance, SourceTexts } from './evidence-parts.tsx';

function actorName(index: DatasetIndex, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (index.actorsById.get(id)?.name ?? id);
}

function PositionRecord({
  position,
  index,
  onOpenProposal,
}: {
  position: Position;
  index: DatasetIndex;
  onOpenProposal: (proposalId: string) => void;
}) {
  const speaker = actorName(index, position.speakerId ?? position.actorId);
  const derivation = position.derivedFrom;
  return (
    <li className={`evidence-record${derivation ? ' evidence-record--derived' : ''}`}>
      <p className="evidence-record__head">
        <StanceBadge position={position} issuesById={index.issuesById} />{' '}
        <span className="evidence-record__meta">
          {derivation ? 'derived, as of ' : 'stated '}
          <time dateTime={position.date}>{position.date}</time>
          {speaker && (
            <>
              {' '}
              {derivation ? 'for' : 'by'} {speaker}
            </>
          )}
        </span>
      </p>
      {derivation ? (
        <DerivedSupport position={position} index={index} onOpenProposal={onOpenProposal} />
      ) : (
        position.evidence && <EvidenceQuote evidence={position.evidence} index={index} />
      )}
      <Provenance
        origin={position.origin}
        rule={position.rule}
        confidence={position.confidence}
        citation={derivation ? undefined : position.citation}
      />
      {position.note && <p className="evidence-record__note">{position.note}</p>}
    </li>
  );
}

function CellEvidence({
  selection,
  positions,
  index,
  asOf,
  renderRecord,
}: {
  selection: Extract<Selection, { kind: 'cell' }>;
  positions: readonly Position[];
  index: DatasetIndex;
  asOf: string | undefined;
  renderRecord: (position: Position) => ReactNode;
}) {
  const rowName = actorName(index, selection.rowId) ?? selection.rowId;
  const issueLabel = index.issuesById.get(selection.issueId)?.label ?? selection.issueId;
  const title = describeMatrixCell(rowName, issueLabel, positions[0], index.issuesById);
  // A derived position's two sentences are both highlighted: the term's and the response's.
  const evidences = positions.flatMap((p) =>
    p.derivedFrom ? derivedEvidences(p, index) : p.evidence ? [p.evidence] : [],
  );
  return (
    <>
      <h3 className="evidence__title">{title}</h3>
      {positions.length === 0 ? (
        <p>
          No position of {rowName} on {issueLabel} is stated{asOf ? ` as of ${asOf}` : ''} in the
          dates the matrix counts.
        </p>
      ) : (
        <>
          <p className="evidence__count">
            {positions.length === 1
              ? 'One supporting record.'
              : `${positions.length} supporting records, latest first.`}
          </p>
          <ol className="evidence__records">{positions.map(renderRecord)}</ol>
        </>
      )}
      <SourceTexts evidences={evidences} index={index} />
    </>
  );
}

function MeetingEvidence({ meeting, index }: { meeting: Meeting; index: DatasetIndex }) {
  const names = (ids: readonly string[]) => ids.map((id) => actorName(index, id) ?? id);
  const participants = meeting.participantIds.map((id) => {
    const name = actorName(index, id) ?? id;
    const partyId = index.partyIdOf.get(id);
    return partyId && partyId !== id ? `${name} (${actorName(index, partyId)})` : name;
  });
  const issues = meeting.issueIds.map((id) => index.issuesById.get(id)?.label ?? id);
  return (
    <>
      <h3 className="evidence__title">{describeMeeting(meeting, index.actorsById)}</h3>
      <dl className="evidence__details">
        <dt>Date</dt>
        <dd>
          {describeFuzzyDate(meeting.date)}
          {meeting.date.precision !== 'day' && ` (precision: ${meeting.date.precision})`}
        </dd>
        {meeting.place && (
          <>
            <dt>Place</dt>
            <dd>{meeting.place}</dd>
          </>
        )}
        <dt>Mediators</dt>
        <dd>{meeting.mediatorIds.length > 0 ? joinNames(names(meeting.mediatorIds)) : 'None'}</dd>
        <dt>Participants</dt>
        <dd>{participants.length > 0 ? joinNames(participants) : 'Not named'}</dd>
        <dt>Issues discussed</dt>
        <dd>{issues.length > 0 ? joinNames(issues) : 'Not named'}</dd>
      </dl>
      {meeting.summary && <p className="evidence__summary">{meeting.summary}</p>}
      {meeting.note && <p className="evidence-record__note">{meeting.note}</p>}
      {meeting.evidence && <EvidenceQuote evidence={meeting.evidence} index={index} />}
      <Provenance
        origin={meeting.origin}
        rule={meeting.rule}
        confidence={meeting.confidence}
        citation={meeting.citation}
      />
      <SourceTexts evidences={meeting.evidence ? [meeting.evidence] : []} index={index} />
    </>
  );
}

/**
 * What the Evidence panel shows for the selection: the analyses' blocks, then the selected
 * cell's records, the selected meeting or the selected proposal (loaded after first paint).
 */
export function EvidenceBody() {
  const index = useDashboard(selectIndex);
  const selection = useDashboard((s) => s.selection);
  const positions = useDashboard(selectSelectedPositions);
  const meeting = useDashboard(selectSelectedMeeting);
  const proposal = useDashboard(selectSelectedProposal);
  const asOf = useDashboard(selectAsOf);
  const select = useDashboard((s) => s.select);
  const analysis = useDashboard(selectAnalysisEvidence);
  if (!index) return null;
  const openProposal = (proposalId: string) => select({ kind: 'proposal', proposalId });
  const record = (p: Position) => (
    <PositionRecord key={p.id} position={p} index={index} onOpenProposal={openProposal} />
  );
  return (
    <>
      <AnalysisEvidenceBlocks blocks={analysis} renderRecord={record} />
      {selection?.kind === 'cell' ? (
        <CellEvidence
          selection={selection}
          positions={positions}
          index={index}
          asOf={asOf}
          renderRecord={record}
        />
      ) : meeting ? (
        <MeetingEvidence meeting={meeting} index={index} />
      ) : proposal ? (
        <ProposalPanel proposal={proposal} index={index} />
      ) : null}
    </>
  );
}
