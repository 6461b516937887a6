import type { Actor, Issue, Position } from './dataset.ts';
import type { CellPositions, DatasetIndex } from './dataset-index.ts';
import { isoDayOrdinal } from './iso-day.ts';
import { stanceRank } from './stance.ts';

/** An inclusive range of ISO days. */
export interface DayRange {
  from: string;
  to: string;
}

/** How rows or columns are ordered: as in the dataset, by name, or by stance on/of `key`. */
export type SortOrder = { by: 'dataset' } | { by: 'name' } | { by: 'stance'; key: string };

/** What the matrix shows. */
export interface MatrixOptions {
  /** Positions stated after this day do not count; `undefined` counts all. */
  asOf: string | undefined;
  /** Only positions stated within this range count; `null` counts all. */
  range: DayRange | null;
  hiddenParties: ReadonlySet<string>;
  hiddenIssues: ReadonlySet<string>;
  /** When set, only these top-level rows are shown (e.g. parties engaged through a mediator). */
  partyScope: ReadonlySet<string> | null;
  /** Top-level rows whose factions and people are shown under them. */
  expanded: ReadonlySet<string>;
  partySort: SortOrder;
  issueSort: SortOrder;
}

/** One row of the matrix: a party (depth 0) or one of its factions or people (depth 1). */
export interface MatrixRow {
  id: string;
  actor: Actor;
  partyId: string;
  depth: 0 | 1;
  /** Whether the row has factions or people with positions to show under it. */
  expandable: boolean;
  expanded: boolean;
}

/** The positions of a cell that count under the options: the current one and the others. */
export interface MatrixCell {
  rowId: string;
  issueId: string;
  /** The latest position as of the options' date, if any. */
  current: Position | undefined;
  /** The other positions that count, newest first. */
  others: readonly Position[];
}

/** Parties × issues, one cell per pair, as the matrix view and its exports show it. */
export interface PositionMatrix {
  rows: readonly MatrixRow[];
  columns: readonly Issue[];
  /** `cells[row][column]`, in the order of `rows` and `columns`. */
  cells: readonly (readonly MatrixCell[])[];
  /** How many cells hold a position. */
  filledCount: number;
}

