import { useLayoutEffect, useRef } from 'react';
import type { TimelineView } from '../../layout/timeline-layout.ts';

/** Above this many meetings in view, marks are drawn on a canvas, not as one button each. */
export const DENSE_MEETINGS = 250;
/** Above this many proposals in view, proposals too are drawn on the canvas. */
export const DENSE_PROPOSALS = 250;

interface CanvasProps {
  view: TimelineView;
  selectedMeetingId: string | undefined;
  /** Which marks the canvas draws: the meetings (and position days), the proposals, or both. */
  meetings: boolean;
  proposals: boolean;
}

/** The canvas's colours, read from the page's custom properties. */
interface CanvasColours {
  mark: string;
  muted: string;
  fg: string;
  proposal: string;
}

let colourCache: { dark: boolean; colours: CanvasColours } | undefined;

/**
 * The colours of the stylesheet, read once per colour scheme: reading computed style on every
 * draw forces a style pass over the whole dashboard in the middle of the frame.
 */
function coloursOf(canvas: HTMLCanvasElement): CanvasColours {
  const dark =
    typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;
  if (colourCache?.dark === dark) return colourCache.colours;
  const style = getComputedStyle(canvas);
  const colours = {
    mark: style.getPropertyValue('--mark').trim() || '#2f6fb0',
    muted: style.getPropertyValue('--muted').trim() || '#57606a',
    fg: style.getPropertyValue('--fg').trim() || '#1b1f24',
    proposal: style.getPropertyValue('--proposal').trim() || '#00796b',
  };
  colourCache = { dark, colours };
  return colours;
}

/**
 * The dense layer: meetings, their ghosts and the position-statement marks of a crowded
 * window drawn on one canvas, straight from the view's arrays (thousands of marks redraw in a few
 * milliseconds). A click opens the nearest meeting (see `findMarkAt`); keyboard users zoom in
 * until each meeting is a button again.
 */
export function TimelineCanvas({ view, selectedMeetingId, meetings, proposals }: CanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { lanesTop, lanesBottom, width } = view;
  const height = lanesBottom - lanesTop;

  // Drawn imperatively before the frame is painted; React renders only the element.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const colours = coloursOf(canvas);
    drawTimelineCanvas(canvas, context, view, meetings ? selectedMeetingId : null, colours);
    if (proposals) drawCanvasProposals(context, view, colours);
    context.restore();
  }, [view, selectedMeetingId, meetings, proposals]);

  return (
    <canvas
      ref={canvasRef}
      className="timeline__canvas"
      style={{ top: lanesTop, width, height }}
      aria-hidden="true"
    />
  );
}

/**
 * Draws a view's marks in the window on its canvas, in a few batched paths (one fill per
 * style). Marks that would land on the same pixels as one already drawn are skipped: at the
 * full extent thousands of meetings share a few hundred spots.
 */
