import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type {
  Actor,
  Meeting,
  NegotiationEvent,
  Origin,
  Position,
  Proposal,
  ProposalKind,
} from '../domain/dataset.ts';
import { describeMeeting } from '../domain/describe.ts';
import { describeProposal } from '../domain/describe-proposal.ts';
import { PARTY_PROPOSALS, proposalLaneKeys } from '../domain/proposals-in-view.ts';
import { DAY_MS, isoDayToTime } from '../domain/iso-day.ts';
import { NO_MEDIATOR } from '../domain/meetings-in-range.ts';
import type { DayRange } from '../domain/position-matrix.ts';

/** A horizontal lane: one per mediator, one for meetings without a mediator. */
export interface TimelineLane {
  key: string;
  label: string;
}

/** What the timeline draws and how wide it is. */
export interface TimelineInput {
  meetings: readonly Meeting[];
  lanes: readonly TimelineLane[];
  positions: readonly Position[];
  events: readonly NegotiationEvent[];
  /** Proposals and deals, drawn in the lanes of their mediator proposers (by date). */
  proposals?: readonly Proposal[] | undefined;
  actorsById: ReadonlyMap<string, Actor>;
  /** The visible window, in UTC milliseconds. */
  domain: readonly [number, number];
  width: number;
  asOf?: string | undefined;
  range?: DayRange | null | undefined;
}

/**
 * How a meeting's date is drawn: a point for a known day, a range for a span, month or
 * approximate date, and an open-ended mark for `before` and `after`.
 */
export type MeetingShape = 'point' | 'range' | 'open-start' | 'open-end';

/** A meeting placed in its lane. */
export interface PlacedMeeting {
  key: string;
  id: string;
  /** The accessible name: date, place and mediators. */
  name: string;
  laneKey: string;
  x0: number;
  x1: number;
  cy: number;
  shape: MeetingShape;
  /** The date is approximate or a whole month: drawn with soft ends. */
  soft: boolean;
  origin: Origin;
  /** Whether any part of it lies in the visible window. */
  visible: boolean;
  /** The place, drawn beside the mark when there is room. */
  text: { x: number; value: string } | undefined;
}

/** A decorative copy of a meeting in the lane of its other mediators, tied to the meeting. */
export interface PlacedGhost {
  key: string;
  meetingId: string;
  laneKey: string;
  x0: number;
  x1: number;
  cy: number;
  shape: MeetingShape;
  /** The vertical line from the ghost to its meeting. */
  connector: { x: number; y0: number; y1: number };
  visible: boolean;
}

/** A proposal or deal placed in the proposal row of its first shown proposer's lane. */
export interface PlacedProposal {
  key: string;
  id: string;
  /** The accessible name: kind, title, date and proposers. */
  name: string;
  kind: ProposalKind;
  laneKey: string;
  /** The middle of its day. */
  x: number;
  cy: number;
  origin: Origin;
  visible: boolean;
  /** The title, drawn beside the mark (shortened to the room there), if any fits. */
  text: { x: number; value: string } | undefined;
}

/** A decorative copy of a proposal in the lane of another of its proposers, tied to it. */
export interface PlacedProposalGhost {
  key: string;
  proposalId: string;
  kind: ProposalKind;
  laneKey: string;
  x: number;
  cy: number;
  connector: { x: number; y0: number; y1: number };
  visible: boolean;
}

/** Position statements of one day, drawn as one lighter mark with a count. */
export interface PlacedPositionDay {
  key: string;
  day: string;
  x: number;
  cy: number;
  count: number;
  visible: boolean;
}

/** A dated event drawn as a band behind the lanes. */
export interface PlacedEvent {
  key: string;
  title: string;
  x0: number;
  x1: number;
  visible: boolean;
  /** The title, shortened with "…" to the room before the next event's band. */
  label: string;
  labelX: number;
}

/** A placed lane with its label. */
export interface PlacedLane {
  key: string;
  label: string;
  y: number;
  height: number;
  /** `proposals` is the lane of proposals whose proposers are all parties. */
  kind: 'mediator' | 'proposals' | 'positions';
}