/** The first index of an ascending list whose value is at least `value`. */
function lowerBound(values: ArrayLike<number>, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((values[mid] ?? 0) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The days that count, as {@link isoDayOrdinal} numbers: from `first` to `last`, inclusive. */
export interface CountedDays {
  first: number;
  last: number;
}

/** The days the date options count: within `range` and not after `asOf`. */
export function findCountedDays(asOf: string | undefined, range: DayRange | null): CountedDays {
  const last =
    asOf !== undefined && range ? (asOf < range.to ? asOf : range.to) : (asOf ?? range?.to);
  return {
    first: range ? isoDayOrdinal(range.from) : -Infinity,
    last: last === undefined ? Infinity : isoDayOrdinal(last),
  };
}

/**
 * Where the positions that count lie in a cell (its positions are in precedence order, so by
 * date): `[start, end)`, those stated on the counted days. Two binary searches over the days as
 * numbers, so a brush reads a few positions of each cell, not all 50,000.
 */
export function findCountedSpan(cell: CellPositions, days: CountedDays): [number, number] {
  const start = days.first === -Infinity ? 0 : lowerBound(cell.days, days.first);
  const end = days.last === Infinity ? cell.days.length : lowerBound(cell.days, days.last + 1);
  return [start, Math.max(start, end)];
}

/** The positions of a cell that count under the date options, current first then newest first. */
export function selectCellPositions(
  index: DatasetIndex,
  rowId: string,
  issueId: string,
  asOf: string | undefined,
  range: DayRange | null,
): Position[] {
  const cell = index.cellsByRow.get(rowId)?.get(issueId);
  if (!cell) return [];
  const [start, end] = findCountedSpan(cell, findCountedDays(asOf, range));
  return cell.positions.slice(start, end).reverse();
}

const NO_POSITIONS: readonly Position[] = [];

function buildCell(
  cells: ReadonlyMap<string, CellPositions> | undefined,
  rowId: string,
  issueId: string,
  days: CountedDays,
): MatrixCell {
  const cell = cells?.get(issueId);
  if (!cell) return { rowId, issueId, current: undefined, others: NO_POSITIONS };
  const [start, end] = findCountedSpan(cell, days);
  const all = cell.positions;
  return {
    rowId,
    issueId,
    current: end > start ? all[end - 1] : undefined,
    others: end - 1 > start ? all.slice(start, end - 1).reverse() : NO_POSITIONS,
  };
}

function buildRowCells(
  index: DatasetIndex,
  rowId: string,
  columns: readonly Issue[],
  days: CountedDays,
): MatrixCell[] {
  const cells = index.cellsByRow.get(rowId);
  return columns.map((issue) => buildCell(cells, rowId, issue.id, days));
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sort key of a stance: strongest acceptance first, no position last. */
function stanceSortKey(cell: MatrixCell): number {
  return cell.current ? -stanceRank(cell.current.stance) : 1;
}

function sortBy<T>(items: readonly T[], key: (item: T) => number | string): T[] {
  const keyed = items.map((item, i) => ({ item, i, k: key(item) }));
  keyed.sort((a, b) => {
    if (a.k !== b.k) {
      return typeof a.k === 'number' && typeof b.k === 'number'
        ? a.k - b.k
        : collator.compare(String(a.k), String(b.k));
    }
    return a.i - b.i;
  });
  return keyed.map((k) => k.item);
}

/** A matrix built before, with what it was built from, for {@link buildPositionMatrix} to reuse. */
export interface PreviousMatrix {
  index: DatasetIndex;
  options: MatrixOptions;
  matrix: PositionMatrix;
}

function sameRange(a: DayRange | null, b: DayRange | null): boolean {
  return a === b || (!!a && !!b && a.from === b.from && a.to === b.to);
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameRow(a: MatrixRow | undefined, b: MatrixRow): boolean {
  return (
    !!a &&
    a.id === b.id &&
    a.actor === b.actor &&
    a.partyId === b.partyId &&
    a.depth === b.depth &&
    a.expandable === b.expandable &&
    a.expanded === b.expanded
  );
}

/**
 * Builds the matrix: rows are parties (with their factions and people when expanded), columns
 * issues, and each cell the latest position as of `asOf` with the others that count.
 *
 * Given the matrix built before, it keeps what did not change: the very same matrix when rows,
 * columns and dates are the same (hiding a mediator often leaves every party engaged), else
 * the cells of each row still shown, so a view keyed on identity redraws only what changed.
 */
export function buildPositionMatrix(
  index: DatasetIndex,
  options: MatrixOptions,
  previous?: PreviousMatrix,
): PositionMatrix {
  const days = findCountedDays(options.asOf, options.range);
  let parties = index.partyRows.filter(
    (a) => !options.hiddenParties.has(a.id) && (options.partyScope?.has(a.id) ?? true),
  );
  let columns = index.dataset.issues.filter((i) => !options.hiddenIssues.has(i.id));

  const { partySort, issueSort } = options;
  if (partySort.by === 'name') parties = sortBy(parties, (a) => a.name);
  else if (partySort.by === 'stance' && index.issuesById.has(partySort.key))
    parties = sortBy(parties, (a) =>
      stanceSortKey(buildCell(index.cellsByRow.get(a.id), a.id, partySort.key, days)),
    );
  if (issueSort.by === 'name') columns = sortBy(columns, (i) => i.label);
  else if (issueSort.by === 'stance' && index.actorsById.has(issueSort.key))
    columns = sortBy(columns, (i) =>
      stanceSortKey(buildCell(index.cellsByRow.get(issueSort.key), issueSort.key, i.id, days)),
    );

  const rows: MatrixRow[] = [];
  for (const party of parties) {
    const members = index.membersOf.get(party.id) ?? [];
    const expanded = members.length > 0 && options.expanded.has(party.id);
    rows.push({
      id: party.id,
      actor: party,
      partyId: party.id,
      depth: 0,
      expandable: members.length > 0,
      expanded,
    });
    if (!expanded) continue;
    const ordered = partySort.by === 'name' ? sortBy(members, (a) => a.name) : members;
    for (const member of ordered) {
      rows.push({
        id: member.id,
        actor: member,
        partyId: party.id,
        depth: 1,
        expandable: false,
        expanded: false,
      });
    }
  }

  // Cells depend on the row, the column and the dates only: reuse them when those are the same.
  const old =
    previous &&
    previous.index === index &&
    previous.options.asOf === options.asOf &&
    sameRange(previous.options.range, options.range) &&
    sameItems(previous.matrix.columns, columns)
      ? previous.matrix
      : undefined;
  if (old && old.rows.length === rows.length && rows.every((row, r) => sameRow(old.rows[r], row))) {
    return old;
  }
  const reusable = new Map<string, readonly MatrixCell[]>();
  old?.rows.forEach((row, r) => {
    const cells = old.cells[r];
    if (cells) reusable.set(row.id, cells);
  });

  let filledCount = 0;
  const cells = rows.map((row) => {
    const rowCells = reusable.get(row.id) ?? buildRowCells(index, row.id, columns, days);
    for (const cell of rowCells) if (cell.current) filledCount++;
    return rowCells;
  });
  return { rows, columns, cells, filledCount };
}
