import type { CellChange } from '../analysis/change-between-dates.ts';
import { describeChange } from '../analysis/change-between-dates.ts';
import type { DisputedClaim } from '../analysis/disputed-claims.ts';
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

/** Records keyed by `party|issue`, regrouped by party then issue: no key is built per cell. */
function byPartyAndIssue<T extends { partyId: string; issueId: string }>(
  records: ReadonlyMap<string, T> | null,
): Map<string, Map<string, T>> {
  const out = new Map<string, Map<string, T>>();
  for (const record of records?.values() ?? []) {
    let issues = out.get(record.partyId);
    if (!issues) out.set(record.partyId, (issues = new Map()));
    issues.set(record.issueId, record);
  }
  return out;
}

function annotateCell(
  cell: PlacedCell,
  row: PlacedRow | undefined,
  column: PlacedColumn | undefined,
  change: CellChange | undefined,
  disputed: DisputedClaim | undefined,
  analysis: MatrixAnalysis,
): AnalysedCell {
  let { name, description } = cell;
  if (change && change.change !== 'unchanged') {
    const head = `${row?.label ?? ''} — ${column?.label ?? ''}: `;
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
  // Every field written out (no spread): one object shape, built fast for 10,000 cells.
  return {
    key: cell.key,
    rowId: cell.rowId,
    issueId: cell.issueId,
    x: cell.x,
    y: cell.y,
    width: cell.width,
    height: cell.height,
    name,
    description,
    stance: cell.stance,
    style: cell.style,
    conditionLabel: cell.conditionLabel,
    otherCount: cell.otherCount,
    origin: cell.origin,
    derived: cell.derived,
    change: change ? placeChange(change) : undefined,
    disputed,
  };
}

/** The analysed matrix for a view that draws only some rows: headers now, cells on demand. */
export interface AnalysedMatrixRows extends Omit<AnalysedMatrixLayout, 'cells'> {
  /** The placed and analysed cells of row `r`: placed on the first ask, the same array after. */
  rowCells: (r: number) => readonly AnalysedCell[];
}

/**
 * Adds the analyses to a matrix whose rows are placed on demand by `placeRow`: the verdicts
 * in the column headers now, each row's changes and disputes when the row is asked for. A
 * brush then names and styles the few hundred cells in view, not all 10,000.
 */
export function layoutMatrixAnalysisRows(
  frame: Omit<MatrixLayout, 'cells'>,
  placeRow: (r: number) => readonly PlacedCell[],
  analysis: MatrixAnalysis,
): AnalysedMatrixRows {
  const columns = frame.columns.map((column): AnalysedColumn => {
    const verdict = analysis.verdicts.get(column.key);
    return { ...column, verdict: verdict && { class: verdict.class, text: verdict.text } };
  });
  const changes = byPartyAndIssue(analysis.changes);
  const disputes = byPartyAndIssue(analysis.disputes);
  // Rows placed so far: a cache, so a row asked for again is the same array (React.memo skips it).
  const placed: (readonly AnalysedCell[] | undefined)[] = [];
  const rowCells = (r: number): readonly AnalysedCell[] => {
    const done = placed[r];
    if (done) return done;
    const row = frame.rows[r];
    // The analyses count a party's factions and people for the party: they mark party rows only.
    const rowChanges = row?.depth === 0 ? changes.get(row.key) : undefined;
    const rowDisputes = row?.depth === 0 ? disputes.get(row.key) : undefined;
    const cells = placeRow(r).map((cell, c) =>
      annotateCell(
        cell,
        row,
        frame.columns[c],
        rowChanges?.get(cell.issueId),
        rowDisputes?.get(cell.issueId),
        analysis,
      ),
    );
    placed[r] = cells;
    return cells;
  };
  return { ...frame, columns, rowCells, change: analysis.changeDays ?? undefined };
}

/** Every row of an {@link AnalysedMatrixRows} placed: the whole analysed layout. */
export function placeAllMatrixRows(rows: AnalysedMatrixRows): AnalysedMatrixLayout {
  const { rowCells, ...frame } = rows;
  return { ...frame, cells: frame.rows.map((_, r) => rowCells(r)) };
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
  const { cells, ...frame } = layout;
  return placeAllMatrixRows(layoutMatrixAnalysisRows(frame, (r) => cells[r] ?? [], analysis));
}
