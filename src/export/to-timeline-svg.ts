import type {
  PlacedMeeting,
  PlacedProposal,
  TimelineInput,
  TimelineLayout,
} from '../layout/timeline-layout.ts';
import { layoutTimeline } from '../layout/timeline-layout.ts';
import type { ExportContext } from './export-context.ts';
import type { ExportTheme } from './export-theme.ts';
import type { LegendEntry, SvgExport } from './svg-frame.ts';
import { frameSvg } from './svg-frame.ts';
import { el, textEl, titleEl } from './svg-text.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What the timeline export draws: the timeline's own input, as the screen lays it out. */
export interface TimelineExportInput {
  timeline: TimelineInput;
  context: ExportContext;
}

const CLIP_ID = 'timeline-plot';
const FADE_IN = 'timeline-fade-in';
const FADE_OUT = 'timeline-fade-out';

function drawMeeting(m: PlacedMeeting, theme: ExportTheme): string {
  const dash = m.origin === 'extracted' ? '4 2' : m.soft ? '2 2' : undefined;
  const opacity = m.soft ? 0.75 : undefined;
  let shape: string;
  if (m.shape === 'point') {
    shape = el('circle', {
      cx: (m.x0 + m.x1) / 2,
      cy: m.cy,
      r: 7,
      fill: theme.mark,
      stroke: theme.markRing,
      'stroke-width': 2,
      'stroke-dasharray': dash,
    });
  } else if (m.shape === 'range') {
    shape = el('rect', {
      x: m.x0,
      y: m.cy - 7,
      width: Math.max(8, m.x1 - m.x0),
      height: 14,
      rx: 7,
      fill: theme.mark,
      'fill-opacity': opacity,
      stroke: theme.markRing,
      'stroke-width': 2,
      'stroke-dasharray': dash,
    });
  } else {
    // Open-ended: fades out towards the unknown side, closed by a bar on the known one.
    const known = m.shape === 'open-start' ? m.x1 - 2 : m.x0 + 2;
    shape =
      el('rect', {
        x: m.x0,
        y: m.cy - 7,
        width: m.x1 - m.x0,
        height: 14,
        fill: `url(#${m.shape === 'open-start' ? FADE_IN : FADE_OUT})`,
      }) +
      el('line', {
        x1: known,
        x2: known,
        y1: m.cy - 7,
        y2: m.cy + 7,
        stroke: theme.text,
        'stroke-width': 4,
        'stroke-dasharray': m.origin === 'extracted' ? '3 2' : undefined,
      });
  }
  return el('g', {}, titleEl(m.name) + shape);
}

/** A triangle on a day, its point up, 15 px wide: the timeline's proposal mark. */
function triangle(x: number, cy: number): string {
  return `M${x},${cy - 7}L${x + 7.5},${cy + 6.5}H${x - 7.5}Z`;
}

/** A proposal's mark: a filled triangle for a deal, a hollow one for a proposal (dashed if extracted). */
function proposalMark(
  kind: PlacedProposal['kind'],
  origin: PlacedProposal['origin'],
  x: number,
  cy: number,
  theme: ExportTheme,
): string {
  return el('path', {
    d: triangle(x, cy),
    fill: kind === 'deal' ? theme.proposal : theme.background,
    stroke: theme.proposal,
    'stroke-width': kind === 'deal' ? 2 : 2.5,
    'stroke-dasharray': origin === 'extracted' ? '3 2' : undefined,
  });
}

function drawProposal(p: PlacedProposal, theme: ExportTheme): string {
  const text = p.text
    ? textEl(p.text.value, {
        x: p.text.x,
        y: p.cy + 4,
        'font-size': 11,
        'font-weight': 600,
        fill: theme.proposal,
      })
    : '';
  return el('g', {}, titleEl(p.name) + proposalMark(p.kind, p.origin, p.x, p.cy, theme)) + text;
}

