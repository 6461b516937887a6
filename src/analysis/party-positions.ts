import { findPartyOf } from '../domain/actors.ts';
import type { Actor, Dataset, Position } from '../domain/dataset.ts';

/** `party|issue`: the key of a party's position on an issue. */
export function partyIssueKey(partyId: string, issueId: string): string {
  return `${partyId}|${issueId}`;
}

/** Resolves any actor to the party (or mediator) it counts for. */
export function makePartyResolver(dataset: Dataset): (actorId: string) => string {
  const byId = new Map<string, Actor>(dataset.actors.map((a) => [a.id, a]));
  const cache = new Map<string, string>();
  return (actorId) => {
    let party = cache.get(actorId);
    if (party === undefined) {
      party = findPartyOf(actorId, byId)?.id ?? actorId;
      cache.set(actorId, party);
    }
    return party;
  };
}

/**
 * The (party, issue) cells the positions fall in, numbered densely, and each position's day as
 * a number. Keys such as `party|issue` are built once per cell, not once per position, and days
 * compare as integers: string keys and string dates were what made the analyses slow on the
 * large case.
 */
export interface CellNumbering {
  /** For each position of the dataset, in order, the number of its cell. */
  cellOfPosition: Int32Array;
  /** For each position of the dataset, in order, its day (days since 1970-01-01). */
  dayOfPosition: Int32Array;
  /** For each cell number, its party, issue and `party|issue` key. */
  cells: { partyId: string; issueId: string; key: string }[];
}

const DAY_MS = 86_400_000;

/** Days since 1970-01-01 of an ISO day (`YYYY-MM-DD`); NaN for anything else. */
export function dayNumber(day: string): number {
  return Date.UTC(+day.slice(0, 4), +day.slice(5, 7) - 1, +day.slice(8, 10)) / DAY_MS;
}

// One numbering per positions array: the views ask for several analyses of the same case.
const numberings = new WeakMap<
  readonly Position[],
  { actors: readonly Actor[]; numbering: CellNumbering }
>();

/** Numbers the cells of the dataset's positions (see {@link CellNumbering}). */
export function numberCells(dataset: Dataset): CellNumbering {
  const cached = numberings.get(dataset.positions);
  if (cached && cached.actors === dataset.actors) return cached.numbering;
  const partyOf = makePartyResolver(dataset);
  // actor id → issue id → cell number; both ids are strings held by the dataset, so their
  // hashes are computed once and cached by the engine.
  const byActor = new Map<string, Map<string, number>>();
  const byParty = new Map<string, Map<string, number>>();
  const days = new Map<string, number>();
  const cells: CellNumbering['cells'] = [];
  const { positions } = dataset;
  const cellOfPosition = new Int32Array(positions.length);
  const dayOfPosition = new Int32Array(positions.length);
  for (let i = 0; i < positions.length; i++) {
    const p = positions[i] as Position;
    let actorCells = byActor.get(p.actorId);
    if (!actorCells) {
      const partyId = partyOf(p.actorId);
      let partyCells = byParty.get(partyId);
      if (!partyCells) byParty.set(partyId, (partyCells = new Map()));
      actorCells = partyCells;
      byActor.set(p.actorId, actorCells);
    }
    let cell = actorCells.get(p.issueId);
    if (cell === undefined) {
      cell = cells.length;
      const partyId = partyOf(p.actorId);
      cells.push({ partyId, issueId: p.issueId, key: partyIssueKey(partyId, p.issueId) });
      actorCells.set(p.issueId, cell);
    }
    cellOfPosition[i] = cell;
    let day = days.get(p.date);
    if (day === undefined) days.set(p.date, (day = dayNumber(p.date)));
    dayOfPosition[i] = day;
  }
  const numbering = { cellOfPosition, dayOfPosition, cells };
  numberings.set(positions, { actors: dataset.actors, numbering });
  return numbering;
}

/**
 * The latest position of each cell stated on or before each of the given days, in one pass:
 * `result[k][cell]` for `days[k]` (`undefined` counts all dates). A later date wins; on the
 * same date, the later record in the dataset.
 */
export function latestByCell(
  dataset: Dataset,
  numbering: CellNumbering,
  days: readonly (string | undefined)[],
): (Position | undefined)[][] {
  const { cellOfPosition, dayOfPosition, cells } = numbering;
  const limits = days.map((day) => (day === undefined ? Infinity : dayNumber(day)));
  const { positions } = dataset;
  return limits.map((limit) => {
    const latestDay = new Float64Array(cells.length).fill(-Infinity);
    const latest = new Array<number>(cells.length).fill(-1);
    for (let i = 0; i < positions.length; i++) {
      const day = dayOfPosition[i] as number;
      if (day > limit) continue;
      const cell = cellOfPosition[i] as number;
      if (day >= (latestDay[cell] as number)) {
        latestDay[cell] = day;
        latest[cell] = i;
      }
    }
    return latest.map((i) => (i < 0 ? undefined : positions[i]));
  });
}

/**
 * Each party's latest position on each issue stated on or before `asOf` (all dates when
 * undefined). A later date wins; on the same date, the later record in the dataset.
 */
export function selectLatestPartyPositions(dataset: Dataset, asOf?: string): Map<string, Position> {
  const numbering = numberCells(dataset);
  const [slots = []] = latestByCell(dataset, numbering, [asOf]);
  const latest = new Map<string, Position>();
  slots.forEach((p, cell) => {
    const key = numbering.cells[cell]?.key;
    if (p && key !== undefined) latest.set(key, p);
  });
  return latest;
}
