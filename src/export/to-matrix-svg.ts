import type { PositionMatrix } from '../domain/position-matrix.ts';
import { STANCES } from '../domain/stance.ts';
import type { MatrixLayout, PlacedCell } from '../layout/matrix-layout.ts';
import { STANCE_STYLES } from '../layout/stance-style.ts';
import type { ExportContext } from './export-context.ts';
import type { ExportTheme } from './export-theme.ts';
import type { LegendEntry, SvgExport } from './svg-frame.ts';
import { frameSvg } from './svg-frame.ts';
import { condensedTextEl, el, fitText, textEl, titleEl, wrapText } from './svg-text.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What the matrix export draws: the matrix and its placement, as the screen has them. */
export interface MatrixExportInput {
  matrix: PositionMatrix;
  layout: MatrixLayout;
  context: ExportContext;
  /** Marks another layer draws over the matrix (the analyses), with their legend. */
  overlay?: MatrixOverlay;
}

/** What the analyses add to an exported matrix: marks over it, legend entries, a note. */
export interface MatrixOverlay {
  body: string;
  legend: readonly LegendEntry[];
  legendNote?: string;
  /** Room kept free under the column labels, in pixels, for the overlay's header marks. */
  headerRoom?: number;
}

/** The size of a cell's small words: its condition and its count of other positions. */
const CELL_FONT_SIZE = 10;

function drawCell(cell: PlacedCell, theme: ExportTheme): string {
  const x = cell.x + 3;
  const y = cell.y + 3;
  const w = cell.width - 6;
  const h = cell.height - 6;
  const title = titleEl(cell.name);
  if (!cell.style) {
    return el(
      'g',
      {},
      title +
        textEl('·', {
          x: x + w / 2,
          y: y + h / 2 + 6,
          'text-anchor': 'middle',
          'font-size': 18,
          fill: theme.muted,
        }),
    );
  }
  // The cell's words share one colour and (but the stance) one size, set once on its <g>:
  // a large matrix has ~10,000 cells, and fewer attributes make the SVG smaller and quicker
  // for a browser to parse, style and draw (the PNG export's main cost).
  const style = cell.style;
  const words = { fill: style.text, 'font-size': CELL_FONT_SIZE };
  const parts = [
    title,
    el('rect', {
      x,
      y,
      width: w,
      height: h,
      rx: 4,
      fill: style.fill,
      stroke: theme.cellBorder,
      'stroke-width': 2,
      'stroke-dasharray': cell.origin === 'extracted' ? '4 3' : undefined,
    }),
    condensedTextEl(`${style.glyph} ${style.label}`, w - (cell.conditionLabel ? 22 : 10), 11, {
      x: x + 6,
      y: y + 16,
      'font-weight': 700,
    }),
  ];
  // Lines under the stance: a derived position's tag first (it must never read as stated),
  // then the condition, in what room the mark has.
  const room = Math.floor((h - 20) / 11);
  let lines = 2;
  let lineY = y + 29;
  if (cell.derived && room > 0) {
    parts.push(
      condensedTextEl(`▲ ${cell.derived}`, w - 10, CELL_FONT_SIZE, {
        x: x + 6,
        y: lineY,
        'font-weight': 600,
      }),
    );
    lines = Math.min(2, room - 1);
    lineY += 11;
  }
  if (cell.conditionLabel) {
    parts.push(
      el('path', { d: `M${x + w - 12},${y}h12v12z` }),
      ...(lines > 0
        ? wrapText(
            `if ${isolateBidi(cell.conditionLabel)}`,
            w - (cell.otherCount > 0 ? 34 : 22),
            CELL_FONT_SIZE,
            Math.min(2, lines),
          )
        : []
      ).map((line, i) => textEl(line, { x: x + 6, y: lineY + i * 11 })),
    );
  }
  if (cell.otherCount > 0) {
    parts.push(
      textEl(`+${cell.otherCount}`, {
        x: x + w - 4,
        y: y + h - 4,
        'text-anchor': 'end',
        'font-weight': 700,
      }),
    );
  }
  return el('g', words, parts.join(''));
}

/** The stance legend shared by the matrix and comparison exports. */
export function stanceLegend(theme: ExportTheme): LegendEntry[] {
  return STANCES.map((stance) => {
    const style = STANCE_STYLES[stance];
    return {
      swatchWidth: 34,
      label: style.label,
      swatch: (x: number, y: number) =>
        el('rect', {
          x,
          y,
          width: 34,
          height: 20,
          rx: 4,
          fill: style.fill,
          stroke: theme.cellBorder,
          'stroke-width': 1.5,
        }) +
        textEl(style.glyph, {
          x: x + 17,
          y: y + 14,
          'text-anchor': 'middle',
          'font-size': 12,
          'font-weight': 700,
          fill: style.text,
        }),
    };
  });
}

