import type { DatasetIndex } from '../domain/dataset-index.ts';
import type { Origin, Position } from '../domain/dataset.ts';
import { describeCondition, describeMatrixCell } from '../domain/describe.ts';
import { derivationTag, describeDerivation } from '../domain/describe-proposal.ts';
import type { PositionMatrix } from '../domain/position-matrix.ts';
import type { Stance } from '../domain/stance.ts';
import type { StanceStyle } from './stance-style.ts';
import { STANCE_STYLES } from './stance-style.ts';

/** Sizes of the matrix's parts, in pixels. */
export interface MatrixSize {
  rowHeaderWidth: number;
  columnWidth: number;
  headerHeight: number;
  rowHeight: number;
}

/** The sizes the screen and the exports use unless told otherwise. */
export const DEFAULT_MATRIX_SIZE: MatrixSize = {
  rowHeaderWidth: 168,
  columnWidth: 96,
  headerHeight: 64,
  rowHeight: 52,
};

/** A placed column header. */
export interface PlacedColumn {
  key: string;
  label: string;
  x: number;
  width: number;
}

/** A placed row header. */
export interface PlacedRow {
  key: string;
  label: string;
  /** A person's office, shown beside the name. */
  detail: string | undefined;
  y: number;
  height: number;
  depth: 0 | 1;
  expandable: boolean;
  expanded: boolean;
}

/** A placed cell with everything needed to draw and name it. */
export interface PlacedCell {
  key: string;
  rowId: string;
  issueId: string;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The accessible name of DESIGN.md's contract. */
  name: string;
  /** A sentence on the current position's date, speaker, origin and the other positions. */
  description: string;
  stance: Stance | undefined;
  style: StanceStyle | undefined;
  conditionLabel: string | undefined;
  otherCount: number;
  origin: Origin | undefined;
  /**
   * Set when the shown position is derived from a proposal, not stated: a short tag such as
   * "deal · accepted", drawn with a triangle (the timeline's proposal mark).
   */
  derived: string | undefined;
}

/** The matrix placed on a plane: what the screen renders and the exporters draw. */
export interface MatrixLayout {
  width: number;
  height: number;
  columns: readonly PlacedColumn[];
  rows: readonly PlacedRow[];
  /** `cells[row][column]`. */
  cells: readonly (readonly PlacedCell[])[];
}

function describePosition(position: Position, index: DatasetIndex, others: number): string {
  const speakerId = position.speakerId ?? position.actorId;
  const speaker = index.actorsById.get(speakerId)?.name ?? speakerId;
  const origin =
    position.origin === 'extracted'
      ? `extracted (confidence ${Math.round(position.confidence * 100)}%)`
      : 'curated';
  const more = others === 0 ? '' : ` ${others} other position${others === 1 ? '' : 's'}.`;
  const derivation = position.derivedFrom;
  if (derivation) {
    const title = index.proposalsById.get(derivation.proposalId)?.title ?? derivation.proposalId;
    return `Derived ${position.date} for ${speaker} from “${title}”, not stated outright; ${origin}.${more}`;
  }
  return `Stated ${position.date} by ${speaker}; ${origin}.${more}`;
}

/** A matrix's headers placed, without its cells: what {@link placeMatrixRow} places cells in. */
export type MatrixFrame = Omit<MatrixLayout, 'cells'>;

/** Places a position matrix's headers: columns, rows and the overall size. */
export function layoutMatrixFrame(
  matrix: PositionMatrix,
  size: MatrixSize = DEFAULT_MATRIX_SIZE,
): MatrixFrame {
  const columns = matrix.columns.map((issue, c) => ({
    key: issue.id,
    label: issue.label,
    x: size.rowHeaderWidth + c * size.columnWidth,
    width: size.columnWidth,
  }));
  const rows = matrix.rows.map((row, r) => ({
    key: row.id,
    label: row.actor.name,
    detail: row.depth === 1 ? row.actor.role : undefined,
    y: size.headerHeight + r * size.rowHeight,
    height: size.rowHeight,
    depth: row.depth,
    expandable: row.expandable,
    expanded: row.expanded,
  }));
  return {
    width: size.rowHeaderWidth + columns.length * size.columnWidth,
    height: size.headerHeight + rows.length * size.rowHeight,
    columns,
    rows,
  };
}

/**
 * Places the cells of row `r`: names, descriptions and styles. Apart from the frame so a view
 * can place only the rows it shows (a grid of 10,000 cells shows a few hundred).
 */
export function placeMatrixRow(
  matrix: PositionMatrix,
  frame: MatrixFrame,
  index: DatasetIndex,
  r: number,
  size: MatrixSize = DEFAULT_MATRIX_SIZE,
): PlacedCell[] {
  const row = frame.rows[r];
  return (matrix.cells[r] ?? []).map((cell, c): PlacedCell => {
    const column = frame.columns[c];
    const current = cell.current;
    const derivation = current?.derivedFrom;
    const proposal = derivation && index.proposalsById.get(derivation.proposalId);
    const name = describeMatrixCell(
      row?.label ?? '',
      column?.label ?? '',
      current,
      index.issuesById,
    );
    return {
      key: `${cell.rowId}\u0000${cell.issueId}`,
      rowId: cell.rowId,
      issueId: cell.issueId,
      x: column?.x ?? 0,
      y: row?.y ?? 0,
      width: size.columnWidth,
      height: size.rowHeight,
      // The contract's name first; a derived position says so after it.
      name: derivation ? `${name} — ${describeDerivation(derivation, proposal)}` : name,
      description: current
        ? describePosition(current, index, cell.others.length)
        : 'No position stated as of this date.',
      stance: current?.stance,
      style: current ? STANCE_STYLES[current.stance] : undefined,
      conditionLabel: current?.condition
        ? describeCondition(current.condition, index.issuesById)
        : undefined,
      otherCount: cell.others.length,
      origin: current?.origin,
      derived: derivation && derivationTag(derivation, proposal),
    };
  });
}

/** Places a position matrix: headers and cells with their names, styles and sizes. */
export function layoutMatrix(
  matrix: PositionMatrix,
  index: DatasetIndex,
  size: MatrixSize = DEFAULT_MATRIX_SIZE,
): MatrixLayout {
  const frame = layoutMatrixFrame(matrix, size);
  return {
    ...frame,
    cells: frame.rows.map((_, r) => placeMatrixRow(matrix, frame, index, r, size)),
  };
}
