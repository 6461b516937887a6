import type { CellChange } from '../analysis/change-between-dates.ts';
import { compareStancesBetween, describeChange } from '../analysis/change-between-dates.ts';
import type { DisputedClaim } from '../analysis/disputed-claims.ts';
import { findDisputedClaims } from '../analysis/disputed-claims.ts';
import { partyIssueKey } from '../analysis/party-positions.ts';
import type { SequencingGraph } from '../analysis/sequencing.ts';
import { buildSequencingGraph } from '../analysis/sequencing.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Meeting, Position } from '../domain/dataset.ts';
import { meetingsInRange } from '../domain/meetings-in-range.ts';
import type { AnalysedMatrixLayout, AnalysedMatrixRows } from '../layout/matrix-analysis-layout.ts';
import { layoutMatrixAnalysisRows, placeAllMatrixRows } from '../layout/matrix-analysis-layout.ts';
import { layoutMatrixFrame, placeMatrixRow } from '../layout/matrix-layout.ts';
import { describeGranters } from '../analysis/describe-granters.ts';
import type { DashboardState } from './dashboard-store.ts';
import {
  memo,
  selectAsOf,
  selectIndex,
  selectPositionMatrix,
  selectShownMeetings,
} from './selectors.ts';

/** The sequencing graph as of the matrix's day: conditions between issues, and their verdicts. */
export const selectSequencingGraph = memo(
  (s) => [selectIndex(s), selectAsOf(s)],
  (index, asOf): SequencingGraph | undefined => index && buildSequencingGraph(index.dataset, asOf),
);

/** Each party cell's change between the two compared days, by `party|issue`; `null` when not comparing. */
export const selectStanceChanges = memo(
  (s) => [selectIndex(s), s.change],
  (index, change): ReadonlyMap<string, CellChange> | null => {
    if (!index || !change) return null;
    const changes = compareStancesBetween(index.dataset, change.from, change.to);
    return new Map(changes.map((c) => [partyIssueKey(c.partyId, c.issueId), c]));
  },
);

/** Disputed claims as of the matrix's day, within the chosen window, by `party|issue`. */
export const selectDisputedClaims = memo(
  (s) => [selectIndex(s), s.disputeWindow, selectAsOf(s)],
  (index, window, asOf): ReadonlyMap<string, DisputedClaim> =>
    index ? findDisputedClaims(index.dataset, window, asOf) : new Map(),
);

/**
 * The matrix as shown, with verdicts in its headers and changes and disputes in its cells,
 * each row placed when first asked for: the grid asks for the rows in view only.
 */
export const selectAnalysedMatrixRows = memo(
  (s) => [
    selectPositionMatrix(s),
    selectIndex(s),
    selectSequencingGraph(s),
    selectStanceChanges(s),
    s.change,
    selectDisputedClaims(s),
  ],
  (matrix, index, graph, changes, changeDays, disputes): AnalysedMatrixRows | undefined => {
    if (!matrix || !index) return undefined;
    const frame = layoutMatrixFrame(matrix);
    return layoutMatrixAnalysisRows(frame, (r) => placeMatrixRow(matrix, frame, index, r), {
      verdicts: graph?.verdicts ?? new Map(),
      changes,
      changeDays,
      disputes,
      issuesById: index.issuesById,
    });
  },
);

/** The matrix as shown, every row placed, with the analyses' verdicts, changes and disputes. */
export const selectAnalysedMatrixLayout = memo(
  (s) => [selectAnalysedMatrixRows(s)],
  (rows): AnalysedMatrixLayout | undefined => rows && placeAllMatrixRows(rows),
);

/** The ids of the shown meetings that may lie between the two compared days. */
export const selectMeetingsBetweenChange = memo(
  (s) => [selectShownMeetings(s), s.change],
  (meetings, change): ReadonlySet<string> =>
    new Set(change ? meetingsInRange(meetings, change).map((m: Meeting) => m.id) : []),
);

/** A group of records in the evidence panel, under a heading. */
export interface EvidenceGroup {
  heading: string;
  positions: readonly Position[];
  /** A line under the heading, e.g. how a stance is implied. */
  note?: string;
  /** Said when the group has no record. */
  empty?: string;
}

/** Evidence an analysis adds to the panel: a title, a line of explanation, groups of records. */
export interface AnalysisEvidence {
  title: string;
  summary?: string;
  /** Two groups to read side by side (before and after, or two reports that disagree). */
  sideBySide: boolean;
  groups: readonly EvidenceGroup[];
}

