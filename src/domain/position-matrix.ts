import type { Actor, Issue, Position } from './dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { cellKey } from './dataset-index.ts';
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

/** The positions of a cell that count under the date options, current first then newest first. */
export function selectCellPositions(
  index: DatasetIndex,
  rowId: string,
  issueId: string,
  asOf: string | undefined,
  range: DayRange | null,
): Position[] {
  const all = index.positionsByCell.get(cellKey(rowId, issueId)) ?? [];
  const counted: Position[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const p = all[i];
    if (!p) continue;
    if (asOf !== undefined && p.date > asOf) continue;
    if (range && (p.date < range.from || p.date > range.to)) continue;
    counted.push(p);
  }
  return counted;
}

function buildCell(
  index: DatasetIndex,
  rowId: string,
  issueId: string,
  options: Pick<MatrixOptions, 'asOf' | 'range'>,
): MatrixCell {
  const [current, ...others] = selectCellPositions(
    index,
    rowId,
    issueId,
    options.asOf,
    options.range,
  );
  return { rowId, issueId, current, others };
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

/**
 * Builds the matrix: rows are parties (with their factions and people when expanded), columns
 * issues, and each cell the latest position as of `asOf` with the others that count.
 */
export function buildPositionMatrix(index: DatasetIndex, options: MatrixOptions): PositionMatrix {
  let parties = index.partyRows.filter(
    (a) => !options.hiddenParties.has(a.id) && (options.partyScope?.has(a.id) ?? true),
  );
  let columns = index.dataset.issues.filter((i) => !options.hiddenIssues.has(i.id));

  const { partySort, issueSort } = options;
  if (partySort.by === 'name') parties = sortBy(parties, (a) => a.name);
  else if (partySort.by === 'stance' && index.issuesById.has(partySort.key))
    parties = sortBy(parties, (a) => stanceSortKey(buildCell(index, a.id, partySort.key, options)));
  if (issueSort.by === 'name') columns = sortBy(columns, (i) => i.label);
  else if (issueSort.by === 'stance' && index.actorsById.has(issueSort.key))
    columns = sortBy(columns, (i) => stanceSortKey(buildCell(index, issueSort.key, i.id, options)));

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

  let filledCount = 0;
  const cells = rows.map((row) =>
    columns.map((issue) => {
      const cell = buildCell(index, row.id, issue.id, options);
      if (cell.current) filledCount++;
      return cell;
    }),
  );
  return { rows, columns, cells, filledCount };
}
