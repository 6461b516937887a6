import type { ChainClass } from '../analysis/sequencing.ts';
import type { PositionMatrix } from '../domain/position-matrix.ts';
import { CHAIN_CLASS_STYLES } from '../layout/chain-class-style.ts';
import type {
  AnalysedCell,
  AnalysedMatrixLayout,
  PlacedChange,
} from '../layout/matrix-analysis-layout.ts';
import { changeArrow, shortVerdict } from '../layout/matrix-analysis-layout.ts';
import type { ExportContext } from './export-context.ts';
import type { ExportTheme } from './export-theme.ts';
import type { LegendEntry, SvgExport } from './svg-frame.ts';
import { condensedTextEl, el, fitText, textEl, textWidth, titleEl, wrapText } from './svg-text.ts';
import { chainClassLegend } from './to-sequencing-svg.ts';
import type { MatrixOverlay } from './to-matrix-svg.ts';
import { toMatrixSvg } from './to-matrix-svg.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What the analysed matrix export draws: the matrix as the screen shows it, with its analyses. */
export interface AnalysedMatrixExportInput {
  matrix: PositionMatrix;
  layout: AnalysedMatrixLayout;
  /** The dispute window in days, said in the legend. */
  disputeWindow: number;
  context: ExportContext;
}

/** The room the analyses' marks take in the exported matrix, in pixels. */
export interface AnalysisRoom {
  /** Under the column labels, for the verdicts. */
  header: number;
  /** For each row, how much taller it grows: a foot of two lines (a change and a badge). */
  rowGrowth: readonly number[];
}

const VERDICT_FONT = 10;
const VERDICT_LINE = 12;
const VERDICT_LINES = 3;
const FOOT_LINE = 14;
// styles.css's --focus, which the screen's "disputed" badge is drawn in.
const DISPUTE_COLOUR: Record<ExportTheme['name'], string> = { light: '#c2410c', dark: '#ffa657' };
function changed(cell: AnalysedCell): PlacedChange | undefined {
  return cell.change && cell.change.change !== 'unchanged' ? cell.change : undefined;
}

function verdictLines(column: AnalysedMatrixLayout['columns'][number]): string[] {
  if (!column.verdict) return [];
  const glyph = CHAIN_CLASS_STYLES[column.verdict.class].glyph;
  return wrapText(
    `${glyph} ${shortVerdict(column.verdict.text, column.label)}`,
    column.width - 14,
    VERDICT_FONT,
    VERDICT_LINES,
  );
}

/** How many lines a cell's foot takes: one for a change, one for a "disputed" badge. */
function footLines(cell: AnalysedCell): number {
  return (changed(cell) ? 1 : 0) + (cell.disputed ? 1 : 0);
}

/**
 * How much room the analyses' marks need: none when there is nothing to mark. As on the
 * screen, a one-line foot fits in the row (the mark gives way to it); only a second line
 * makes the row taller, so that a big matrix's image grows little.
 */
export function measureAnalysisRoom(layout: AnalysedMatrixLayout): AnalysisRoom {
  const lines = Math.max(0, ...layout.columns.map((c) => verdictLines(c).length));
  const rowGrowth = layout.cells.map(
    (cells) => Math.max(0, ...cells.map(footLines).map((n) => n - 1)) * FOOT_LINE,
  );
  return { header: lines === 0 ? 0 : lines * VERDICT_LINE + 8, rowGrowth };
}

/**
 * The matrix's placement with room for the analyses: a taller header for the verdicts, and
 * in a cell with a foot a shorter mark, its condition cut to one line, with the foot under it.
 */
export function makeRoomForAnalysis(
  layout: AnalysedMatrixLayout,
  room: AnalysisRoom,
): AnalysedMatrixLayout {
  let shift = room.header;
  const rows = layout.rows.map((row, r) => {
    const placed = { ...row, y: row.y + shift, height: row.height + (room.rowGrowth[r] ?? 0) };
    shift += room.rowGrowth[r] ?? 0;
    return placed;
  });
  const cells = layout.cells.map((rowCells, r) =>
    rowCells.map((cell) => {
      const row = rows[r];
      const height = (row?.height ?? cell.height) - footLines(cell) * FOOT_LINE;
      return {
        ...cell,
        y: row?.y ?? cell.y,
        height,
        conditionLabel: height < cell.height ? oneLineCondition(cell) : cell.conditionLabel,
      };
    }),
  );
  return { ...layout, rows, cells, height: layout.height + shift };
}

/**
 * A condition cut to the one line a shortened mark has room for: the matrix export wraps
 * "if …" in the room left of the corner mark (and the "+N" count), so it is fitted to it.
 */
function oneLineCondition(cell: AnalysedCell): string | undefined {
  if (!cell.conditionLabel) return undefined;
  const room = cell.width - 6 - (cell.otherCount > 0 ? 34 : 22);
  const line = fitText(`if ${isolateBidi(cell.conditionLabel)}`, room, 10);
  return line.startsWith('if ') && line.length > 3 ? line.slice(3) : undefined;
}

function drawVerdicts(layout: AnalysedMatrixLayout, room: AnalysisRoom, theme: ExportTheme) {
  const headerBottom = layout.rows[0]?.y ?? layout.height;
  const top = headerBottom - room.header;
  const parts: string[] = [];
  for (const column of layout.columns) {
    const verdict = column.verdict;
    if (!verdict) continue;
    const style = CHAIN_CLASS_STYLES[verdict.class];
    const lines = verdictLines(column);
    const marks = [
      titleEl(`${isolateBidi(column.label)}: ${verdict.text}`),
      el('line', {
        x1: column.x + 5.5,
        x2: column.x + 5.5,
        y1: top + 2,
        y2: top + 4 + lines.length * VERDICT_LINE,
        stroke: style.stroke,
        'stroke-width': 3,
      }),
      ...lines.map((line, i) =>
        textEl(line, {
          x: column.x + 10,
          y: top + 12 + i * VERDICT_LINE,
          'font-size': VERDICT_FONT,
          fill: theme.muted,
        }),
      ),
    ];
    parts.push(el('g', {}, marks.join('')));
  }
  return parts.join('');
}