/** An axis tick; edge labels are anchored inwards so they are not cut. */
export interface TimelineTick {
  key: string;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** What a placed timeline and its live view share: sizes, lanes, axis, events, as-of line. */
export interface TimelineFrame {
  width: number;
  height: number;
  /** The plot's horizontal extent and the scale's domain there, to invert pixels into time. */
  plot: { left: number; right: number };
  domain: readonly [number, number];
  events: { y: number; height: number; items: readonly PlacedEvent[] } | undefined;
  lanes: readonly PlacedLane[];
  lanesTop: number;
  lanesBottom: number;
  ticks: readonly TimelineTick[];
  axisY: number;
  /** The as-of line; its label sits left of the line near the right edge. */
  asOf: { x: number; label: string; anchor: 'start' | 'end' } | undefined;
  /** The band under the lanes (the axis and a hint) where a drag pans. */
  pan: { y0: number; y1: number };
}

/** The timeline placed on a plane: what the screen renders and the exporters draw. */
export interface TimelineLayout extends TimelineFrame {
  meetings: readonly PlacedMeeting[];
  ghosts: readonly PlacedGhost[];
  proposals: readonly PlacedProposal[];
  proposalGhosts: readonly PlacedProposalGhost[];
  positions: readonly PlacedPositionDay[];
  /** The brush covers the lanes: a drag there selects dates, drawn as `selection` pixels. */
  brush: { y0: number; y1: number; selection: readonly [number, number] | undefined };
}

const MARGIN = { left: 12, right: 16 };
const EVENTS_HEIGHT = 20;
const LANE_LABEL = 18;
const ROW = 24;
const LANE_PAD = 6;
const AXIS = 24;
const PAN_HINT = 20;
const POINT = 16;
const OPEN = 60;
const MIN_RANGE = 12;
const MAX_ROWS = 3;
const MAX_PROPOSAL_ROWS = 2;
/** A proposal mark's width: a triangle on its day. */
export const PROPOSAL_MARK = 16;
const CHAR = 6.6;

/** The full time extent of a timeline: its records' days padded by a few days, on nice bounds. */
export function timelineExtent(firstDay: string | undefined, lastDay: string | undefined) {
  const start = isoDayToTime(firstDay ?? '2000-01-01') - 3 * DAY_MS;
  const end = isoDayToTime(lastDay ?? firstDay ?? '2000-01-01') + 4 * DAY_MS;
  const [t0, t1] = scaleUtc().domain([start, end]).nice().domain();
  return [t0?.getTime() ?? start, t1?.getTime() ?? end] as const;
}

const formatMonth = utcFormat('%b %Y');
const formatDay = utcFormat('%b %-d');
const formatHour = utcFormat('%b %-d, %H:%M');

/** Tick labels that always name the month: "Nov 5", or "Dec 2023" when ticks are months apart. */
function tickFormatFor(ticks: readonly Date[]): (d: Date) => string {
  const [a, b] = ticks;
  const step = a && b ? b.getTime() - a.getTime() : DAY_MS;
  if (step >= 28 * DAY_MS) return formatMonth;
  return step >= DAY_MS ? formatDay : formatHour;
}

/** A text cut with "…" to fit a width, by an estimate of its characters' width. */
function shorten(text: string, width: number): string {
  const chars = Math.floor(width / CHAR);
  if (text.length <= chars) return text;
  return chars <= 1 ? '' : `${text.slice(0, chars - 1).trimEnd()}…`;
}

/** How a meeting's mark is placed, in data units: its shape and the times its ends come from. */
const SHAPES: readonly MeetingShape[] = ['point', 'range', 'open-start', 'open-end'];
const SHAPE_POINT = 0;
const SHAPE_RANGE = 1;
const SHAPE_OPEN_START = 2;
const SHAPE_OPEN_END = 3;

/** A meeting's mark in data units (UTC milliseconds), worked out once per meeting object. */
interface MarkTimes {
  shape: number;
  soft: boolean;
  /** The point's middle, a range's start, or the known end of an open-ended date. */
  a: number;
  /** A range's end (exclusive). */
  b: number;
  /** The first and last days' times, for the extent of the data. */
  first: number;
  last: number;
}

/**
 * A meeting's mark in data units. Not cached per meeting: plans are cached, and filling a
 * WeakMap with 10,000 meetings costs more than working their times out again.
 */
function markTimesOf(m: Meeting): MarkTimes {
  const start = isoDayToTime(m.date.start);
  const last = m.date.end ? isoDayToTime(m.date.end) : start;
  const { precision } = m.date;
  let shape = SHAPE_RANGE;
  let soft = true;
  let a = start;
  let b = start;
  if (precision === 'before') {
    shape = SHAPE_OPEN_START;
    soft = false;
  } else if (precision === 'after') {
    shape = SHAPE_OPEN_END;
    soft = false;
    a = b = start + DAY_MS;
  } else if (m.date.end) {
    soft = precision !== 'day';
    b = last + DAY_MS;
  } else if (precision === 'month') {
    const d = new Date(start);
    b = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
  } else if (precision === 'approximate') {
    a = start - 3 * DAY_MS;
    b = start + 4 * DAY_MS;
  } else {
    shape = SHAPE_POINT;
    soft = false;
    a = b = start + DAY_MS / 2;
  }
  return { shape, soft, a, b, first: start, last };
}

/**
 * Places marks on a linear time map (`x = left + (t - d0) * k`), writing their pixel ends into
 * `x0` and `x1`: points and open ends keep a fixed width, short ranges a minimum one.
 */
function placeMarks(
  shape: Uint8Array,
  a: Float64Array,
  b: Float64Array,
  left: number,
  d0: number,
  k: number,
  x0: Float64Array,
  x1: Float64Array,
): void {
  for (let i = 0; i < shape.length; i++) {
    const s = shape[i];
    const xa = left + ((a[i] ?? 0) - d0) * k;
    if (s === SHAPE_POINT) {
      x0[i] = xa - POINT / 2;
      x1[i] = xa + POINT / 2;
    } else if (s === SHAPE_OPEN_START) {
      x0[i] = xa - OPEN;
      x1[i] = xa;
    } else if (s === SHAPE_OPEN_END) {
      x0[i] = xa;
      x1[i] = xa + OPEN;
    } else {
      const xb = left + ((b[i] ?? 0) - d0) * k;
      if (xb - xa < MIN_RANGE) {
        const mid = (xa + xb) / 2;
        x0[i] = mid - MIN_RANGE / 2;
        x1[i] = mid + MIN_RANGE / 2;
      } else {
        x0[i] = xa;
        x1[i] = xb;
      }
    }
  }
}

/** One lane's packed rows, kept while the lane's meetings and the planning scale stay the same. */
interface LaneRows {
  meetings: Meeting[];
  /** The lane's meetings (indices into `meetings`) in the order of their marks' starts. */
  order: Int32Array;
  rows: Int32Array;
  rowCount: number;
}

/**
 * Rows per lane, across data sets: hiding a mediator leaves every other lane's meetings as they
 * were, so a filter change re-packs nothing (keyed by lane and scale, checked by identity).
 */
const laneRowsCache = new Map<string, LaneRows>();
const LANE_ROWS_CACHE_SIZE = 64;
/** Above any lane's mark count (sort keys hold the index below it). */
const INDEX_SPAN = 2 ** 21;

function sameMeetings(a: readonly Meeting[], b: readonly Meeting[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Packs a lane's marks into rows on a scale spanning all the meetings, so that zooming only
 * moves marks and rows stay put (cheap, and steady to read).
 */
function packLane(
  key: string,
  meetings: Meeting[],
  times: readonly MarkTimes[],
  left: number,
  right: number,
  f0: number,
  f1: number,
): LaneRows {
  const cacheKey = `${key}\u0000${left}\u0000${right}\u0000${f0}\u0000${f1}`;
  const cached = laneRowsCache.get(cacheKey);
  if (cached && sameMeetings(cached.meetings, meetings)) return cached;
  const n = meetings.length;
  const shape = new Uint8Array(n);
  const a = new Float64Array(n);
  const b = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const t = times[i] as MarkTimes;
    shape[i] = t.shape;
    a[i] = t.a;
    b[i] = t.b;
  }
  const x0 = new Float64Array(n);
  const x1 = new Float64Array(n);
  placeMarks(shape, a, b, left, f0, (right - left) / (f1 - f0), x0, x1);
  // By start, then by the meetings' order (stable), as one number per mark so that the native
  // numeric sort does it: the start in 1/1024 px above the index.
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) keys[i] = Math.round((x0[i] ?? 0) * 1024) * INDEX_SPAN + i;
  keys.sort();
  const order = new Int32Array(n);
  for (let j = 0; j < n; j++) {
    const key = keys[j] ?? 0;
    order[j] = key - Math.floor(key / INDEX_SPAN) * INDEX_SPAN;
  }
  const rows = new Int32Array(n);
  const ends: number[] = [];
  for (let j = 0; j < n; j++) {
    const i = order[j] ?? 0;
    const start = x0[i] ?? 0;
    let row = -1;
    for (let r = 0; r < ends.length; r++) {
      if ((ends[r] ?? 0) + 3 <= start) {
        row = r;
        break;
      }
    }
    if (row === -1) {
      if (ends.length < MAX_ROWS) row = ends.length;
      else row = ends.indexOf(Math.min(...ends));
    }
    ends[row] = Math.max(ends[row] ?? -Infinity, x1[i] ?? 0);
    rows[j] = row;
  }
  const packed = { meetings, order, rows, rowCount: Math.max(1, ends.length) };
  if (laneRowsCache.size >= LANE_ROWS_CACHE_SIZE) laneRowsCache.clear();
  laneRowsCache.set(cacheKey, packed);
  return packed;
}

/**
 * Every mark of a plan, lane by lane and left to right, as parallel arrays in data units: the
 * meetings (drawn once, in their first shown mediator's lane) and their ghosts.
 */
export interface PlannedMarks {
  length: number;
  meeting: readonly Meeting[];
  laneKey: readonly string[];
  /** 1 for a ghost: a copy in the lane of another of the meeting's mediators. */
  ghost: Uint8Array;
  shape: Uint8Array;
  soft: Uint8Array;
  a: Float64Array;
  b: Float64Array;
  cy: Float64Array;
  /** For a ghost, the middle of its meeting's mark. */
  primaryCy: Float64Array;
  /** The next mark in the same row of the same lane, or -1. */
  nextInRow: Int32Array;
  /** How many of the marks are meetings (not ghosts). */
  meetingCount: number;
}

/**
 * The proposals of a plan, lane by lane and by date, as parallel arrays: each drawn once in its
 * first shown proposer's lane (on the lane's proposal rows, above its meetings) and as ghosts in
 * the others.
 */
export interface PlannedProposals {
  length: number;
  proposal: readonly Proposal[];
  laneKey: readonly string[];
  ghost: Uint8Array;
  /** The middle of the proposal's day, in UTC milliseconds. */
  t: Float64Array;
  cy: Float64Array;
  primaryCy: Float64Array;
  nextInRow: Int32Array;
  /** How many of them are proposals (not ghosts). */
  proposalCount: number;
}

/**
 * A timeline planned for its data and width, whatever the window: lanes and their rows, every
 * mark's place in data units, the vertical layout. Placing a window is then a loop of sums.
 */
export interface TimelinePlan {
  width: number;
  height: number;
  plot: { left: number; right: number };
  eventsBand: { y: number; height: number } | undefined;
  lanes: readonly PlacedLane[];
  lanesTop: number;
  lanesBottom: number;
  axisY: number;
  pan: { y0: number; y1: number };
  marks: PlannedMarks;
  proposals: PlannedProposals;
  /** Position statements per day: the day, its time and count; all on one row at `cy`. */
  days: { day: readonly string[]; time: Float64Array; count: readonly number[]; cy: number };
  events: readonly NegotiationEvent[];
  actorsById: ReadonlyMap<string, Actor>;
}

const dayCounts = new WeakMap<readonly Position[], [string, number][]>();

/** Position statements counted per day, in day order (once per positions array, not per zoom). */
function countByDay(positions: readonly Position[]): [string, number][] {
  const cached = dayCounts.get(positions);
  if (cached) return cached;
  const byDay = new Map<string, number>();
  // Runs of the same day are counted before the map is touched (records come mostly by date).
  let day: string | undefined;
  let run = 0;
  for (const p of positions) {
    if (p.date === day) {
      run++;
      continue;
    }
    if (day !== undefined) byDay.set(day, (byDay.get(day) ?? 0) + run);
    day = p.date;
    run = 1;
  }
  if (day !== undefined) byDay.set(day, (byDay.get(day) ?? 0) + run);
  const counted = [...byDay].sort(([a], [b]) => (a < b ? -1 : 1));
  dayCounts.set(positions, counted);
  return counted;
}

/** What a plan is made from: a timeline's input without its window. */
export type TimelinePlanInput = Omit<TimelineInput, 'domain' | 'asOf' | 'range'>;

/** Recent plans per meetings array: toggling a filter back and forth finds its plan again. */
const planCache = new WeakMap<
  readonly Meeting[],
  { input: TimelinePlanInput; plan: TimelinePlan }[]
>();
const PLANS_PER_MEETINGS = 4;

function samePlanInput(a: TimelinePlanInput, b: TimelinePlanInput): boolean {
  return (
    a.width === b.width &&
    a.positions === b.positions &&
    a.events === b.events &&
    (a.proposals ?? NO_PROPOSALS) === (b.proposals ?? NO_PROPOSALS) &&
    a.actorsById === b.actorsById &&
    a.lanes.length === b.lanes.length &&
    a.lanes.every((l, i) => l.key === b.lanes[i]?.key && l.label === b.lanes[i]?.label)
  );
}

const NO_PROPOSALS: readonly Proposal[] = [];

/** Plans a timeline for its data and width (see {@link TimelinePlan}); the window is placed later. */
export function planTimeline(input: TimelinePlanInput): TimelinePlan {
  const recent = planCache.get(input.meetings) ?? [];
  const found = recent.find((entry) => samePlanInput(entry.input, input));
  if (found) return found.plan;
  const plan = makePlan(input);
  planCache.set(input.meetings, [{ input, plan }, ...recent].slice(0, PLANS_PER_MEETINGS));
  return plan;
}

function makePlan(input: TimelinePlanInput): TimelinePlan {
  const left = MARGIN.left;
  const right = Math.max(left + 40, input.width - MARGIN.right);
  const { meetings } = input;

  // Rows are packed at the full extent of the meetings, padded by a week.
  let t0 = Infinity;
  let t1 = -Infinity;
  const times = meetings.map(markTimesOf);
  for (const t of times) {
    if (t.first < t0) t0 = t.first;
    if (t.last > t1) t1 = t.last;
  }
  const proposals = input.proposals ?? NO_PROPOSALS;
  for (const p of proposals) {
    const t = isoDayToTime(p.date);
    if (t < t0) t0 = t;
    if (t > t1) t1 = t;
  }
  const [f0, f1] = Number.isFinite(t0) ? [t0 - 7 * DAY_MS, t1 + 8 * DAY_MS] : [0, DAY_MS];

  const laneIndex = new Map(input.lanes.map((l, i) => [l.key, i]));
  // Per lane: its meetings, their times, and whether each is a ghost there.
  const byLane = input.lanes.map(() => ({
    meetings: [] as Meeting[],
    times: [] as MarkTimes[],
    ghost: [] as boolean[],
  }));
  const NO_MEDIATOR_KEYS = [NO_MEDIATOR];
  for (let m = 0; m < meetings.length; m++) {
    const meeting = meetings[m] as Meeting;
    const keys = meeting.mediatorIds.length > 0 ? meeting.mediatorIds : NO_MEDIATOR_KEYS;
    let first = true;
    for (const key of keys) {
      const lane = byLane[laneIndex.get(key) ?? -1];
      if (!lane) continue;
      lane.meetings.push(meeting);
      lane.times.push(times[m] as MarkTimes);
      lane.ghost.push(!first);
      first = false;
    }
  }

  const proposalsByLane = input.lanes.map(() => [] as { proposal: Proposal; ghost: boolean }[]);
  let proposalTotal = 0;
  for (const proposal of proposals) {
    let first = true;
    for (const key of proposalLaneKeys(proposal, input.actorsById)) {
      const lane = proposalsByLane[laneIndex.get(key) ?? -1];
      if (!lane) continue;
      lane.push({ proposal, ghost: !first });
      first = false;
      proposalTotal++;
    }
  }
  const planned: PlannedProposals = {
    length: proposalTotal,
    proposal: new Array<Proposal>(proposalTotal),
    laneKey: new Array<string>(proposalTotal),
    ghost: new Uint8Array(proposalTotal),
    t: new Float64Array(proposalTotal),
    cy: new Float64Array(proposalTotal),
    primaryCy: new Float64Array(proposalTotal),
    nextInRow: new Int32Array(proposalTotal).fill(-1),
    proposalCount: 0,
  };
  const proposalOut = planned.proposal as Proposal[];
  const proposalLaneOut = planned.laneKey as string[];
  const fullK = (right - left) / (f1 - f0);
  let p = 0;

  let total = 0;
  for (const lane of byLane) total += lane.meetings.length;
  const marks: PlannedMarks = {
    length: total,
    meeting: new Array<Meeting>(total),
    laneKey: new Array<string>(total),
    ghost: new Uint8Array(total),
    shape: new Uint8Array(total),
    soft: new Uint8Array(total),
    a: new Float64Array(total),
    b: new Float64Array(total),
    cy: new Float64Array(total),
    primaryCy: new Float64Array(total),
    nextInRow: new Int32Array(total).fill(-1),
    meetingCount: 0,
  };
  const meetingOut = marks.meeting as Meeting[];
  const laneOut = marks.laneKey as string[];

  let y = 4;
  const eventsBand = input.events.length > 0 ? { y, height: EVENTS_HEIGHT } : undefined;
  if (eventsBand) y += EVENTS_HEIGHT + 4;
  const lanesTop = y;
  const lanes: PlacedLane[] = [];
  const ghosts: number[] = [];
  let n = 0;
  input.lanes.forEach((lane, laneNo) => {
    const entries = byLane[laneNo] ?? { meetings: [], times: [], ghost: [] };
    const packed = packLane(lane.key, entries.meetings, entries.times, left, right, f0, f1);
    // The lane's proposals take rows of their own above its meetings, packed by date.
    const laneProposals = proposalsByLane[laneNo] ?? [];
    const proposalEnds: number[] = [];
    const proposalFirst = p;
    for (const { proposal, ghost } of laneProposals) {
      const t = isoDayToTime(proposal.date) + DAY_MS / 2;
      const x = left + (t - f0) * fullK;
      let row = proposalEnds.findIndex((end) => end + 3 <= x - PROPOSAL_MARK / 2);
      if (row === -1) {
        row = proposalEnds.length < MAX_PROPOSAL_ROWS ? proposalEnds.length : 0;
      }
      proposalEnds[row] = x + PROPOSAL_MARK / 2;
      proposalOut[p] = proposal;
      proposalLaneOut[p] = lane.key;
      planned.t[p] = t;
      planned.cy[p] = y + LANE_LABEL + row * ROW + ROW / 2;
      if (ghost) planned.ghost[p] = 1;
      else planned.proposalCount++;
      p++;
    }
    const lastOfProposalRow = new Map<number, number>();
    for (let q = p - 1; q >= proposalFirst; q--) {
      const cy = planned.cy[q] ?? 0;
      planned.nextInRow[q] = lastOfProposalRow.get(cy) ?? -1;
      lastOfProposalRow.set(cy, q);
    }
    const proposalRows = proposalEnds.length;
    const top = y + proposalRows * ROW;
    // A lane of proposals alone keeps no empty row for meetings.
    const meetingRows = proposalRows > 0 && entries.meetings.length === 0 ? 0 : packed.rowCount;
    const height = LANE_LABEL + (proposalRows + meetingRows) * ROW + LANE_PAD;
    lanes.push({
      key: lane.key,
      label: lane.label,
      y,
      height,
      kind: lane.key === PARTY_PROPOSALS ? 'proposals' : 'mediator',
    });
    const first = n;
    const count = entries.meetings.length;
    for (let j = 0; j < count; j++) {
      const i = packed.order[j] ?? 0;
      const meeting = entries.meetings[i] as Meeting;
      const t = entries.times[i] as MarkTimes;
      const cy = top + LANE_LABEL + (packed.rows[j] ?? 0) * ROW + ROW / 2;
      meetingOut[n] = meeting;
      laneOut[n] = lane.key;
      marks.shape[n] = t.shape;
      marks.soft[n] = t.soft ? 1 : 0;
      marks.a[n] = t.a;
      marks.b[n] = t.b;
      marks.cy[n] = cy;
      if (entries.ghost[i]) {
        marks.ghost[n] = 1;
        ghosts.push(n);
      } else {
        marks.meetingCount++;
      }
      n++;
    }
    // The next mark in the same row, found in one backward pass (not a search per mark).
    const lastOfRow: number[] = [];
    for (let j = count - 1; j >= 0; j--) {
      const row = packed.rows[j] ?? 0;
      marks.nextInRow[first + j] = lastOfRow[row] ?? -1;
      lastOfRow[row] = first + j;
    }
    y += height;
  });
  if (planned.proposalCount < planned.length) {
    const primaryCy = new Map<Proposal, number>();
    for (let q = 0; q < planned.length; q++) {
      if (!planned.ghost[q]) primaryCy.set(proposalOut[q] as Proposal, planned.cy[q] ?? 0);
    }
    for (let q = 0; q < planned.length; q++) {
      if (planned.ghost[q])
        planned.primaryCy[q] = primaryCy.get(proposalOut[q] as Proposal) ?? planned.cy[q] ?? 0;
    }
  }
  if (ghosts.length > 0) {
    // Each ghost is tied to its meeting's mark (looked up only when there are ghosts).
    const primaryCy = new Map<Meeting, number>();
    for (let i = 0; i < n; i++) {
      if (!marks.ghost[i]) primaryCy.set(meetingOut[i] as Meeting, marks.cy[i] ?? 0);
    }
    for (const i of ghosts) {
      marks.primaryCy[i] = primaryCy.get(meetingOut[i] as Meeting) ?? marks.cy[i] ?? 0;
    }
  }

  const counted = input.positions.length > 0 ? countByDay(input.positions) : [];
  const days = {
    day: counted.map(([day]) => day),
    time: Float64Array.from(counted, ([day]) => isoDayToTime(day) + DAY_MS / 2),
    count: counted.map(([, count]) => count),
    cy: y + LANE_LABEL + ROW / 2,
  };
  if (input.positions.length > 0) {
    const height = LANE_LABEL + ROW + LANE_PAD;
    lanes.push({ key: 'positions', label: 'Position statements', y, height, kind: 'positions' });
    y += height;
  }
  const lanesBottom = y;
  const axisY = y;
  const pan = { y0: y, y1: y + AXIS + PAN_HINT };
  y = pan.y1 + 4;

  return {
    width: input.width,
    height: y,
    plot: { left, right },
    eventsBand,
    lanes,
    lanesTop,
    lanesBottom,
    axisY,
    pan,
    marks,
    proposals: planned,
    days,
    events: input.events,
    actorsById: input.actorsById,
  };
}

/** A plan placed in a window: what the screen draws, with every mark's pixels in arrays. */
export interface TimelineView extends TimelineFrame {
  plan: TimelinePlan;
  /** Marks' pixel ends, by the plan's mark index. */
  x0: Float64Array;
  x1: Float64Array;
  /** Days' pixel middles, by the plan's day index. */
  dayX: Float64Array;
  /** How many meetings (not ghosts) have a mark in the window. */
  meetingsInView: number;
  /** Proposals' pixel middles, by the plan's proposal index. */
  proposalX: Float64Array;
  /** How many proposals (not ghosts) have a mark in the window. */
  proposalsInView: number;
}

/** Places a plan in a visible window (UTC milliseconds) with the as-of line. */
export function placeTimeline(
  plan: TimelinePlan,
  domain: readonly [number, number],
  asOfDay?: string | undefined,
): TimelineView {
  const { left, right } = plan.plot;
  const x = scaleUtc().domain([domain[0], domain[1]]).range([left, right]);
  // The same linear map as `x`, without a scale call per mark (thousands of them per frame).
  const [d0, d1] = domain;
  const k = (right - left) / (d1 - d0 || 1);
  const toX = (t: number) => left + (t - d0) * k;
  const visible = (x0: number, x1: number) => x1 >= left && x0 <= right;
  const { marks, days } = plan;

  const x0 = new Float64Array(marks.length);
  const x1 = new Float64Array(marks.length);
  placeMarks(marks.shape, marks.a, marks.b, left, d0, k, x0, x1);
  let meetingsInView = 0;
  for (let i = 0; i < marks.length; i++) {
    if (!marks.ghost[i] && (x1[i] ?? 0) >= left && (x0[i] ?? 0) <= right) meetingsInView++;
  }
  const dayX = new Float64Array(days.time.length);
  for (let i = 0; i < dayX.length; i++) dayX[i] = toX(days.time[i] ?? 0);
  const { proposals } = plan;
  const proposalX = new Float64Array(proposals.length);
  let proposalsInView = 0;
  for (let i = 0; i < proposals.length; i++) {
    const px = toX(proposals.t[i] ?? 0);
    proposalX[i] = px;
    if (!proposals.ghost[i] && visible(px - PROPOSAL_MARK / 2, px + PROPOSAL_MARK / 2))
      proposalsInView++;
  }

  let events: TimelineFrame['events'];
  if (plan.eventsBand) {
    const eventSpans = plan.events
      .map((e) => ({
        e,
        x0: x(isoDayToTime(e.date.start)),
        x1: x(isoDayToTime(e.date.end ?? e.date.start) + DAY_MS),
      }))
      .sort((a, b) => a.x0 - b.x0);
    const items = eventSpans.map(({ e, x0: e0, x1: e1 }, i): PlacedEvent => {
      const labelX = Math.max(left, e0) + 4;
      const next = eventSpans[i + 1];
      const room = Math.min(next ? next.x0 : Infinity, right) - labelX - 4;
      return {
        key: e.id,
        title: e.title,
        x0: e0,
        x1: e1,
        visible: visible(e0, e1),
        label: shorten(e.title, room),
        labelX,
      };
    });
    events = { ...plan.eventsBand, items };
  }

  const tickCount = Math.max(4, Math.floor((right - left) / 80));
  const tickDates = x.ticks(tickCount);
  const format = tickFormatFor(tickDates);
  let lastLabelEnd = -Infinity;
  const ticks = tickDates.map((d): TimelineTick => {
    const tx = x(d);
    const text = format(d);
    const width = text.length * CHAR;
    const anchor = tx - width / 2 < 0 ? 'start' : tx + width / 2 > plan.width ? 'end' : 'middle';
    const start = anchor === 'start' ? tx : anchor === 'end' ? tx - width : tx - width / 2;
    // Labels that would overlap the previous one are left out; the tick itself stays.
    const label = start >= lastLabelEnd + 8 ? text : '';
    if (label) lastLabelEnd = start + width;
    return { key: d.toISOString(), x: tx, label, anchor };
  });

  let asOf: TimelineFrame['asOf'];
  if (asOfDay) {
    const ax = x(isoDayToTime(asOfDay) + DAY_MS);
    const label = `As of ${asOfDay}`;
    const anchor = ax + 4 + label.length * CHAR > plan.width ? 'end' : 'start';
    if (ax >= left && ax <= right) asOf = { x: ax, label, anchor };
  }

  return {
    plan,
    width: plan.width,
    height: plan.height,
    plot: plan.plot,
    domain: [d0, d1],
    events,
    lanes: plan.lanes,
    lanesTop: plan.lanesTop,
    lanesBottom: plan.lanesBottom,
    ticks,
    axisY: plan.axisY,
    asOf,
    pan: plan.pan,
    x0,
    x1,
    dayX,
    meetingsInView,
    proposalX,
    proposalsInView,
  };
}

/**
 * A placed meeting whose accessible name is worked out only when asked for: a dense timeline
 * draws thousands of marks but names only those it shows as buttons. (A class, so every
 * instance shares one shape and one getter.)
 */
class LazyNamedMeeting implements PlacedMeeting {
  readonly key: string;
  readonly id: string;
  readonly origin: Origin;
  #name: string | undefined;
  // Private fields: they stay out of copies, comparisons and JSON of a placed meeting.
  readonly #meeting: Meeting;
  readonly #actorsById: ReadonlyMap<string, Actor>;

