import type { ChainClass, IssueVerdict } from '../analysis/sequencing.ts';
import { CHAIN_CLASS_MEANINGS, CHAIN_CLASS_STYLES } from '../layout/chain-class-style.ts';
import type {
  PlacedConditionEdge,
  PlacedIssueNode,
  SequencingLayout,
} from '../layout/sequencing-layout.ts';
import { describeSequencing } from '../layout/sequencing-layout.ts';
import type { ExportContext } from './export-context.ts';
import type { ExportTheme } from './export-theme.ts';
import type { LegendEntry, SvgExport } from './svg-frame.ts';
import { frameSvg } from './svg-frame.ts';
import { el, escapeXml, textEl, textWidth, titleEl, wrapText } from './svg-text.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What the sequencing export draws: the placed graph and its verdicts, as the screen has them. */
export interface SequencingExportInput {
  layout: SequencingLayout;
  /** The verdict on each issue that waits for others, in the view's order. */
  verdicts: readonly IssueVerdict[];
  asOf: string | undefined;
  context: ExportContext;
}

const CLASSES = Object.keys(CHAIN_CLASS_STYLES) as ChainClass[];
/** Room for the verdict list and summary: never narrower than the frame's text. */
const MIN_WIDTH = 688;
// The node's text colours of styles.css: dark on the light tints, in both themes.
const NODE_TEXT = '#1b1f24';
const NODE_STATUS = '#3d444d';
const ARROW_ID = 'sequencing-arrow-';

/** A class's swatch: its tint, its colour as border, its glyph; the same box in legend and list. */
function classSwatch(cls: ChainClass, x: number, y: number, width = 34): string {
  const style = CHAIN_CLASS_STYLES[cls];
  return (
    el('rect', {
      x,
      y,
      width,
      height: 20,
      rx: 4,
      fill: style.fill,
      stroke: style.stroke,
      'stroke-width': 2,
      'stroke-dasharray': cls === 'unknown' ? '4 3' : undefined,
    }) +
    textEl(style.glyph, {
      x: x + width / 2,
      y: y + 14,
      'text-anchor': 'middle',
      'font-size': 12,
      'font-weight': 700,
      fill: style.stroke,
    })
  );
}

/** The chain classes in words and colours, shared by the sequencing and matrix exports. */
export function chainClassLegend(classes: readonly ChainClass[] = CLASSES): LegendEntry[] {
  return classes.map((cls) => ({
    swatchWidth: 34,
    label: `${CHAIN_CLASS_STYLES[cls].label}: ${CHAIN_CLASS_MEANINGS[cls]}`,
    swatch: (x: number, y: number) => classSwatch(cls, x, y),
  }));
}

/** One arrowhead per class, as the screen's `<marker>`s. */
function arrowDefs(): string {
  return CLASSES.map((cls) =>
    el(
      'marker',
      {
        id: `${ARROW_ID}${cls}`,
        viewBox: '0 0 10 10',
        refX: 9,
        refY: 5,
        markerUnits: 'userSpaceOnUse',
        markerWidth: 12,
        markerHeight: 12,
        orient: 'auto-start-reverse',
      },
      el('path', { d: 'M0,0L10,5L0,10z', fill: CHAIN_CLASS_STYLES[cls].stroke }),
    ),
  ).join('');
}

function drawEdgePath(edge: PlacedConditionEdge): string {
  return el('path', {
    d: edge.path,
    fill: 'none',
    stroke: CHAIN_CLASS_STYLES[edge.class].stroke,
    'stroke-width': 2,
    'stroke-dasharray': edge.back ? '6 4' : undefined,
    'marker-end': `url(#${ARROW_ID}${edge.class})`,
  });
}

/** The party's label on an edge, a pill as on the screen, titled with the edge's name. */
function drawEdgeLabel(edge: PlacedConditionEdge, theme: ExportTheme): string {
  const width = textWidth(edge.partyName, 12) + 14;
  return el(
    'g',
    {},
    titleEl(edge.name) +
      el('rect', {
        x: edge.labelX - width / 2,
        y: edge.labelY - 10,
        width,
        height: 20,
        rx: 10,
        fill: theme.background,
        stroke: theme.border,
      }) +
      textEl(edge.partyName, {
        x: edge.labelX,
        y: edge.labelY + 4,
        'text-anchor': 'middle',
        'font-size': 12,
        fill: theme.text,
      }),
  );
}