/** A cell's foot under its mark: the change (arrow, both stances), then the "disputed" badge. */
function drawFoot(cell: AnalysedCell, theme: ExportTheme): string {
  const parts: string[] = [];
  const x = cell.x + 4;
  const room = cell.width - 8;
  let top = cell.y + cell.height;
  const change = changed(cell);
  if (change) {
    const arrow = changeArrow(change);
    const words = `${change.before?.style.label ?? 'none'} → ${change.after?.style.label ?? 'none'}`;
    const arrowWidth = textWidth(arrow, 10) + 3;
    parts.push(
      textEl(arrow, { x, y: top + 10, 'font-size': 10, 'font-weight': 700, fill: theme.accent }),
      condensedTextEl(words, room - arrowWidth, 10, {
        x: x + arrowWidth,
        y: top + 10,
        'font-weight': 600,
        fill: theme.text,
      }),
    );
    top += FOOT_LINE;
  }
  if (cell.disputed) {
    parts.push(
      el('rect', {
        x,
        y: top + 0.5,
        width: textWidth('disputed', 10) + 8,
        height: 12.5,
        rx: 3,
        fill: 'none',
        stroke: DISPUTE_COLOUR[theme.name],
        'stroke-dasharray': '3 2',
      }),
      textEl('disputed', { x: x + 4, y: top + 10, 'font-size': 10, fill: theme.text }),
    );
  }
  // An unchanged cell is faded, as on the screen, so that the changes stand out.
  if (cell.change?.change === 'unchanged' && cell.style) {
    parts.push(
      el('rect', {
        x: cell.x + 2,
        y: cell.y + 2,
        width: cell.width - 4,
        height: cell.height - 4,
        fill: theme.background,
        'fill-opacity': 0.55,
      }),
    );
  }
  return parts.join('');
}

function badgeSwatch(theme: ExportTheme, text: string, dashed: boolean, width = 34) {
  return (x: number, y: number) =>
    el('rect', {
      x,
      y,
      width,
      height: 20,
      rx: 4,
      fill: theme.panel,
      stroke: dashed ? DISPUTE_COLOUR[theme.name] : theme.border,
      'stroke-dasharray': dashed ? '3 2' : undefined,
    }) +
    textEl(text, {
      x: x + width / 2,
      y: y + 14,
      'text-anchor': 'middle',
      'font-size': dashed ? 10 : 12,
      'font-weight': 700,
      fill: dashed ? theme.text : theme.accent,
    });
}

/** The analyses' marks over a matrix placed with room for them, with their legend. */
export function buildAnalysisOverlay(
  layout: AnalysedMatrixLayout,
  room: AnalysisRoom,
  disputeWindow: number,
  theme: ExportTheme,
): MatrixOverlay {
  const cells = layout.cells.flat();
  const classes = new Set<ChainClass>(layout.columns.flatMap((c) => c.verdict?.class ?? []));
  const legend: LegendEntry[] = [];
  const notes: string[] = [];
  if (classes.size > 0) {
    legend.push(...chainClassLegend([...classes]));
    notes.push(
      'Under an issue: its sequencing verdict, cut to three lines; the Sequencing export gives each in full.',
    );
  }
  if (layout.change) {
    const kinds = new Set(
      cells.flatMap((c) => {
        const change = changed(c);
        return change ? [changeArrow(change)] : [];
      }),
    );
    const words: [string, string][] = [
      ['▲', 'Changed toward demand on the scale'],
      ['▼', 'Changed toward reject on the scale'],
      ['↔', 'Same stance, another condition'],
      ['+', 'Appeared: no position before'],
      ['×', 'Disappeared: no position now'],
    ];
    for (const [arrow, label] of words) {
      if (kinds.has(arrow))
        legend.push({ swatchWidth: 34, label, swatch: badgeSwatch(theme, arrow, false) });
    }
    notes.push(
      `Changes compare each party’s latest stance as of ${layout.change.from} and as of ${layout.change.to} (before → after); a faded cell did not change.`,
    );
  }
  if (cells.some((c) => c.disputed)) {
    legend.push({
      swatchWidth: 60,
      label: `Two reports disagree within ${disputeWindow} day${disputeWindow === 1 ? '' : 's'}`,
      swatch: badgeSwatch(theme, 'disputed', true, 60),
    });
  }
  const body = drawVerdicts(layout, room, theme) + cells.map((c) => drawFoot(c, theme)).join('');
  return {
    body,
    legend,
    ...(notes.length > 0 && { legendNote: notes.join(' ') }),
    headerRoom: room.header,
  };
}

/**
 * The positions matrix as the screen shows it with the analyses: each column's sequencing
 * verdict under its label (and in full under the matrix), and in each party cell the change
 * between the compared days (arrow, both stances) and a "disputed" badge. Cells are titled
 * with their accessible names, which say the change and the dispute too.
 */
export function toAnalysedMatrixSvg({
  matrix,
  layout,
  disputeWindow,
  context,
}: AnalysedMatrixExportInput): SvgExport {
  const room = measureAnalysisRoom(layout);
  const placed = makeRoomForAnalysis(layout, room);
  return toMatrixSvg({
    matrix,
    layout: placed,
    context,
    overlay: buildAnalysisOverlay(placed, room, disputeWindow, context.theme),
  });
}
