import type { CellChange } from '../../analysis/change-between-dates.ts';
import type { DisputedClaim } from '../../analysis/disputed-claims.ts';
import { partyIssueKey } from '../../analysis/party-positions.ts';
import type { SequencingGraph } from '../../analysis/sequencing.ts';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Citation, Evidence, Meeting, Position, Proposal } from '../../domain/dataset.ts';
import type { PositionMatrix } from '../../domain/position-matrix.ts';
import type { SourceLine } from '../../export/export-context.ts';
import { collectSources } from '../../export/export-context.ts';
import {
  listMatrixPositions,
  listWindowMeetings,
  listWindowProposals,
} from '../../export/visible-records.ts';
import {
  selectDisputedClaims,
  selectSequencingGraph,
  selectStanceChanges,
} from '../../store/analysis-selectors.ts';
import {
  memo,
  selectIndex,
  selectPositionMatrix,
  selectShownMeetings,
  selectShownProposals,
  selectTimelinePositions,
} from '../../store/selectors.ts';

// The records each view rests on, shared by its export (the sources inside the image) and its
// embed (the "Sources:" line), so both name the same reports.

type Sourced = { evidence?: Evidence | undefined; citation?: Citation | undefined };

/** The party cells the matrix shows, in its order, keyed as the analyses key them. */
function shownPartyCells(matrix: PositionMatrix | undefined): string[] {
  if (!matrix) return [];
  // The analyses count factions and people for their party: they mark party rows only.
  return matrix.rows.flatMap((row) =>
    row.depth === 0 ? matrix.columns.map((issue) => partyIssueKey(row.id, issue.id)) : [],
  );
}

/** The changes the matrix shows (changed, appeared, disappeared), in its order. */
export function listShownChanges(
  matrix: PositionMatrix | undefined,
  changes: ReadonlyMap<string, CellChange> | null,
): CellChange[] {
  if (!changes) return [];
  return shownPartyCells(matrix)
    .map((key) => changes.get(key))
    .filter((c): c is CellChange => c !== undefined && c.change !== 'unchanged');
}

/** The disputed claims the matrix shows, in its order. */
export function listShownDisputes(
  matrix: PositionMatrix | undefined,
  disputes: ReadonlyMap<string, DisputedClaim>,
): DisputedClaim[] {
  return shownPartyCells(matrix)
    .map((key) => disputes.get(key))
    .filter((d): d is DisputedClaim => d !== undefined);
}

/** The records behind the matrix as shown: its positions, both sides of changes and disputes. */
export function listMatrixRecords(
  matrix: PositionMatrix,
  changes: ReadonlyMap<string, CellChange> | null,
  disputes: ReadonlyMap<string, DisputedClaim>,
): Sourced[] {
  const records: Position[] = [
    ...listMatrixPositions(matrix).map((r) => r.position),
    ...listShownChanges(matrix, changes).flatMap((c) =>
      [c.before, c.after].filter((p) => p !== undefined),
    ),
    ...listShownDisputes(matrix, disputes).flatMap((d) => [d.first, d.second]),
  ];
  // A derived position rests on its response's sentence too.
  const responses = records.flatMap((p) =>
    p.derivedFrom
      ? [{ evidence: p.derivedFrom.responseEvidence, citation: p.derivedFrom.responseCitation }]
      : [],
  );
  return [...records, ...responses];
}

/** The records behind the timeline's window: meetings, statements, events and proposals. */
export function listTimelineRecords(
  index: DatasetIndex,
  meetings: readonly Meeting[],
  positions: readonly Sourced[],
  proposals: readonly Proposal[],
  zoom: readonly [number, number] | null,
): Sourced[] {
  const shownProposals = listWindowProposals(proposals, zoom);
  return [
    ...listWindowMeetings(meetings, zoom),
    ...positions,
    ...(index.dataset.events ?? []),
    // Each proposal, its terms and the responses to it.
    ...shownProposals.flatMap((p) => [p, ...p.terms, ...(index.responsesOf.get(p.id) ?? [])]),
  ];
}

/** The records the sequencing graph weighs: each condition and each granter's stance. */
export function listSequencingRecords(graph: SequencingGraph): Sourced[] {
  const granterPositions = [...graph.granterStances.values()].flatMap((stances) =>
    stances.flatMap((g) => (g.position ? [g.position] : [])),
  );
  return [...graph.edges.map((e) => e.position), ...granterPositions];
}

const NONE: SourceLine[] = [];

/** The sources behind the matrix as shown, oldest first. */
export const selectMatrixSources = memo(
  (s) => [selectIndex(s), selectPositionMatrix(s), selectStanceChanges(s), selectDisputedClaims(s)],
  (index, matrix, changes, disputes): SourceLine[] =>
    index && matrix
      ? collectSources(listMatrixRecords(matrix, changes, disputes), index.sourcesById)
      : NONE,
);

/** The sources behind the timeline's window, oldest first. */
export const selectTimelineSources = memo(
  (s) => [
    selectIndex(s),
    selectShownMeetings(s),
    selectTimelinePositions(s),
    selectShownProposals(s),
    s.zoom,
  ],
  (index, meetings, positions, proposals, zoom): SourceLine[] =>
    index
      ? collectSources(
          listTimelineRecords(index, meetings, positions, proposals, zoom),
          index.sourcesById,
        )
      : NONE,
);

/** The sources behind the sequencing graph, oldest first. */
export const selectSequencingSources = memo(
  (s) => [selectIndex(s), selectSequencingGraph(s)],
  (index, graph): SourceLine[] =>
    index && graph ? collectSources(listSequencingRecords(graph), index.sourcesById) : NONE,
);
