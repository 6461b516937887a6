import { findPartyOf } from './actors.ts';
import type {
  Actor,
  Dataset,
  Issue,
  Meeting,
  Position,
  Proposal,
  ProposalResponse,
  Source,
} from './dataset.ts';
import { fuzzyDateSpan } from './fuzzy-date.ts';
import { isoDayOrdinal } from './iso-day.ts';
import { sortMeetingsByDate } from './meetings-in-range.ts';

/** A matrix cell's positions in precedence order (so by date), with their days as numbers. */
export interface CellPositions {
  positions: readonly Position[];
  /** `days[i]` is {@link isoDayOrdinal} of `positions[i].date`: ascending. */
  days: Int32Array;
}

/** Lookups a dataset's views need often, built once per dataset. */
export interface DatasetIndex {
  dataset: Dataset;
  actorsById: ReadonlyMap<string, Actor>;
  issuesById: ReadonlyMap<string, Issue>;
  sourcesById: ReadonlyMap<string, Source>;
  meetingsById: ReadonlyMap<string, Meeting>;
  proposalsById: ReadonlyMap<string, Proposal>;
  /** The responses to each proposal, by proposal id, in dataset order. */
  responsesOf: ReadonlyMap<string, readonly ProposalResponse[]>;
  /** The proposals ordered by date (stable for ties). */
  proposalsByDate: readonly Proposal[];
  /** The meetings ordered by date (stable for ties), sorted once rather than on each filter. */
  meetingsByDate: readonly Meeting[];
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
  /**
   * The same lists by row id then issue id, with their days: the matrix reads 10,000 cells per
   * date change, without building a key for each.
   */
  cellsByRow: ReadonlyMap<string, ReadonlyMap<string, CellPositions>>;
  /**
   * Per party (or other top-level row), the distinct mediator lists of the meetings its actors
   * took part in: enough to tell which parties a mediator filter keeps without reading every
   * meeting again.
   */
  mediatorGroupsOf: ReadonlyMap<string, readonly (readonly string[])[]>;
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
  const listsByRow = new Map<string, Map<string, Position[]>>();
  const push = (rowId: string, position: Position) => {
    const key = cellKey(rowId, position.issueId);
    const list = byCell.get(key);
    if (list) {
      list.push(position);
      return;
    }
    const created = [position];
    byCell.set(key, created);
    const issues = listsByRow.get(rowId) ?? new Map<string, Position[]>();
    issues.set(position.issueId, created);
    listsByRow.set(rowId, issues);
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
  const cellsByRow = new Map<string, Map<string, CellPositions>>();
  for (const [rowId, issues] of listsByRow) {
    const cells = new Map<string, CellPositions>();
    for (const [issueId, positions] of issues) {
      cells.set(issueId, {
        positions,
        days: Int32Array.from(positions, (p) => isoDayOrdinal(p.date)),
      });
    }
    cellsByRow.set(rowId, cells);
  }

  const membersOf = new Map<string, Actor[]>();
  for (const [partyId, ids] of memberIds) {
    membersOf.set(
      partyId,
      dataset.actors.filter((a) => ids.has(a.id)),
    );
  }

  const groups = new Map<string, Map<string, readonly string[]>>();
  for (const meeting of dataset.meetings) {
    const key = meeting.mediatorIds.join('\u0000');
    for (const id of meeting.participantIds) {
      const partyId = partyIdOf.get(id);
      if (partyId === undefined) continue;
      const seen = groups.get(partyId) ?? new Map<string, readonly string[]>();
      if (!seen.has(key)) seen.set(key, meeting.mediatorIds);
      groups.set(partyId, seen);
    }
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
  for (const p of dataset.proposals) see(p.date);

  const responsesOf = new Map<string, ProposalResponse[]>();
  for (const r of dataset.responses) {
    const list = responsesOf.get(r.proposalId);
    if (list) list.push(r);
    else responsesOf.set(r.proposalId, [r]);
  }

  return {
    dataset,
    actorsById,
    issuesById: new Map(dataset.issues.map((i) => [i.id, i])),
    sourcesById: new Map(dataset.sources.map((s) => [s.id, s])),
    meetingsById: new Map(dataset.meetings.map((m) => [m.id, m])),
    meetingsByDate: sortMeetingsByDate(dataset.meetings),
    proposalsById: new Map(dataset.proposals.map((p) => [p.id, p])),
    responsesOf,
    // Array.prototype.sort is stable: proposals of one day keep the dataset's order.
    proposalsByDate: [...dataset.proposals].sort((a, b) =>
      a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
    ),
    partyIdOf,
    mediators: dataset.actors.filter((a) => mediatorIds.has(a.id)),
    partyRows: dataset.actors.filter((a) => rowIds.has(a.id)),
    membersOf,
    positionsByCell: byCell,
    cellsByRow,
    mediatorGroupsOf: new Map([...groups].map(([id, seen]) => [id, [...seen.values()]])),
    firstDay,
    lastDay,
  };
}