function drawTimelineCanvas(
  canvas: HTMLCanvasElement,
  context: CanvasRenderingContext2D,
  view: TimelineView,
  /** `null` draws no meetings (only the proposals are crowded). */
  selectedMeetingId: string | undefined | null,
  { mark, muted, fg }: CanvasColours,
): void {
  const { plot, lanesTop, lanesBottom, width, plan, x0, x1 } = view;
  const { marks, days } = plan;
  const { left, right } = plot;
  const height = lanesBottom - lanesTop;
  const ratio = window.devicePixelRatio || 1;
  const w = Math.round(width * ratio);
  const h = Math.round(height * ratio);
  // Setting a canvas's size reallocates it even when unchanged: only when it changes.
  if (canvas.width !== w) canvas.width = w;
  if (canvas.height !== h) canvas.height = h;
  context.setTransform(1, 0, 0, 1, 0, 0);
  context.clearRect(0, 0, w, h);
  context.setTransform(ratio, 0, 0, ratio, 0, -lanesTop * ratio);
  context.save();
  context.beginPath();
  context.rect(left, lanesTop, right - left, height);
  context.clip();
  if (selectedMeetingId === null) return;

  const ghosts = new Path2D();
  // Per style: dots (points, as centres), bars (ranges), ends (the known end of an open date).
  const dots: [number[], number[]] = [[], []];
  const bars = [new Path2D(), new Path2D()];
  const ends = [new Path2D(), new Path2D()];
  // Dots already stamped, per row (by its middle) and half pixel: bit 1 firm, bit 2 soft.
  const stamped = new Map<number, Uint8Array>();
  const span = Math.ceil((right - left) * 2) + 64;
  let selected = -1;
  for (let i = 0; i < marks.length; i++) {
    const a = x0[i] ?? 0;
    const b = x1[i] ?? 0;
    if (b < left || a > right) continue;
    const cy = marks.cy[i] ?? 0;
    if (marks.ghost[i]) {
      ghosts.rect(a, cy - 5, Math.max(4, b - a), 10);
      continue;
    }
    if (selectedMeetingId !== undefined && marks.meeting[i]?.id === selectedMeetingId) selected = i;
    const soft = marks.soft[i] ?? 0;
    const shape = marks.shape[i];
    if (shape === 0) {
      const cx = (a + b) / 2;
      // A dot on the same half pixel of the same row, in the same style, is already there.
      let row = stamped.get(cy);
      if (!row) stamped.set(cy, (row = new Uint8Array(span)));
      const at = Math.round((cx - left) * 2) + 32;
      const bit = soft ? 2 : 1;
      if (at >= 0 && at < span) {
        if ((row[at] ?? 0) & bit) continue;
        row[at] = (row[at] ?? 0) | bit;
      }
      dots[soft]?.push(cx, cy);
    } else {
      bars[soft]?.rect(a, cy - 4, Math.max(4, b - a), 8);
      if (shape === 2) ends[soft]?.rect(b - 2, cy - 4, 2, 8);
      else if (shape === 3) ends[soft]?.rect(a, cy - 4, 2, 8);
    }
  }

  context.lineWidth = 1;
  context.strokeStyle = mark;
  context.globalAlpha = 0.5;
  context.stroke(ghosts);

  // One fill per diamond: overlapping shapes in one path cost far more to fill than apart.
  context.globalAlpha = 0.45;
  context.fillStyle = muted;
  for (let i = 0; i < days.time.length; i++) {
    const x = view.dayX[i] ?? 0;
    if (x + 6 < left || x - 6 > right) continue;
    const cy = days.cy;
    context.beginPath();
    context.moveTo(x, cy - 6);
    context.lineTo(x + 6, cy);
    context.lineTo(x, cy + 6);
    context.lineTo(x - 6, cy);
    context.fill();
  }

  // Firm marks, then soft ones drawn fainter.
  for (const soft of [0, 1]) {
    context.globalAlpha = soft ? 0.6 : 1;
    context.fillStyle = mark;
    context.fill(bars[soft] as Path2D);
    // A dense window's dots are rounded crosses of two rectangles, on whole pixels: thousands
    // of arcs (or of stamped images) cost ten times more to draw, and at this density the
    // difference does not show. (Points are never soft, so the crosses are never see-through.)
    const centres = dots[soft] ?? [];
    for (let i = 0; i < centres.length; i += 2) {
      const cx = Math.round(centres[i] ?? 0);
      const cy = Math.round(centres[i + 1] ?? 0);
      context.fillRect(cx - 5, cy - 3, 10, 6);
      context.fillRect(cx - 3, cy - 5, 6, 10);
    }
    context.fillStyle = fg;
    context.fill(ends[soft] as Path2D);
  }
  context.globalAlpha = 1;
  if (selected >= 0) {
    const a = x0[selected] ?? 0;
    const b = x1[selected] ?? 0;
    const mh = marks.shape[selected] === 0 ? 10 : 8;
    const cy = marks.cy[selected] ?? 0;
    context.strokeStyle = fg;
    context.lineWidth = 2;
    context.strokeRect(a - 3, cy - mh / 2 - 3, Math.max(4, b - a) + 6, mh + 6);
  }
}

/** Draws the proposals in the window as triangles in one path (deals filled) and their ghosts. */
function drawCanvasProposals(
  context: CanvasRenderingContext2D,
  view: TimelineView,
  { proposal }: CanvasColours,
): void {
  const { left, right } = view.plot;
  const planned = view.plan.proposals;
  const filled = new Path2D();
  const outlined = new Path2D();
  for (let i = 0; i < planned.length; i++) {
    const x = view.proposalX[i] ?? 0;
    if (x + 8 < left || x - 8 > right) continue;
    const cy = planned.cy[i] ?? 0;
    const path = !planned.ghost[i] && planned.proposal[i]?.kind === 'deal' ? filled : outlined;
    path.moveTo(x, cy - 7);
    path.lineTo(x + 7.5, cy + 6.5);
    path.lineTo(x - 7.5, cy + 6.5);
    path.closePath();
  }
  context.globalAlpha = 1;
  context.fillStyle = proposal;
  context.strokeStyle = proposal;
  context.lineWidth = 2;
  context.fill(filled);
  context.stroke(outlined);
}
