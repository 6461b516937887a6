import type { ComparisonRow } from '../domain/compare-parties.ts';
import { explainComparisonRow, RELATION_WORDS } from '../domain/compare-parties.ts';

export { explainComparisonRow, RELATION_WORDS };
import type { Issue, Position } from '../domain/dataset.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { describeCondition } from '../domain/describe.ts';
import { STANCES } from '../domain/stance.ts';
import { STANCE_STYLES } from '../layout/stance-style.ts';
import type { ExportContext } from './export-context.ts';
import type { ExportTheme } from './export-theme.ts';
import type { SvgExport } from './svg-frame.ts';
import { frameSvg } from './svg-frame.ts';
import { el, fitText, textEl, titleEl, wrapText } from './svg-text.ts';
import { stanceLegend } from './to-matrix-svg.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What the comparison export draws: the compared pair's rows, as the screen has them. */
export interface CompareExportInput {
  rows: readonly ComparisonRow[];
  /** The two parties' names, first and second. */
  names: readonly [string, string];
  index: DatasetIndex;
  context: ExportContext;
}

const ISSUE_W = 190;
const PARTY_W = 180;
const WHY_W = 330;
const HEAD = 28;

function badge(
  position: Position | undefined,
  x: number,
  y: number,
  theme: ExportTheme,
  issuesById: ReadonlyMap<string, Issue>,
): { svg: string; bottom: number } {
  if (!position) {
    return {
      svg: textEl('no stated position', {
        x,
        y: y + 15,
        'font-size': 11,
        'font-style': 'italic',
        fill: theme.muted,
      }),
      bottom: 4 + 15,
    };
  }
  const style = STANCE_STYLES[position.stance];
  const label = `${style.glyph} ${position.stance}`;
  let svg =
    el('rect', {
      x,
      y: y + 2,
      width: 110,
      height: 20,
      rx: 4,
      fill: style.fill,
      stroke: theme.cellBorder,
      'stroke-width': 1.5,
      'stroke-dasharray': position.origin === 'extracted' ? '4 3' : undefined,
    }) +
    textEl(label, { x: x + 6, y: y + 16, 'font-size': 12, 'font-weight': 700, fill: style.text });
  let bottom = 4 + 16;
  if (position.condition) {
    const words = wrapText(
      `on condition of ${isolateBidi(describeCondition(position.condition, issuesById))}`,
      PARTY_W - 12,
      10,
      2,
    );
    words.forEach((line, i) => {
      svg += textEl(line, { x, y: y + 34 + i * 12, 'font-size': 10, fill: theme.text });
    });
    bottom = 4 + 34 + (words.length - 1) * 12;
  }
  return { svg, bottom };
}

/**
 * The comparison of two parties as a standalone SVG table: issue, each party's stance and
 * condition, and where they stand, framed with title, filters, legend and sources.
 */
export function toCompareSvg({ rows, names, index, context }: CompareExportInput): SvgExport {
  const { theme } = context;
  const width = ISSUE_W + 2 * PARTY_W + WHY_W;
  const parts: string[] = [];
  const columns: [string, number][] = [
    ['Issue', 0],
    [names[0], ISSUE_W],
    [names[1], ISSUE_W + PARTY_W],
    ['Where they stand', ISSUE_W + 2 * PARTY_W],
  ];
  for (const [label, x] of columns) {
    parts.push(
      textEl(fitText(label, (x === ISSUE_W + 2 * PARTY_W ? WHY_W : PARTY_W) - 8, 12), {
        x: x + 4,
        y: HEAD - 9,
        'font-size': 12,
        'font-weight': 700,
        fill: theme.text,
      }),
    );
  }
  parts.push(el('line', { x1: 0, x2: width, y1: HEAD - 0.5, y2: HEAD - 0.5, stroke: theme.muted }));
  let y = HEAD;
  for (const row of rows) {
    const issueLines = wrapText(row.issue.label, ISSUE_W - 8, 12, 3);
    const first = badge(row.first, ISSUE_W + 4, y + 4, theme, index.issuesById);
    const second = badge(row.second, ISSUE_W + PARTY_W + 4, y + 4, theme, index.issuesById);
    const why = wrapText(explainComparisonRow(row, names, index.issuesById), WHY_W - 8, 11, 4);
    // The lowest baseline in the row, plus room for descenders and a gap.
    const bottom = Math.max(
      20 + (issueLines.length - 1) * 14,
      first.bottom,
      second.bottom,
      why.length > 0 ? 34 + (why.length - 1) * 13 : 20,
    );
    const height = bottom + 12;
    const cells = [
      titleEl(`${isolateBidi(row.issue.label)}: ${RELATION_WORDS[row.relation]}`),
      ...issueLines.map((line, i) =>
        textEl(line, {
          x: 4,
          y: y + 20 + i * 14,
          'font-size': 12,
          'font-weight': 600,
          fill: theme.text,
        }),
      ),
      first.svg,
      second.svg,
      textEl(RELATION_WORDS[row.relation], {
        x: ISSUE_W + 2 * PARTY_W + 4,
        y: y + 20,
        'font-size': 12,
        'font-weight': 700,
        fill: theme.text,
      }),
      ...why.map((line, i) =>
        textEl(line, {
          x: ISSUE_W + 2 * PARTY_W + 4,
          y: y + 34 + i * 13,
          'font-size': 11,
          fill: theme.muted,
        }),
      ),
      el('line', {
        x1: 0,
        x2: width,
        y1: y + height - 0.5,
        y2: y + height - 0.5,
        stroke: theme.border,
      }),
    ];
    parts.push(el('g', {}, cells.join('')));
    y += height;
  }
  return frameSvg({
    title: `${isolateBidi(context.caseTitle)} — ${isolateBidi(names[0])} and ${isolateBidi(names[1])} compared`,
    chart: { body: parts.join(''), width, height: y },
    legend: stanceLegend(theme),
    legendNote: `Agree: both on the same side of the scale (${STANCES.slice(0, 2).join(', ')} refuse; ${STANCES.slice(2).join(', ')} accept). Conflict: opposite sides. Depends on a condition: a conditional stance, or a condition that waits on the other party. Dashed border: extracted from the text; solid: curated.`,
    context,
  });
}