/** An issue's box: its label, then its status under the class's glyph, as the screen's button. */
function drawNode(node: PlacedIssueNode): string {
  const style = CHAIN_CLASS_STYLES[node.class];
  const inner = node.width - 16;
  const box = (inset: number, strokeWidth: number) =>
    el('rect', {
      x: node.x + inset,
      y: node.y + inset,
      width: node.width - 2 * inset,
      height: node.height - 2 * inset,
      rx: 8,
      fill: inset === 0 ? style.fill : 'none',
      stroke: style.stroke,
      'stroke-width': strokeWidth,
      'stroke-dasharray': node.class === 'unknown' ? '6 4' : undefined,
    });
  // A deadlock's border is double, as on the screen.
  const border = node.class === 'deadlock' ? box(0, 1.5) + box(3.5, 1.5) : box(0, 2);
  const label = wrapText(node.label, inner, 12.5, 2);
  const statusLines = Math.max(1, Math.floor((node.height - 14 - label.length * 16) / 15));
  const status = wrapText(`${style.glyph} ${node.shortStatus}`, inner, 12, statusLines);
  let y = node.y + 8;
  const parts = [titleEl(node.name), border];
  for (const line of label) {
    y += 15;
    parts.push(
      textEl(line, {
        x: node.x + 8,
        y,
        'font-size': 12.5,
        'font-weight': 700,
        fill: NODE_TEXT,
      }),
    );
  }
  y += 1;
  status.forEach((line, i) => {
    y += 15;
    // The glyph keeps the class's colour, as on the screen; the words stay dark.
    const glyph = i === 0 && line.startsWith(style.glyph);
    const at = { x: node.x + 8, y, 'font-size': 12, fill: NODE_STATUS };
    parts.push(
      glyph
        ? el(
            'text',
            at,
            el('tspan', { fill: style.stroke, 'font-weight': 700 }, escapeXml(style.glyph)) +
              escapeXml(line.slice(style.glyph.length)),
          )
        : textEl(line, at),
    );
  });
  return el('g', {}, parts.join(''));
}

/**
 * The sequencing graph as a standalone SVG: the screen's placed issues and conditions (each
 * titled with its accessible name), then every verdict in words, framed with the title, the
 * as-of date, the chain classes' legend, the sources and the export date.
 */
export function toSequencingSvg({
  layout,
  verdicts,
  asOf,
  context,
}: SequencingExportInput): SvgExport {
  const { theme } = context;
  const width = Math.max(MIN_WIDTH, layout.width);
  const parts: string[] = [];
  let y = 0;
  for (const line of wrapText(describeSequencing(layout, verdicts, asOf), width, 12)) {
    y += 16;
    parts.push(textEl(line, { x: 0, y, 'font-size': 12, fill: theme.muted }));
  }
  y += 10;
  if (layout.nodes.length > 0) {
    parts.push(
      el(
        'g',
        { transform: `translate(0,${y})` },
        el('rect', {
          x: 0.5,
          y: 0.5,
          width: layout.width - 1,
          height: layout.height - 1,
          rx: 6,
          fill: theme.background,
          stroke: theme.border,
        }) +
          layout.edges.map(drawEdgePath).join('') +
          layout.nodes.map(drawNode).join('') +
          layout.edges.map((e) => drawEdgeLabel(e, theme)).join(''),
      ),
    );
    y += layout.height + 24;
  }
  if (verdicts.length > 0) {
    parts.push(
      textEl('Verdicts', { x: 0, y, 'font-size': 13, 'font-weight': 700, fill: theme.text }),
    );
    y += 8;
    for (const verdict of verdicts) {
      const lines = wrapText(verdict.text, width - 40, 12);
      const items = [titleEl(verdict.text), classSwatch(verdict.class, 0, y + 2, 28)];
      lines.forEach((line, i) => {
        items.push(textEl(line, { x: 36, y: y + 16 + i * 16, 'font-size': 12, fill: theme.text }));
      });
      parts.push(el('g', {}, items.join('')));
      y += Math.max(24, lines.length * 16 + 8);
    }
  }
  return frameSvg({
    title: `${isolateBidi(context.caseTitle)} — Sequencing${asOf ? ` as of ${asOf}` : ''}`,
    chart: { body: parts.join(''), defs: arrowDefs(), width, height: y },
    legend: [
      ...chainClassLegend(),
      {
        swatchWidth: 34,
        label: 'Arrow: waits for, labelled with the party that sets the condition',
        swatch: (x, yy) =>
          el('path', {
            d: `M${x},${yy + 10}H${x + 30}`,
            stroke: theme.text,
            'stroke-width': 2,
            'marker-end': `url(#${ARROW_ID}unknown)`,
          }),
      },
      {
        swatchWidth: 34,
        label: 'Dashed arrow: a condition that runs back, closing a cycle',
        swatch: (x, yy) =>
          el('path', {
            d: `M${x},${yy + 10}H${x + 30}`,
            stroke: theme.text,
            'stroke-width': 2,
            'stroke-dasharray': '6 4',
          }),
      },
    ],
    legendNote: `An issue's colour and glyph give the verdict on the chains from it, or, for an issue that only others wait for, how its granters stand. Dashed border: unknown; double border: deadlock.`,
    context,
  });
}