  constructor(
    meeting: Meeting,
    actorsById: ReadonlyMap<string, Actor>,
    readonly laneKey: string,
    readonly x0: number,
    readonly x1: number,
    readonly shape: MeetingShape,
    readonly soft: boolean,
    readonly cy: number,
    readonly visible: boolean,
    readonly text: PlacedMeeting['text'],
  ) {
    this.#meeting = meeting;
    this.#actorsById = actorsById;
    this.key = meeting.id;
    this.id = meeting.id;
    this.origin = meeting.origin;
  }

  get name(): string {
    return (this.#name ??= describeMeeting(this.#meeting, this.#actorsById));
  }
}

function isVisible(view: TimelineView, i: number): boolean {
  return (view.x1[i] ?? 0) >= view.plot.left && (view.x0[i] ?? 0) <= view.plot.right;
}

/** The placed meeting of a view's mark `i` (not a ghost), with its place beside it if it fits. */
function placedMeeting(view: TimelineView, i: number): PlacedMeeting {
  const { marks } = view.plan;
  const meeting = marks.meeting[i] as Meeting;
  const x0 = view.x0[i] ?? 0;
  const x1 = view.x1[i] ?? 0;
  const visible = isVisible(view, i);
  let text: PlacedMeeting['text'];
  const place = meeting.place;
  if (place && visible) {
    const next = marks.nextInRow[i] ?? -1;
    const limit = Math.min(next >= 0 ? (view.x0[next] ?? 0) - 6 : Infinity, view.plot.right);
    const textX = x1 + 5;
    if (textX + place.length * CHAR <= limit) text = { x: textX, value: place };
  }
  return new LazyNamedMeeting(
    meeting,
    view.plan.actorsById,
    marks.laneKey[i] ?? '',
    x0,
    x1,
    SHAPES[marks.shape[i] ?? 0] ?? 'point',
    marks.soft[i] === 1,
    marks.cy[i] ?? 0,
    visible,
    text,
  );
}

function placedGhost(view: TimelineView, i: number): PlacedGhost {
  const { marks } = view.plan;
  const meeting = marks.meeting[i] as Meeting;
  const laneKey = marks.laneKey[i] ?? '';
  const x0 = view.x0[i] ?? 0;
  const x1 = view.x1[i] ?? 0;
  const cy = marks.cy[i] ?? 0;
  const from = marks.primaryCy[i] ?? cy;
  return {
    key: `${meeting.id}\u0000${laneKey}`,
    meetingId: meeting.id,
    laneKey,
    x0,
    x1,
    cy,
    shape: SHAPES[marks.shape[i] ?? 0] ?? 'point',
    connector: { x: (x0 + x1) / 2, y0: Math.min(from, cy), y1: Math.max(from, cy) },
    visible: isVisible(view, i),
  };
}

function placedDay(view: TimelineView, i: number): PlacedPositionDay {
  const { days } = view.plan;
  const x = view.dayX[i] ?? 0;
  const day = days.day[i] ?? '';
  return {
    key: day,
    day,
    x,
    cy: days.cy,
    count: days.count[i] ?? 0,
    visible: x + 6 >= view.plot.left && x - 6 <= view.plot.right,
  };
}

/** A view's meetings, ghosts and position days as placed objects: all, or those in the window. */
export function placedMarks(
  view: TimelineView,
  only: 'all' | 'visible',
): {
  meetings: PlacedMeeting[];
  ghosts: PlacedGhost[];
  positions: PlacedPositionDay[];
} {
  const { marks, days } = view.plan;
  const meetings: PlacedMeeting[] = [];
  const ghosts: PlacedGhost[] = [];
  const positions: PlacedPositionDay[] = [];
  for (let i = 0; i < marks.length; i++) {
    if (only === 'visible' && !isVisible(view, i)) continue;
    if (marks.ghost[i]) ghosts.push(placedGhost(view, i));
    else meetings.push(placedMeeting(view, i));
  }
  for (let i = 0; i < days.day.length; i++) {
    const day = placedDay(view, i);
    if (only === 'all' || day.visible) positions.push(day);
  }
  return { meetings, ghosts, positions };
}

/** A placed proposal whose accessible name is worked out only when asked for (as for meetings). */
class LazyNamedProposal implements PlacedProposal {
  readonly key: string;
  readonly id: string;
  readonly kind: ProposalKind;
  readonly origin: Origin;
  #name: string | undefined;
  readonly #proposal: Proposal;
  readonly #actorsById: ReadonlyMap<string, Actor>;

