import { scaleUtc } from 'd3-scale';
import { utcFormat } from 'd3-time-format';
import type { Actor, Meeting, NegotiationEvent, Origin, Position } from '../domain/dataset.ts';
import { describeMeeting } from '../domain/describe.ts';
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
  kind: 'mediator' | 'positions';
}

/** An axis tick; edge labels are anchored inwards so they are not cut. */
export interface TimelineTick {
  key: string;
  x: number;
  label: string;
  anchor: 'start' | 'middle' | 'end';
}

/** The timeline placed on a plane: what the screen renders and the exporters draw. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** The plot's horizontal extent and the scale's domain there, to invert pixels into time. */
  plot: { left: number; right: number };
  domain: readonly [number, number];
  events: { y: number; height: number; items: readonly PlacedEvent[] } | undefined;
  lanes: readonly PlacedLane[];
  lanesTop: number;
  lanesBottom: number;
  meetings: readonly PlacedMeeting[];
  ghosts: readonly PlacedGhost[];
  positions: readonly PlacedPositionDay[];
  ticks: readonly TimelineTick[];
  axisY: number;
  /** The as-of line; its label sits left of the line near the right edge. */
  asOf: { x: number; label: string; anchor: 'start' | 'end' } | undefined;
  /** The brush covers the lanes: a drag there selects dates, drawn as `selection` pixels. */
  brush: { y0: number; y1: number; selection: readonly [number, number] | undefined };
  /** The band under the lanes (the axis and a hint) where a drag pans. */
  pan: { y0: number; y1: number };
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

/** Greedy interval packing into at most MAX_ROWS rows; marks overlap beyond that. */
function pack(items: readonly { x0: number; x1: number }[]): number[] {
  const ends: number[] = [];
  return items.map(({ x0, x1 }) => {
    let row = ends.findIndex((end) => end + 3 <= x0);
    if (row === -1) {
      if (ends.length < MAX_ROWS) row = ends.length;
      else row = ends.indexOf(Math.min(...ends));
    }
    ends[row] = Math.max(ends[row] ?? -Infinity, x1);
    return row;
  });
}

/** Where a meeting's mark lies on a scale, and its shape. */
type Geometry = Pick<PlacedMeeting, 'x0' | 'x1' | 'shape' | 'soft'>;

/** The geometry of meetings on a time scale (UTC milliseconds to pixels). */
/** A meeting's date in UTC milliseconds, worked out once per data rather than per frame. */
interface MeetingTimes {
  start: number;
  /** The end of the last day of an explicit span. */
  end: number | undefined;
  precision: Meeting['date']['precision'];
}

function timesOf(m: Meeting): MeetingTimes {
  return {
    start: isoDayToTime(m.date.start),
    end: m.date.end ? isoDayToTime(m.date.end) + DAY_MS : undefined,
    precision: m.date.precision,
  };
}

function makeGeometry(x: (t: number) => number): (m: MeetingTimes) => Geometry {
  const geometry = (m: MeetingTimes): Geometry => {
    const { start, precision } = m;
    if (precision === 'before') {
      const x1 = x(start);
      return { x0: x1 - OPEN, x1, shape: 'open-start', soft: false };
    }
    if (precision === 'after') {
      const x0 = x(start + DAY_MS);
      return { x0, x1: x0 + OPEN, shape: 'open-end', soft: false };
    }
    let end: number;
    if (m.end !== undefined) end = m.end;
    else if (precision === 'month') {
      const d = new Date(start);
      end = Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1);
    } else if (precision === 'approximate') {
      return rangeOf(start - 3 * DAY_MS, start + 4 * DAY_MS, true);
    } else {
      const cx = x(start + DAY_MS / 2);
      return { x0: cx - POINT / 2, x1: cx + POINT / 2, shape: 'point', soft: false };
    }
    return rangeOf(start, end, precision !== 'day');
  };
  const rangeOf = (t0: number, t1: number, soft: boolean) => {
    let x0 = x(t0);
    let x1 = x(t1);
    if (x1 - x0 < MIN_RANGE) {
      const mid = (x0 + x1) / 2;
      x0 = mid - MIN_RANGE / 2;
      x1 = mid + MIN_RANGE / 2;
    }
    return { x0, x1, shape: 'range' as const, soft };
  };
  return geometry;
}