function timelineLegend(theme: ExportTheme, withProposals: boolean): LegendEntry[] {
  const w = 34;
  const proposals: LegendEntry[] = withProposals
    ? [
        {
          swatchWidth: w,
          label: 'Deal (a proposal the parties agreed), in its proposers’ lane',
          swatch: (x, y) => proposalMark('deal', 'curated', x + 17, y + 10, theme),
        },
        {
          swatchWidth: w,
          label: 'Proposal',
          swatch: (x, y) => proposalMark('proposal', 'curated', x + 17, y + 10, theme),
        },
      ]
    : [];
  return [
    {
      swatchWidth: w,
      label: 'Meeting on a known day',
      swatch: (x, y) =>
        el('circle', {
          cx: x + 17,
          cy: y + 10,
          r: 7,
          fill: theme.mark,
          stroke: theme.markRing,
          'stroke-width': 2,
        }),
    },
    {
      swatchWidth: w,
      label: 'Meeting over a span of days',
      swatch: (x, y) => el('rect', { x, y: y + 3, width: w, height: 14, rx: 7, fill: theme.mark }),
    },
    {
      swatchWidth: w,
      label: 'Month or approximate date',
      swatch: (x, y) =>
        el('rect', {
          x,
          y: y + 3,
          width: w,
          height: 14,
          rx: 7,
          fill: theme.mark,
          'fill-opacity': 0.75,
          stroke: theme.text,
          'stroke-dasharray': '2 2',
        }),
    },
    {
      swatchWidth: w,
      label: 'Before a date (open-ended)',
      swatch: (x, y) =>
        el('rect', { x, y: y + 3, width: w, height: 14, fill: `url(#${FADE_IN})` }) +
        el('line', {
          x1: x + w - 2,
          x2: x + w - 2,
          y1: y + 3,
          y2: y + 17,
          stroke: theme.text,
          'stroke-width': 4,
        }),
    },
    ...proposals,
    {
      swatchWidth: w,
      label: 'Dashed outline: extracted from the text',
      swatch: (x, y) =>
        el('rect', {
          x,
          y: y + 3,
          width: w,
          height: 14,
          rx: 7,
          fill: theme.mark,
          stroke: theme.text,
          'stroke-width': 2,
          'stroke-dasharray': '4 2',
        }),
    },
    {
      swatchWidth: w,
      label: 'Same meeting under its other mediators',
      swatch: (x, y) =>
        el('rect', {
          x,
          y: y + 4,
          width: w,
          height: 12,
          rx: 6,
          fill: 'none',
          stroke: theme.mark,
          'stroke-width': 1.5,
          'stroke-dasharray': '3 2',
        }),
    },
    {
      swatchWidth: w,
      label: 'Position statements that day (count)',
      swatch: (x, y) =>
        el('path', {
          d: `M${x + 17},${y + 3}l7,7l-7,7l-7,-7z`,
          fill: theme.muted,
          'fill-opacity': 0.45,
          stroke: theme.muted,
        }),
    },
    {
      swatchWidth: w,
      label: 'Event, such as a truce',
      swatch: (x, y) =>
        el('rect', { x, y, width: w, height: 20, fill: theme.event, 'fill-opacity': 0.25 }),
    },
    {
      swatchWidth: w,
      label: 'As-of date',
      swatch: (x, y) =>
        el('line', {
          x1: x + 17,
          x2: x + 17,
          y1: y,
          y2: y + 20,
          stroke: theme.text,
          'stroke-dasharray': '4 3',
        }),
    },
  ];
}

