import { useLayoutEffect, useRef } from 'react';
import type { PlacedMeeting, TimelineLayout } from '../../layout/timeline-layout.ts';

/** Above this many meetings in view, marks are drawn on a canvas, not as one button each. */
export const DENSE_MEETINGS = 250;

/** How many of a layout's meetings lie in its visible window. */
export function countVisibleMeetings(layout: TimelineLayout): number {
  let n = 0;
  for (const m of layout.meetings) if (m.visible) n++;
  return n;
}

/** The visible meeting whose mark is nearest a point of the chart (within a few pixels), if any. */
export function findMeetingAt(
  layout: TimelineLayout,
  x: number,
  y: number,
): PlacedMeeting | undefined {
  let best: PlacedMeeting | undefined;
  let bestDistance = 8;
  for (const m of layout.meetings) {
    if (!m.visible || Math.abs(m.cy - y) > 8) continue;
    const dx = x < m.x0 ? m.x0 - x : x > m.x1 ? x - m.x1 : 0;
    if (dx < bestDistance) {
      best = m;
      bestDistance = dx;
    }
  }
  return best;
}

interface CanvasProps {
  layout: TimelineLayout;
  selectedMeetingId: string | undefined;
}

/**
 * The dense layer: meetings, their ghosts and the position-statement marks of a crowded
 * window drawn on one canvas (thousands of marks redraw in a few milliseconds). A click opens
 * the nearest meeting (see {@link findMeetingAt}); keyboard users zoom in until each meeting is a
 * button again.
 */
export function TimelineCanvas({ layout, selectedMeetingId }: CanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null);
  const { plot, lanesTop, lanesBottom, width } = layout;
  const height = lanesBottom - lanesTop;

  useLayoutEffect(() => {
    const canvas = canvasRef.current;
    const context = canvas?.getContext('2d');
    if (!canvas || !context) return;
    const ratio = window.devicePixelRatio || 1;
    canvas.width = Math.round(width * ratio);
    canvas.height = Math.round(height * ratio);
    context.setTransform(ratio, 0, 0, ratio, 0, -lanesTop * ratio);
    context.clearRect(0, lanesTop, width, height);
    const style = getComputedStyle(canvas);
    const mark = style.getPropertyValue('--mark').trim() || '#2f6fb0';
    const ring = style.getPropertyValue('--mark-ring').trim() || '#ffffff';
    const muted = style.getPropertyValue('--muted').trim() || '#57606a';
    const fg = style.getPropertyValue('--fg').trim() || '#1b1f24';
    context.save();
    context.beginPath();
    context.rect(plot.left, lanesTop, plot.right - plot.left, height);
    context.clip();

    context.strokeStyle = mark;
    context.lineWidth = 1;
    context.globalAlpha = 0.5;
    for (const ghost of layout.ghosts) {
      if (!ghost.visible) continue;
      context.strokeRect(ghost.x0, ghost.cy - 5, Math.max(4, ghost.x1 - ghost.x0), 10);
    }
    context.globalAlpha = 0.45;
    context.fillStyle = muted;
    for (const day of layout.positions) {
      if (!day.visible) continue;
      context.beginPath();
      context.moveTo(day.x, day.cy - 6);
      context.lineTo(day.x + 6, day.cy);
      context.lineTo(day.x, day.cy + 6);
      context.lineTo(day.x - 6, day.cy);
      context.fill();
    }
    context.globalAlpha = 1;
    for (const m of layout.meetings) {
      if (!m.visible) continue;
      drawMeeting(context, m, mark, ring, fg, m.id === selectedMeetingId);
    }
    context.restore();
  }, [layout, width, height, lanesTop, plot.left, plot.right, selectedMeetingId]);

  return (
    <canvas
      ref={canvasRef}
      className="timeline__canvas"
      style={{ top: lanesTop, width, height }}
      aria-hidden="true"
    />
  );
}

function drawMeeting(
  context: CanvasRenderingContext2D,
  m: PlacedMeeting,
  mark: string,
  ring: string,
  fg: string,
  selected: boolean,
): void {
  const h = m.shape === 'point' ? 10 : 8;
  const x0 = m.x0;
  const w = Math.max(4, m.x1 - m.x0);
  context.globalAlpha = m.soft ? 0.6 : 1;
  context.fillStyle = mark;
  if (m.shape === 'point') {
    context.beginPath();
    context.arc((m.x0 + m.x1) / 2, m.cy, h / 2, 0, Math.PI * 2);
    context.fill();
  } else {
    context.fillRect(x0, m.cy - h / 2, w, h);
    if (m.shape !== 'range') {
      // The known end of an open-ended date is closed by a bar.
      context.fillStyle = fg;
      context.fillRect(m.shape === 'open-start' ? m.x1 - 2 : m.x0, m.cy - h / 2, 2, h);
    }
  }
  if (selected) {
    context.strokeStyle = fg;
    context.lineWidth = 2;
    context.strokeRect(x0 - 3, m.cy - h / 2 - 3, w + 6, h + 6);
  } else if (m.shape === 'point') {
    context.strokeStyle = ring;
    context.lineWidth = 1;
    context.stroke();
  }
  context.globalAlpha = 1;
}