/**
 * A placed meeting whose accessible name is worked out only when asked for: a dense timeline
 * draws thousands of marks but names only those it shows as buttons. (A class, so every
 * instance shares one shape and one getter.)
 */
class LazyNamedMeeting implements PlacedMeeting {
  readonly key: string;
  readonly id: string;
  readonly x0: number;
  readonly x1: number;
  readonly shape: MeetingShape;
  readonly soft: boolean;
  readonly origin: Origin;
  #name: string | undefined;

  readonly #meeting: Meeting;
  readonly #actorsById: ReadonlyMap<string, Actor>;

  constructor(
    meeting: Meeting,
    actorsById: ReadonlyMap<string, Actor>,
    readonly laneKey: string,
    g: Geometry,
    readonly cy: number,
    readonly visible: boolean,
    readonly text: PlacedMeeting['text'],
  ) {
    this.#meeting = meeting;
    this.#actorsById = actorsById;
    this.key = meeting.id;
    this.id = meeting.id;
    this.x0 = g.x0;
    this.x1 = g.x1;
    this.shape = g.shape;
    this.soft = g.soft;
    this.origin = meeting.origin;
  }

  get name(): string {
    return (this.#name ??= describeMeeting(this.#meeting, this.#actorsById));
  }
}

/** A meeting's mark in a lane, with the row it keeps at every zoom. */
interface PlannedItem {
  meeting: Meeting;
  times: MeetingTimes;
  ghost: boolean;
  row: number;
}

/** Lanes with their rows, planned at the full extent of the data. */
interface RowPlan {
  lanes: { key: string; label: string; rowCount: number; items: PlannedItem[] }[];
}

const planCache = new WeakMap<readonly Meeting[], Map<string, RowPlan>>();

/**
 * Packs each lane's marks into rows once per data, lanes and width, on a scale that spans
 * all the meetings; zooming then only moves marks, and rows stay put (cheap, and steady to read).
 */
function planRows(
  meetings: readonly Meeting[],
  lanes: readonly TimelineLane[],
  width: number,
  left: number,
  right: number,
): RowPlan {
  const cacheKey = `${width}\u0000${lanes.map((l) => `${l.key}\u0001${l.label}`).join('\u0000')}`;
  const cached = planCache.get(meetings)?.get(cacheKey);
  if (cached) return cached;
  let t0 = Infinity;
  let t1 = -Infinity;
  for (const m of meetings) {
    const t = isoDayToTime(m.date.start);
    t0 = Math.min(t0, t);
    t1 = Math.max(t1, m.date.end ? isoDayToTime(m.date.end) : t);
  }
  const full = scaleUtc()
    .domain(Number.isFinite(t0) ? [t0 - 7 * DAY_MS, t1 + 8 * DAY_MS] : [0, DAY_MS])
    .range([left, right]);
  const geometry = makeGeometry((t) => full(t));
  const times = new Map<Meeting, MeetingTimes>();
  const laneKeys = new Set(lanes.map((l) => l.key));
  const byLane = new Map<string, { meeting: Meeting; ghost: boolean; x0: number; x1: number }[]>(
    lanes.map((l) => [l.key, []]),
  );
  for (const meeting of meetings) {
    const keys = meeting.mediatorIds.length > 0 ? meeting.mediatorIds : [NO_MEDIATOR];
    const t = timesOf(meeting);
    times.set(meeting, t);
    const g = geometry(t);
    keys
      .filter((k) => laneKeys.has(k))
      .forEach((key, i) => byLane.get(key)?.push({ meeting, ghost: i > 0, x0: g.x0, x1: g.x1 }));
  }
  const plan: RowPlan = {
    lanes: lanes.map((lane) => {
      const items = (byLane.get(lane.key) ?? []).sort((a, b) => a.x0 - b.x0);
      const rows = pack(items);
      return {
        key: lane.key,
        label: lane.label,
        rowCount: Math.max(1, ...rows.map((r) => r + 1)),
        items: items.map((item, i) => ({
          meeting: item.meeting,
          times: times.get(item.meeting) ?? timesOf(item.meeting),
          ghost: item.ghost,
          row: rows[i] ?? 0,
        })),
      };
    }),
  };
  const perData = planCache.get(meetings) ?? new Map<string, RowPlan>();
  perData.set(cacheKey, plan);
  planCache.set(meetings, perData);
  return plan;
}

const dayCounts = new WeakMap<readonly Position[], [string, number][]>();

/** Position statements counted per day, in day order (once per positions array, not per zoom). */
function countByDay(positions: readonly Position[]): [string, number][] {
  const cached = dayCounts.get(positions);
  if (cached) return cached;
  const byDay = new Map<string, number>();
  for (const p of positions) byDay.set(p.date, (byDay.get(p.date) ?? 0) + 1);
  const counted = [...byDay].sort(([a], [b]) => (a < b ? -1 : 1));
  dayCounts.set(positions, counted);
  return counted;
}

/** Places meetings in lanes, positions and events on a UTC time axis of the given width. */
export function layoutTimeline(input: TimelineInput): TimelineLayout {
  const left = MARGIN.left;
  const right = Math.max(left + 40, input.width - MARGIN.right);
  const x = scaleUtc().domain([input.domain[0], input.domain[1]]).range([left, right]);
  // The same linear map as `x`, without a scale call per mark (thousands of them per frame).
  const [d0, d1] = input.domain;
  const k = (right - left) / (d1 - d0 || 1);
  const toX = (t: number) => left + (t - d0) * k;
  const visible = (x0: number, x1: number) => x1 >= left && x0 <= right;

  const geometry = makeGeometry(toX);

  // Rows are planned once per data and width, at the full extent, so zooming only moves marks.
  const plan = planRows(input.meetings, input.lanes, input.width, left, right);

  let y = 4;
  const events = input.events.length > 0 ? { y, height: EVENTS_HEIGHT } : undefined;
  if (events) y += EVENTS_HEIGHT + 4;
  const lanesTop = y;

  type Item = PlannedItem & { g: Geometry };
  const lanes: PlacedLane[] = [];
  const meetings: PlacedMeeting[] = [];
  const ghostsPending: { item: Item; laneKey: string; cy: number }[] = [];
  const primaryCy = new Map<string, number>();
  for (const lane of plan.lanes) {
    const height = LANE_LABEL + lane.rowCount * ROW + LANE_PAD;
    lanes.push({ key: lane.key, label: lane.label, y, height, kind: 'mediator' });
    const items: Item[] = lane.items.map((item) => ({ ...item, g: geometry(item.times) }));
    // The next mark in the same row, found in one backward pass (not a search per mark).
    const nextInRow: (Item | undefined)[] = new Array(items.length);
    const lastOfRow = new Map<number, Item>();
    for (let k = items.length - 1; k >= 0; k--) {
      const item = items[k];
      if (!item) continue;
      nextInRow[k] = lastOfRow.get(item.row);
      lastOfRow.set(item.row, item);
    }
    items.forEach((item, k) => {
      const cy = y + LANE_LABEL + item.row * ROW + ROW / 2;
      if (item.ghost) {
        ghostsPending.push({ item, laneKey: lane.key, cy });
        return;
      }
      const { g } = item;
      const place = item.meeting.place;
      const isVisible = visible(g.x0, g.x1);
      let text: PlacedMeeting['text'];
      if (place && isVisible) {
        const next = nextInRow[k];
        const limit = Math.min(next ? next.g.x0 - 6 : Infinity, right);
        const textX = g.x1 + 5;
        if (textX + place.length * CHAR <= limit) text = { x: textX, value: place };
      }
      primaryCy.set(item.meeting.id, cy);
      meetings.push(
        new LazyNamedMeeting(item.meeting, input.actorsById, lane.key, g, cy, isVisible, text),
      );
    });
    y += height;
  }

  const ghosts: PlacedGhost[] = ghostsPending.map(({ item, laneKey, cy }) => {
    const { g } = item;
    const mid = (g.x0 + g.x1) / 2;
    const from = primaryCy.get(item.meeting.id) ?? cy;
    return {
      key: `${item.meeting.id}\u0000${laneKey}`,
      meetingId: item.meeting.id,
      laneKey,
      x0: g.x0,
      x1: g.x1,
      cy,
      shape: g.shape,
      connector: { x: mid, y0: Math.min(from, cy), y1: Math.max(from, cy) },
      visible: visible(g.x0, g.x1),
    };
  });

  const positions: PlacedPositionDay[] = [];
  if (input.positions.length > 0) {
    const height = LANE_LABEL + ROW + LANE_PAD;
    lanes.push({ key: 'positions', label: 'Position statements', y, height, kind: 'positions' });
    for (const [day, count] of countByDay(input.positions)) {
      const px = x(isoDayToTime(day) + DAY_MS / 2);
      positions.push({
        key: day,
        day,
        x: px,
        cy: y + LANE_LABEL + ROW / 2,
        count,
        visible: visible(px - 6, px + 6),
      });
    }
    y += height;
  }
  const lanesBottom = y;

  const eventSpans = input.events
    .map((e) => ({
      e,
      x0: x(isoDayToTime(e.date.start)),
      x1: x(isoDayToTime(e.date.end ?? e.date.start) + DAY_MS),
    }))
    .sort((a, b) => a.x0 - b.x0);
  const eventItems: PlacedEvent[] = eventSpans.map(({ e, x0, x1 }, i) => {
    const labelX = Math.max(left, x0) + 4;
    const next = eventSpans[i + 1];
    const room = Math.min(next ? next.x0 : Infinity, right) - labelX - 4;
    return {
      key: e.id,
      title: e.title,
      x0,
      x1,
      visible: visible(x0, x1),
      label: shorten(e.title, room),
      labelX,
    };
  });

  const axisY = y;
  const tickCount = Math.max(4, Math.floor((right - left) / 80));
  const format = tickFormatFor(x.ticks(tickCount));
  let lastLabelEnd = -Infinity;
  const ticks = x.ticks(tickCount).map((d): TimelineTick => {
    const tx = x(d);
    const text = format(d);
    const width = text.length * CHAR;
    const anchor = tx - width / 2 < 0 ? 'start' : tx + width / 2 > input.width ? 'end' : 'middle';
    const start = anchor === 'start' ? tx : anchor === 'end' ? tx - width : tx - width / 2;
    // Labels that would overlap the previous one are left out; the tick itself stays.
    const label = start >= lastLabelEnd + 8 ? text : '';
    if (label) lastLabelEnd = start + width;
    return { key: d.toISOString(), x: tx, label, anchor };
  });
  const panTop = y;
  y += AXIS + PAN_HINT;
  const pan = { y0: panTop, y1: y };
  y += 4;

  let asOf: TimelineLayout['asOf'];
  if (input.asOf) {
    const ax = x(isoDayToTime(input.asOf) + DAY_MS);
    const label = `As of ${input.asOf}`;
    const anchor = ax + 4 + label.length * CHAR > input.width ? 'end' : 'start';
    if (ax >= left && ax <= right) asOf = { x: ax, label, anchor };
  }

  let selection: readonly [number, number] | undefined;
  if (input.range) {
    const s0 = Math.max(left, x(isoDayToTime(input.range.from)));
    const s1 = Math.min(right, x(isoDayToTime(input.range.to) + DAY_MS));
    if (s1 > s0) selection = [s0, s1];
  }
  const brush = { y0: lanesTop, y1: lanesBottom, selection };

  return {
    width: input.width,
    height: y,
    plot: { left, right },
    domain: [input.domain[0], input.domain[1]],
    events: events && { ...events, items: eventItems },
    lanes,
    lanesTop,
    lanesBottom,
    meetings,
    ghosts,
    positions,
    ticks,
    axisY,
    asOf,
    brush,
    pan,
  };
}
