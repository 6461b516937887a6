import type { CellChange } from '../analysis/change-between-dates.ts';
import { describeChange } from '../analysis/change-between-dates.ts';
import type { DisputedClaim } from '../analysis/disputed-claims.ts';
import { partyIssueKey } from '../analysis/party-positions.ts';
import type { ChainClass, IssueVerdict } from '../analysis/sequencing.ts';
import type { Issue } from '../domain/dataset.ts';
import { describeCondition } from '../domain/describe.ts';
import type { Stance } from '../domain/stance.ts';
import type { MatrixLayout, PlacedCell, PlacedColumn, PlacedRow } from './matrix-layout.ts';
import type { StanceStyle } from './stance-style.ts';
import { STANCE_STYLES } from './stance-style.ts';

/** A column header with the sequencing verdict on its issue, when it waits for others. */
export interface AnalysedColumn extends PlacedColumn {
  verdict: { class: ChainClass; text: string } | undefined;
}

/** How a cell moved between the two compared days, ready to draw. */
export interface PlacedChange {
  change: CellChange['change'];
  direction: -1 | 0 | 1;
  before: { stance: Stance; style: StanceStyle } | undefined;
  after: { stance: Stance; style: StanceStyle } | undefined;
}

/** A cell with what the analyses say of it. */
export interface AnalysedCell extends PlacedCell {
  /** Set in the change-between-dates mode, on party rows. */
  change: PlacedChange | undefined;
  /** Two sources give the party different stances on the issue within the dispute window. */
  disputed: DisputedClaim | undefined;
}

/** The matrix layout with the analyses' marks: verdicts, changes and disputes. */
export interface AnalysedMatrixLayout extends MatrixLayout {
  columns: readonly AnalysedColumn[];
  cells: readonly (readonly AnalysedCell[])[];
  /** The compared days, when the matrix shows changes. */
  change: { from: string; to: string } | undefined;
}

/** What the analyses found, keyed as they key it (`party|issue`, issue id). */
export interface MatrixAnalysis {
  verdicts: ReadonlyMap<string, IssueVerdict>;
  /** `null` outside the change-between-dates mode. */
  changes: ReadonlyMap<string, CellChange> | null;
  changeDays: { from: string; to: string } | null;
  disputes: ReadonlyMap<string, DisputedClaim>;
  issuesById: ReadonlyMap<string, Issue>;
}

const CHANGE_ARROWS: Record<PlacedChange['change'], string> = {
  appeared: '+',
  disappeared: '×',
  changed: '↔',
  unchanged: '',
};

/** A change's arrow: ▲ or ▼ along the scale, ↔ for a new condition only, + appeared, × disappeared. */
export function changeArrow(change: PlacedChange): string {
  return change.change === 'changed' && change.direction !== 0
    ? change.direction > 0
      ? '▲'
      : '▼'
    : CHANGE_ARROWS[change.change];
}

/** A verdict without the issue it is about, which the column header already names. */
export function shortVerdict(text: string, label: string): string {
  const at = text.indexOf(': ');
  const rest = text.slice(at + 2);
  return at > 0 && rest.startsWith(label)
    ? `${text.slice(0, at)} —${rest.slice(label.length)}`
    : text;
}

function placeChange(change: CellChange): PlacedChange {
  const side = (stance: Stance | undefined) =>
    stance === undefined ? undefined : { stance, style: STANCE_STYLES[stance] };
  return {
    change: change.change,
    direction: change.direction,
    before: side(change.before?.stance),
    after: side(change.after?.stance),
  };
}

function annotateCell(
  cell: PlacedCell,
  row: PlacedRow | undefined,
  column: PlacedColumn | undefined,
  analysis: MatrixAnalysis,
): AnalysedCell {
  // The analyses count a party's factions and people for the party: they mark party rows only.
  const key = row?.depth === 0 ? partyIssueKey(cell.rowId, cell.issueId) : undefined;
  const change = key === undefined ? undefined : analysis.changes?.get(key);
  const disputed = key === undefined ? undefined : analysis.disputes.get(key);
  let { name, description } = cell;
  const head = `${row?.label ?? ''} — ${column?.label ?? ''}: `;
  if (change && change.change !== 'unchanged') {
    const condition = change.after?.condition
      ? ` on condition of ${describeCondition(change.after.condition, analysis.issuesById)}`
      : '';
    name = `${head}${describeChange(change)}${condition}`;
    const days = analysis.changeDays;
    if (days) {
      const at = (p: CellChange['before']) => (p ? `${p.stance}, stated ${p.date}` : 'none');
      description = `As of ${days.from}: ${at(change.before)}. As of ${days.to}: ${at(change.after)}.`;
    }
  }
  if (disputed) {
    name = `${name}; disputed: two reports disagree`;
    description = `${description} Disputed: ${disputed.first.stance} (${disputed.first.date}) and ${disputed.second.stance} (${disputed.second.date}) in different reports.`;
  }
  return {
    ...cell,
    name,
    description,
    change: change ? placeChange(change) : undefined,
    disputed,
  };
}

/**
 * Adds the analyses to a placed matrix: the sequencing verdict in each column header, and
 * in each party cell the change between the two compared days and any disputed claim, with
 * the cell's accessible name saying so ("Hamas — Truce: changed from open to demand").
 */
export function layoutMatrixAnalysis(
  layout: MatrixLayout,
  analysis: MatrixAnalysis,
): AnalysedMatrixLayout {
  const columns = layout.columns.map((column): AnalysedColumn => {
    const verdict = analysis.verdicts.get(column.key);
    return { ...column, verdict: verdict && { class: verdict.class, text: verdict.text } };
  });
  const cells = layout.cells.map((rowCells, r) =>
    rowCells.map((cell, c) => annotateCell(cell, layout.rows[r], layout.columns[c], analysis)),
  );
  return { ...layout, columns, cells, change: analysis.changeDays ?? undefined };
}
