import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Citation, Evidence, Meeting, Position } from '../../domain/dataset.ts';
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
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { selectAnalysisEvidence } from '../../store/analysis-selectors.ts';
import { AnalysisEvidenceBlocks } from '../change/analysis-evidence.tsx';
import { CitationLine } from '../shared/citation-line.tsx';
import { StanceBadge } from '../shared/stance-badge.tsx';
import type { Highlight } from './source-text.tsx';
import { SourceText } from './source-text.tsx';

/** How a record came to be: extracted by a rule with a confidence, or curated with a citation. */
function Provenance({
  origin,
  rule,
  confidence,
  citation,
}: {
  origin: 'extracted' | 'curated';
  rule?: string | undefined;
  confidence?: number | undefined;
  citation?: Citation | undefined;
}) {
  return (
    <p className={`provenance provenance--${origin}`}>
      {origin === 'extracted' ? (
        <>
          Extracted from the text
          {rule && (
            <>
              {' '}
              by rule <code>{rule}</code>
            </>
          )}
          {confidence !== undefined && <>, confidence {Math.round(confidence * 100)}%</>}.
        </>
      ) : (
        <>
          Curated by a person
          {confidence !== undefined && `, confidence ${Math.round(confidence * 100)}%`}.
        </>
      )}
      {citation && (
        <>
          {' '}
          Cited source: <CitationLine citation={citation} />
        </>
      )}
    </p>
  );
}

/** Every source the records point into, with all their quotes highlighted; the first is current. */
function SourceTexts({
  evidences,
  index,
}: {
  evidences: readonly Evidence[];
  index: DatasetIndex;
}) {
  const bySource = new Map<string, Highlight[]>();
  evidences.forEach((e, i) => {
    const list = bySource.get(e.sourceId) ?? [];
    list.push({ start: e.start, end: e.end, current: i === 0 });
    bySource.set(e.sourceId, list);
  });
  return (
    <>
      {[...bySource].map(([sourceId, highlights]) => {
        const source = index.sourcesById.get(sourceId);
        return source ? (
          <SourceText key={sourceId} source={source} highlights={highlights} />
        ) : null;
      })}
    </>
  );
}

function actorName(index: DatasetIndex, id: string | undefined): string | undefined {
  return id === undefined ? undefined : (index.actorsById.get(id)?.name ?? id);
}

function PositionRecord({ position, index }: { position: Position; index: DatasetIndex }) {
  const speaker = actorName(index, position.speakerId ?? position.actorId);
  return (
    <li className="evidence-record">
      <p className="evidence-record__head">
        <StanceBadge position={position} issuesById={index.issuesById} />{' '}
        <span className="evidence-record__meta">
          stated <time dateTime={position.date}>{position.date}</time>
          {speaker && <> by {speaker}</>}
        </span>
      </p>
      {position.evidence && (
        <blockquote className="evidence-record__quote">{position.evidence.quote}</blockquote>
      )}
      <Provenance
        origin={position.origin}
        rule={position.rule}
        confidence={position.confidence}
        citation={position.citation}
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
}: {
  selection: Extract<Selection, { kind: 'cell' }>;
  positions: readonly Position[];
  index: DatasetIndex;
  asOf: string | undefined;
}) {
  const rowName = actorName(index, selection.rowId) ?? selection.rowId;
  const issueLabel = index.issuesById.get(selection.issueId)?.label ?? selection.issueId;
  const title = describeMatrixCell(rowName, issueLabel, positions[0], index.issuesById);
  const evidences = positions.flatMap((p) => (p.evidence ? [p.evidence] : []));
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
          <ol className="evidence__records">
            {positions.map((p) => (
              <PositionRecord key={p.id} position={p} index={index} />
            ))}
          </ol>
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
      {meeting.evidence && (
        <blockquote className="evidence-record__quote">{meeting.evidence.quote}</blockquote>
      )}
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
 * The region "Evidence": for the selected cell or meeting, every supporting record with its
 * quote highlighted in the article text, its source, and whether it was extracted or curated.
 */
export function EvidencePanel() {
  const index = useDashboard(selectIndex);
  const selection = useDashboard((s) => s.selection);
  const positions = useDashboard(selectSelectedPositions);
  const meeting = useDashboard(selectSelectedMeeting);
  const asOf = useDashboard(selectAsOf);
  const select = useDashboard((s) => s.select);
  const analysis = useDashboard(selectAnalysisEvidence);
  if (!index) return null;
  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-heading">
      <div className="evidence-panel__head">
        <h2 id="evidence-heading">Evidence</h2>
        {selection && (
          <button type="button" onClick={() => select(null)}>
            Close evidence
          </button>
        )}
      </div>
      <div className="evidence-panel__body">
        <AnalysisEvidenceBlocks
          blocks={analysis}
          renderRecord={(p) => <PositionRecord key={p.id} position={p} index={index} />}
        />
        {selection?.kind === 'cell' ? (
          <CellEvidence selection={selection} positions={positions} index={index} asOf={asOf} />
        ) : meeting ? (
          <MeetingEvidence meeting={meeting} index={index} />
        ) : analysis.length > 0 ? null : (
          <p className="evidence-panel__hint">
            Select a cell of the matrix or a meeting on the timeline to read the sentences and
            sources behind it.
          </p>
        )}
      </div>
    </section>
  );
}