function sourceTitle(index: DatasetIndex, p: Position): string {
  const source = p.evidence ? index.sourcesById.get(p.evidence.sourceId) : undefined;
  return source?.title ?? p.citation?.title ?? 'Unnamed report';
}

function graphEvidence(
  index: DatasetIndex,
  graph: SequencingGraph,
  selection: DashboardState['selection'],
): AnalysisEvidence[] {
  const label = (id: string) => index.issuesById.get(id)?.label ?? id;
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  const granterGroup = (issueId: string): EvidenceGroup => {
    const stances = graph.granterStances.get(issueId) ?? [];
    return {
      heading: `Where the granters of ${label(issueId)} stand`,
      positions: stances.flatMap((g) => (g.position ? [g.position] : [])),
      note: `${label(issueId)} is ${describeGranters(stances, name, label).text}.`,
      empty: 'No granter has stated a position on it.',
    };
  };
  if (selection?.kind === 'position') {
    const edge = graph.edges.find((e) => e.position.id === selection.positionId);
    if (!edge) return [];
    return [
      {
        title: `${name(edge.partyId)}: ${label(edge.from)} waits for ${label(edge.to)}`,
        summary: graph.verdicts.get(edge.from)?.text,
        sideBySide: false,
        groups: [{ heading: 'The condition', positions: [edge.position] }, granterGroup(edge.to)],
      },
    ];
  }
  if (selection?.kind === 'issue') {
    const verdict = graph.verdicts.get(selection.issueId);
    const stances = graph.granterStances.get(selection.issueId);
    return [
      {
        title: label(selection.issueId),
        summary: verdict?.text ?? describeGranters(stances, name, label).text,
        sideBySide: false,
        groups: [
          {
            heading: 'Conditions it waits for',
            positions: graph.edges
              .filter((e) => e.from === selection.issueId)
              .map((e) => e.position),
            empty: 'None: no party makes it wait for another issue.',
          },
          {
            heading: 'Conditions that wait for it',
            positions: graph.edges.filter((e) => e.to === selection.issueId).map((e) => e.position),
            empty: 'None.',
          },
          granterGroup(selection.issueId),
        ],
      },
    ];
  }
  return [];
}

/**
 * What the analyses add to the evidence panel for the selection: an edge's condition and the
 * granters' stances behind it; a node's conditions; for a party cell, its positions at the two
 * compared days side by side, and the two reports that disagree side by side.
 */
export const selectAnalysisEvidence = memo(
  (s) => [
    selectIndex(s),
    s.selection,
    selectSequencingGraph(s),
    selectStanceChanges(s),
    s.change,
    selectDisputedClaims(s),
  ],
  (index, selection, graph, changes, changeDays, disputes): readonly AnalysisEvidence[] => {
    if (!index || !selection) return [];
    if (selection.kind !== 'cell') return graph ? graphEvidence(index, graph, selection) : [];
    // Party rows only: the analyses count factions and people for their party.
    if (!index.partyRows.some((a) => a.id === selection.rowId)) return [];
    const key = partyIssueKey(selection.rowId, selection.issueId);
    const head = `${index.actorsById.get(selection.rowId)?.name ?? selection.rowId} — ${
      index.issuesById.get(selection.issueId)?.label ?? selection.issueId
    }`;
    const blocks: AnalysisEvidence[] = [];
    const change = changes?.get(key);
    if (change && changeDays && change.change !== 'unchanged') {
      blocks.push({
        title: `${head}: ${describeChange(change)}`,
        sideBySide: true,
        groups: [
          {
            heading: `As of ${changeDays.from}`,
            positions: change.before ? [change.before] : [],
            empty: 'No position stated yet.',
          },
          {
            heading: `As of ${changeDays.to}`,
            positions: change.after ? [change.after] : [],
            empty: 'No position stated.',
          },
        ],
      });
    }
    const dispute = disputes.get(key);
    if (dispute) {
      const days = dispute.daysApart === 1 ? '1 day' : `${dispute.daysApart} days`;
      blocks.push({
        title: `${head}: disputed`,
        summary: `Two reports, ${days} apart, give different stances: ${dispute.first.stance} and ${dispute.second.stance}.`,
        sideBySide: true,
        groups: [dispute.first, dispute.second].map((p) => ({
          heading: `${sourceTitle(index, p)} (${p.date})`,
          positions: [p],
        })),
      });
    }
    return blocks;
  },
);