function drawTimeline(layout: TimelineLayout, theme: ExportTheme): string {
  const { plot, lanesTop, lanesBottom, axisY } = layout;
  const plotWidth = plot.right - plot.left;
  const parts: string[] = [];
  layout.lanes.forEach((lane, i) => {
    parts.push(
      el('rect', {
        x: plot.left,
        y: lane.y,
        width: plotWidth,
        height: lane.height,
        fill: i % 2 === 0 ? theme.panel : theme.background,
      }),
      textEl(lane.label, {
        x: plot.left + 4,
        y: lane.y + 13,
        'font-size': 11,
        'font-weight': 600,
        fill: theme.muted,
      }),
    );
  });
  const clipped: string[] = [];
  const events = layout.events;
  if (events) {
    for (const event of events.items) {
      if (!event.visible) continue;
      clipped.push(
        el(
          'g',
          {},
          titleEl(event.title) +
            el('rect', {
              x: event.x0,
              y: events.y,
              width: event.x1 - event.x0,
              height: lanesBottom - events.y,
              fill: theme.event,
              'fill-opacity': 0.25,
            }) +
            textEl(event.label, {
              x: event.labelX,
              y: events.y + 14,
              'font-size': 11,
              'font-style': 'italic',
              fill: theme.muted,
            }),
        ),
      );
    }
  }
  for (const tick of layout.ticks) {
    clipped.push(
      el('line', { x1: tick.x, x2: tick.x, y1: lanesTop, y2: lanesBottom, stroke: theme.border }),
    );
  }
  if (layout.brush.selection) {
    const [s0, s1] = layout.brush.selection;
    clipped.push(
      el('rect', {
        x: s0,
        y: layout.brush.y0,
        width: s1 - s0,
        height: layout.brush.y1 - layout.brush.y0,
        fill: theme.accent,
        'fill-opacity': 0.2,
        stroke: theme.accent,
      }),
    );
  }
  for (const ghost of layout.ghosts) {
    if (!ghost.visible) continue;
    const mark =
      ghost.shape === 'point'
        ? el('circle', { cx: (ghost.x0 + ghost.x1) / 2, cy: ghost.cy, r: 6 })
        : el('rect', {
            x: ghost.x0,
            y: ghost.cy - 6,
            width: ghost.x1 - ghost.x0,
            height: 12,
            rx: 6,
          });
    clipped.push(
      el('line', {
        x1: ghost.connector.x,
        x2: ghost.connector.x,
        y1: ghost.connector.y0,
        y2: ghost.connector.y1,
        stroke: theme.mark,
        'stroke-opacity': 0.6,
        'stroke-dasharray': '2 3',
      }) +
        el(
          'g',
          { fill: 'none', stroke: theme.mark, 'stroke-width': 1.5, 'stroke-dasharray': '3 2' },
          mark,
        ),
    );
  }
  for (const ghost of layout.proposalGhosts) {
    if (!ghost.visible) continue;
    clipped.push(
      el('line', {
        x1: ghost.x,
        x2: ghost.x,
        y1: ghost.connector.y0,
        y2: ghost.connector.y1,
        stroke: theme.proposal,
        'stroke-opacity': 0.6,
        'stroke-dasharray': '2 3',
      }) +
        el('path', {
          d: triangle(ghost.x, ghost.cy),
          fill: 'none',
          stroke: theme.proposal,
          'stroke-width': 1.5,
          'stroke-dasharray': '3 2',
        }),
    );
  }
  for (const day of layout.positions) {
    if (!day.visible) continue;
    clipped.push(
      el('path', {
        d: `M${day.x},${day.cy - 7}l7,7l-7,7l-7,-7z`,
        fill: theme.muted,
        'fill-opacity': 0.45,
        stroke: theme.muted,
      }) +
        textEl(String(day.count), {
          x: day.x + 10,
          y: day.cy + 4,
          'font-size': 11,
          fill: theme.muted,
        }),
    );
  }
  for (const m of layout.meetings) {
    if (!m.visible) continue;
    clipped.push(drawMeeting(m, theme));
    if (m.text) {
      clipped.push(
        textEl(m.text.value, { x: m.text.x, y: m.cy + 4, 'font-size': 11, fill: theme.text }),
      );
    }
  }
  for (const p of layout.proposals) if (p.visible) clipped.push(drawProposal(p, theme));
  if (layout.asOf) {
    clipped.push(
      el('line', {
        x1: layout.asOf.x,
        x2: layout.asOf.x,
        y1: lanesTop,
        y2: lanesBottom,
        stroke: theme.text,
        'stroke-dasharray': '4 3',
      }),
    );
  }
  parts.push(el('g', { 'clip-path': `url(#${CLIP_ID})` }, clipped.join('')));
  if (layout.asOf) {
    parts.push(
      textEl(layout.asOf.label, {
        x: layout.asOf.anchor === 'start' ? layout.asOf.x + 3 : layout.asOf.x - 3,
        y: lanesTop + 11,
        'text-anchor': layout.asOf.anchor,
        'font-size': 11,
        fill: theme.muted,
      }),
    );
  }
  parts.push(
    el('line', { x1: plot.left, x2: plot.right, y1: axisY, y2: axisY, stroke: theme.muted }),
  );
  for (const tick of layout.ticks) {
    parts.push(
      el('line', { x1: tick.x, x2: tick.x, y1: axisY, y2: axisY + 5, stroke: theme.muted }),
      textEl(tick.label, {
        x: tick.x,
        y: axisY + 17,
        'text-anchor': tick.anchor,
        'font-size': 11,
        fill: theme.text,
      }),
    );
  }
  return parts.join('');
}

/**
 * The mediator-meetings timeline as a standalone SVG: the same layout as the screen (lanes,
 * the visible window, marks, proposals, ghosts, position counts, events, as-of line, brushed
 * range), each meeting and proposal titled with its accessible name, framed with title, filters,
 * legend and sources.
 */
export function toTimelineSvg({ timeline, context }: TimelineExportInput): SvgExport {
  const { theme } = context;
  const layout = layoutTimeline(timeline);
  const gradient = (id: string, x1: number, x2: number) =>
    el(
      'linearGradient',
      { id, x1, x2, y1: 0, y2: 0 },
      el('stop', { offset: 0, 'stop-color': theme.mark, 'stop-opacity': 0 }) +
        el('stop', { offset: 0.85, 'stop-color': theme.mark, 'stop-opacity': 1 }),
    );
  const defs =
    el(
      'clipPath',
      { id: CLIP_ID },
      el('rect', {
        x: layout.plot.left,
        y: 0,
        width: layout.plot.right - layout.plot.left,
        height: layout.height,
      }),
    ) +
    gradient(FADE_IN, 0, 1) +
    gradient(FADE_OUT, 1, 0);
  const shown = layout.meetings.filter((m) => m.visible).length;
  const proposals = layout.proposals.filter((p) => p.visible).length;
  const proposalNote =
    proposals > 0
      ? ` ${proposals.toLocaleString('en-US')} proposal${proposals === 1 ? '' : 's'} or deal${proposals === 1 ? '' : 's'} shown as triangles, in the lane of their first mediator proposer (hollow copies under the others).`
      : '';
  return frameSvg({
    title: `${isolateBidi(context.caseTitle)} — Mediator meetings timeline`,
    chart: {
      body: drawTimeline(layout, theme),
      defs,
      width: layout.width,
      height: layout.axisY + 24,
    },
    legend: timelineLegend(theme, layout.proposals.length > 0),
    legendNote: `${shown.toLocaleString('en-US')} meeting${shown === 1 ? '' : 's'} shown, one lane per mediator.${proposalNote} Hover a mark in an SVG viewer for its date, place and mediators, or a proposal’s title and proposers.`,
    context,
  });
}