function matrixLegend(theme: ExportTheme): LegendEntry[] {
  const box = (x: number, y: number, dash?: string) =>
    el('rect', {
      x,
      y,
      width: 34,
      height: 20,
      rx: 4,
      fill: theme.panel,
      stroke: theme.cellBorder,
      'stroke-width': 2,
      'stroke-dasharray': dash,
    });
  const note = (text: string) => (x: number, y: number) =>
    el('rect', { x, y, width: 34, height: 20, rx: 4, fill: theme.panel, stroke: theme.border }) +
    textEl(text, {
      x: x + 17,
      y: y + 14,
      'text-anchor': 'middle',
      'font-size': 11,
      'font-weight': 700,
      fill: theme.text,
    });
  return [
    ...stanceLegend(theme),
    {
      swatchWidth: 34,
      label: 'Corner mark and “if …”: on condition of another issue',
      swatch: (x, y) =>
        note('if')(x, y) + el('path', { d: `M${x + 24},${y}h10v10z`, fill: theme.text }),
    },
    {
      swatchWidth: 34,
      label: '▲: derived from a proposal or deal (accepted, proposed, under review), not stated',
      swatch: note('▲'),
    },
    { swatchWidth: 34, label: 'Other positions in the cell', swatch: note('+2') },
    { swatchWidth: 34, label: 'Solid border: curated by a person', swatch: (x, y) => box(x, y) },
    {
      swatchWidth: 34,
      label: 'Dashed border: extracted from the text',
      swatch: (x, y) => box(x, y, '4 3'),
    },
    { swatchWidth: 34, label: 'No stated position', swatch: note('·') },
  ];
}

/**
 * The positions matrix as a standalone SVG: exactly the placed headers and cells the screen
 * shows, each cell titled with its accessible name, framed with the title, filters in words,
 * legend, sources and export date.
 */
export function toMatrixSvg({ matrix, layout, context, overlay }: MatrixExportInput): SvgExport {
  const { theme } = context;
  const parts: string[] = [];
  const first = layout.columns[0];
  const headerHeight = first ? (layout.rows[0]?.y ?? layout.height) : 0;
  const rowHeaderWidth = first?.x ?? layout.width;

  parts.push(
    textEl('Party', {
      x: 6,
      y: headerHeight - 8,
      'font-size': 12,
      'font-weight': 700,
      fill: theme.text,
    }),
  );
  for (const column of layout.columns) {
    const lines = wrapText(column.label, column.width - 8, 11, 4, false);
    lines.forEach((line, i) => {
      parts.push(
        condensedTextEl(line, column.width - 8, 11, {
          x: column.x + 4,
          y: headerHeight - 8 - (overlay?.headerRoom ?? 0) - (lines.length - 1 - i) * 13,
          'font-weight': 700,
          fill: theme.text,
        }),
      );
    });
  }
  parts.push(
    el('line', {
      x1: 0,
      x2: layout.width,
      y1: headerHeight - 0.5,
      y2: headerHeight - 0.5,
      stroke: theme.muted,
    }),
  );
  layout.rows.forEach((row, r) => {
    const indent = row.depth === 1 ? 16 : 6;
    const prefix = row.expandable ? (row.expanded ? '▾ ' : '▸ ') : '';
    parts.push(
      el('line', {
        x1: 0,
        x2: layout.width,
        y1: row.y + row.height - 0.5,
        y2: row.y + row.height - 0.5,
        stroke: theme.border,
      }),
    );
    // A long name takes two lines when there is no office to show under it.
    const label = wrapText(
      prefix ? `${prefix}${isolateBidi(row.label)}` : row.label,
      rowHeaderWidth - indent - 4,
      12,
      row.detail ? 1 : 2,
    );
    label.forEach((line, i) => {
      parts.push(
        textEl(line, {
          x: indent,
          y: row.y + 21 + i * 15,
          'font-size': 12,
          'font-weight': row.depth === 0 ? 700 : 400,
          fill: theme.text,
        }),
      );
    });
    if (row.detail) {
      parts.push(
        textEl(fitText(row.detail, rowHeaderWidth - indent - 4, 10), {
          x: indent,
          y: row.y + 36,
          'font-size': 10,
          fill: theme.muted,
        }),
      );
    }
    for (const cell of layout.cells[r] ?? []) parts.push(drawCell(cell, theme));
  });

  if (overlay) parts.push(overlay.body);

  const total = matrix.rows.length * matrix.columns.length;
  return frameSvg({
    title: `${isolateBidi(context.caseTitle)} — Positions matrix`,
    chart: { body: parts.join(''), width: layout.width, height: layout.height },
    legend: overlay ? [...matrixLegend(theme), ...overlay.legend] : matrixLegend(theme),
    legendNote: `Each cell shows the latest stated position of the party on the issue; ${matrix.filledCount} of ${total} cells hold a position. The scale runs from reject to demand: ${STANCES.join(' < ')}.${overlay?.legendNote ? ` ${overlay.legendNote}` : ''}`,
    context,
  });
}