  constructor(
    proposal: Proposal,
    actorsById: ReadonlyMap<string, Actor>,
    readonly laneKey: string,
    readonly x: number,
    readonly cy: number,
    readonly visible: boolean,
    readonly text: PlacedProposal['text'],
  ) {
    this.#proposal = proposal;
    this.#actorsById = actorsById;
    this.key = proposal.id;
    this.id = proposal.id;
    this.kind = proposal.kind;
    this.origin = proposal.origin;
  }

  get name(): string {
    return (this.#name ??= describeProposal(this.#proposal, this.#actorsById));
  }
}

function proposalVisible(view: TimelineView, i: number): boolean {
  const x = view.proposalX[i] ?? 0;
  return x + PROPOSAL_MARK / 2 >= view.plot.left && x - PROPOSAL_MARK / 2 <= view.plot.right;
}

/** The placed proposal of a view's proposal mark `i`, with its title beside it if some fits. */
function placedProposal(view: TimelineView, i: number): PlacedProposal {
  const { proposals } = view.plan;
  const proposal = proposals.proposal[i] as Proposal;
  const x = view.proposalX[i] ?? 0;
  const visible = proposalVisible(view, i);
  let text: PlacedProposal['text'];
  if (visible) {
    const next = proposals.nextInRow[i] ?? -1;
    const limit = Math.min(
      next >= 0 ? (view.proposalX[next] ?? 0) - PROPOSAL_MARK / 2 - 6 : Infinity,
      view.plot.right,
    );
    const textX = x + PROPOSAL_MARK / 2 + 4;
    // A title that does not fit whole is shortened, down to a few words.
    const value = shorten(proposal.title, limit - textX);
    if (value.length >= Math.min(12, proposal.title.length)) text = { x: textX, value };
  }
  return new LazyNamedProposal(
    proposal,
    view.plan.actorsById,
    proposals.laneKey[i] ?? '',
    x,
    proposals.cy[i] ?? 0,
    visible,
    text,
  );
}

function placedProposalGhost(view: TimelineView, i: number): PlacedProposalGhost {
  const { proposals } = view.plan;
  const proposal = proposals.proposal[i] as Proposal;
  const laneKey = proposals.laneKey[i] ?? '';
  const x = view.proposalX[i] ?? 0;
  const cy = proposals.cy[i] ?? 0;
  const from = proposals.primaryCy[i] ?? cy;
  return {
    key: `${proposal.id}\u0000${laneKey}`,
    proposalId: proposal.id,
    kind: proposal.kind,
    laneKey,
    x,
    cy,
    connector: { x, y0: Math.min(from, cy), y1: Math.max(from, cy) },
    visible: proposalVisible(view, i),
  };
}

/** A view's proposals and their ghosts as placed objects: all, or those in the window. */
export function placedProposals(
  view: TimelineView,
  only: 'all' | 'visible',
): { proposals: PlacedProposal[]; ghosts: PlacedProposalGhost[] } {
  const planned = view.plan.proposals;
  const proposals: PlacedProposal[] = [];
  const ghosts: PlacedProposalGhost[] = [];
  for (let i = 0; i < planned.length; i++) {
    if (only === 'visible' && !proposalVisible(view, i)) continue;
    if (planned.ghost[i]) ghosts.push(placedProposalGhost(view, i));
    else proposals.push(placedProposal(view, i));
  }
  return { proposals, ghosts };
}

/** The proposal (not ghost) mark of a view nearest a point of the chart, within a few pixels. */
export function findProposalAt(
  view: TimelineView,
  x: number,
  y: number,
): PlacedProposal | undefined {
  const planned = view.plan.proposals;
  let best = -1;
  let bestDistance = PROPOSAL_MARK / 2 + 4;
  for (let i = 0; i < planned.length; i++) {
    if (planned.ghost[i] || Math.abs((planned.cy[i] ?? 0) - y) > 9 || !proposalVisible(view, i))
      continue;
    const dx = Math.abs((view.proposalX[i] ?? 0) - x);
    if (dx < bestDistance) {
      best = i;
      bestDistance = dx;
    }
  }
  return best >= 0 ? placedProposal(view, best) : undefined;
}

/** The meeting (not ghost) mark of a view nearest a point of the chart, within a few pixels. */
export function findMarkAt(view: TimelineView, x: number, y: number): PlacedMeeting | undefined {
  const { marks } = view.plan;
  let best = -1;
  let bestDistance = 8;
  for (let i = 0; i < marks.length; i++) {
    if (marks.ghost[i] || Math.abs((marks.cy[i] ?? 0) - y) > 8 || !isVisible(view, i)) continue;
    const x0 = view.x0[i] ?? 0;
    const x1 = view.x1[i] ?? 0;
    const dx = x < x0 ? x0 - x : x > x1 ? x - x1 : 0;
    if (dx < bestDistance) {
      best = i;
      bestDistance = dx;
    }
  }
  return best >= 0 ? placedMeeting(view, best) : undefined;
}

/**
 * A date range in pixels of a plot showing `domain`, cut to the plot; undefined when none of it
 * is in view. Apart from the layout so that a new range moves the brush without a relayout.
 */
export function placeRange(
  plot: { left: number; right: number },
  domain: readonly [number, number],
  range: DayRange | null | undefined,
): readonly [number, number] | undefined {
  if (!range) return undefined;
  const [d0, d1] = domain;
  const k = (plot.right - plot.left) / (d1 - d0 || 1);
  const toX = (t: number) => plot.left + (t - d0) * k;
  const s0 = Math.max(plot.left, toX(isoDayToTime(range.from)));
  const s1 = Math.min(plot.right, toX(isoDayToTime(range.to) + DAY_MS));
  return s1 > s0 ? [s0, s1] : undefined;
}

/** Places meetings and proposals in lanes, positions and events on a UTC time axis of the given width. */
export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const view = placeTimeline(planTimeline(input), input.domain, input.asOf);
  const { meetings, ghosts, positions } = placedMarks(view, 'all');
  const { proposals, ghosts: proposalGhosts } = placedProposals(view, 'all');
  const { plan } = view;
  return {
    width: view.width,
    height: view.height,
    plot: view.plot,
    domain: view.domain,
    events: view.events,
    lanes: view.lanes,
    lanesTop: view.lanesTop,
    lanesBottom: view.lanesBottom,
    meetings,
    ghosts,
    proposals,
    proposalGhosts,
    positions,
    ticks: view.ticks,
    axisY: view.axisY,
    asOf: view.asOf,
    brush: {
      y0: plan.lanesTop,
      y1: plan.lanesBottom,
      selection: placeRange(view.plot, view.domain, input.range),
    },
    pan: view.pan,
  };
}
