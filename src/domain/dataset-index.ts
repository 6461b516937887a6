import { findPartyOf } from './actors.ts';
import type { Actor, Dataset, Issue, Meeting, Position, Source } from './dataset.ts';
import { fuzzyDateSpan } from './fuzzy-date.ts';

/** Lookups a dataset's views need often, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  actorsById: ReadonlyMap<string, Actor>;
  issuesById: ReadonlyMap<string, Issue>;
  sourcesById: ReadonlyMap<string, Source>;
  meetingsById: ReadonlyMap<string, Meeting>;
  /** The id of the party (or mediator) each actor counts for in the matrix. */
  partyIdOf: ReadonlyMap<string, string>;
  /** Mediators in dataset order, plus any other actor named as a meeting's mediator. */
  mediators: readonly Actor[];
  /** The matrix's top-level rows: every party, and any other actor positions count for. */
  partyRows: readonly Actor[];
  /** Per top-level row, its factions and people that state positions, in dataset order. */
  membersOf: ReadonlyMap<string, readonly Actor[]>;
  /** Positions per matrix cell ({@link cellKey}), in precedence order: the last one wins. */
  positionsByCell: ReadonlyMap<string, readonly Position[]>;
  /** The earliest and latest days any record of the dataset names. */
  firstDay: string | undefined;
  lastDay: string | undefined;
}

/** The key of a matrix cell: a row's actor id and an issue id. */
export function cellKey(rowId: string, issueId: string): string {
  return `${rowId}\u0000${issueId}`;
}

/**
 * Orders positions so that the one that counts comes last: older first; on the same day an
 * extracted record before a curated one (a person's correction wins), then by confidence.
 */
export function comparePositionPrecedence(
  a: Position,
  b: Position,
  order: ReadonlyMap<string, number>,
): number {
  if (a.date !== b.date) return a.date < b.date ? -1 : 1;
  if (a.origin !== b.origin) return a.origin === 'extracted' ? -1 : 1;
  if (a.confidence !== b.confidence) return a.confidence - b.confidence;
  return (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0);
}

/** Builds the lookups of {@link DatasetIndex} in one pass over each list. */
export function buildDatasetIndex(dataset: Dataset): DatasetIndex {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const partyIdOf = new Map<string, string>();
  for (const actor of dataset.actors) {
    const party = findPartyOf(actor.id, actorsById);
    if (party) partyIdOf.set(actor.id, party.id);
  }

  const mediatorIds = new Set(dataset.actors.filter((a) => a.kind === 'mediator').map((a) => a.id));
  for (const meeting of dataset.meetings) for (const id of meeting.mediatorIds) mediatorIds.add(id);

  const rowIds = new Set(dataset.actors.filter((a) => a.kind === 'party').map((a) => a.id));
  const memberIds = new Map<string, Set<string>>();
  const byCell = new Map<string, Position[]>();
  const push = (rowId: string, position: Position) => {
    const key = cellKey(rowId, position.issueId);
    const list = byCell.get(key);
    if (list) list.push(position);
    else byCell.set(key, [position]);
  };
  for (const position of dataset.positions) {
    const partyId = partyIdOf.get(position.actorId);
    if (partyId === undefined) continue;
    rowIds.add(partyId);
    push(partyId, position);
    // A member row holds what the member stated or was said to state for its party.
    const members = new Set<string>();
    for (const id of [position.actorId, position.speakerId]) {
      if (id !== undefined && id !== partyId && partyIdOf.get(id) === partyId) members.add(id);
    }
    for (const id of members) {
      push(id, position);
      const set = memberIds.get(partyId) ?? new Set<string>();
      set.add(id);
      memberIds.set(partyId, set);
    }
  }
  const order = new Map(dataset.positions.map((p, i) => [p.id, i]));
  for (const list of byCell.values()) list.sort((a, b) => comparePositionPrecedence(a, b, order));

  const membersOf = new Map<string, Actor[]>();
  for (const [partyId, ids] of memberIds) {
    membersOf.set(
      partyId,
      dataset.actors.filter((a) => ids.has(a.id)),
    );
  }

  let firstDay: string | undefined;
  let lastDay: string | undefined;
  const see = (day: string | null | undefined) => {
    if (!day) return;
    if (firstDay === undefined || day < firstDay) firstDay = day;
    if (lastDay === undefined || day > lastDay) lastDay = day;
  };
  for (const p of dataset.positions) see(p.date);
  for (const m of dataset.meetings) {
    const span = fuzzyDateSpan(m.date);
    see(span.first ?? m.date.start);
    see(span.last ?? m.date.start);
  }
  for (const e of dataset.events ?? []) {
    see(e.date.start);
    see(e.date.end);
  }
  for (const s of dataset.sources) see(s.published);

  return {
    dataset,
    actorsById,
    issuesById: new Map(dataset.issues.map((i) => [i.id, i])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    meetingsById: new Map(dataset.meetings.map((m) => [m.id, m])),
    partyIdOf,
    mediators: dataset.actors.filter((a) => mediatorIds.has(a.id)),
    partyRows: dataset.actors.filter((a) => rowIds.has(a.id)),
    membersOf,
    positionsByCell: byCell,
    firstDay,
    lastDay,
  };
}
