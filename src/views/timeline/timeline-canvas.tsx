import { useLayoutEffect, useRef } from 'react';
import type { TimelineView } from '../../layout/timeline-layout.ts';

/** Above this many meetings in view, marks are drawn on a canvas, not as one button each. */
export const DENSE_MEETINGS = 250;

interface CanvasProps {
  view: TimelineView;
  selectedMeetingId: string | undefined;
}

/** The canvas's colours, read from the page's custom properties. */
interface CanvasColours {
  mark: string;
  ring: string;
  muted: string;
  fg: string;
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
    ring: style.getPropertyValue('--mark-ring').trim() || '#ffffff',
    muted: style.getPropertyValue('--muted').trim() || '#57606a',
    fg: style.getPropertyValue('--fg').trim() || '#1b1f24',
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
export function TimelineCanvas({ view, selectedMeetingId }: CanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { lanesTop, lanesBottom, width } = view;
  const height = lanesBottom - lanesTop;

  // Drawn imperatively before the frame is painted; React renders only the element.
  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    drawTimelineCanvas(canvas, context, view, selectedMeetingId, coloursOf(canvas));
  }, [view, selectedMeetingId]);

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
  selectedMeetingId: string | undefined,
  { mark, ring, muted, fg }: CanvasColours,
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

  const ghosts = new Path2D();
  // Per style: dots (points), bars (ranges), ends (the known end of an open-ended date).
  const dots = [new Path2D(), new Path2D()];
  const bars = [new Path2D(), new Path2D()];
  const ends = [new Path2D(), new Path2D()];
  const drawn = new Set<number>();
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
    // Same spot (half-pixel steps), same width, same row and style: already drawn.
    const spot =
      ((Math.round(a * 2) * 4096 + Math.round(b - a)) * 2048 + cy) * 8 + (shape ?? 0) * 2 + soft;
    if (drawn.has(spot)) continue;
    drawn.add(spot);
    if (shape === 0) {
      const cx = (a + b) / 2;
      dots[soft]?.moveTo(cx + 5, cy);
      dots[soft]?.arc(cx, cy, 5, 0, Math.PI * 2);
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

  context.globalAlpha = 0.45;
  context.fillStyle = muted;
  context.beginPath();
  for (let i = 0; i < days.time.length; i++) {
    const x = view.dayX[i] ?? 0;
    if (x + 6 < left || x - 6 > right) continue;
    const cy = days.cy;
    context.moveTo(x, cy - 6);
    context.lineTo(x + 6, cy);
    context.lineTo(x, cy + 6);
    context.lineTo(x - 6, cy);
    context.closePath();
  }
  context.fill();

  // Firm marks, then soft ones drawn fainter.
  for (const soft of [0, 1]) {
    context.globalAlpha = soft ? 0.6 : 1;
    context.fillStyle = mark;
    context.fill(bars[soft] as Path2D);
    context.fill(dots[soft] as Path2D);
    context.strokeStyle = ring;
    context.stroke(dots[soft] as Path2D);
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
  context.restore();
}
