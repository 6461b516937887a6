import type { ExportContext } from './export-context.ts';
import { describeSourceLine } from './export-context.ts';
import {
  EXPORT_FONT_FAMILY,
  el,
  escapeXml,
  fitText,
  textEl,
  textWidth,
  wrapText,
} from './svg-text.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** A standalone SVG document and its size in CSS pixels. */
export interface SvgExport {
  svg: string;
  width: number;
  height: number;
}

/** One legend entry: a swatch drawn at (x, y) in a box `swatchWidth` × 20, and its words. */
export interface LegendEntry {
  swatchWidth: number;
  swatch: (x: number, y: number) => string;
  label: string;
}

/** The chart part of an export, drawn from (0, 0), with any `<defs>` it needs. */
export interface ChartPart {
  body: string;
  defs?: string;
  width: number;
  height: number;
}

/** What a framed export holds: a title, the chart, its legend, and the context. */
export interface FrameInput {
  title: string;
  chart: ChartPart;
  legend: readonly LegendEntry[];
  /** A sentence under the legend, e.g. the order of the stance scale. */
  legendNote?: string;
  context: ExportContext;
}

const PAD = 16;
const MIN_WIDTH = 720;
/** Sources listed by name; more are counted in one line. */
export const MAX_SOURCE_LINES = 12;

/**
 * Frames a chart as a standalone SVG document: title, filters in words, the chart, its legend,
 * the sources and the export date, on a solid background. Every style is a presentation
 * attribute with literal values; there is no CSS, no CSS variable and no `foreignObject`.
 */
export function frameSvg({ title, chart, legend, legendNote, context }: FrameInput): SvgExport {
  const { theme } = context;
  const width = Math.ceil(Math.max(MIN_WIDTH, chart.width + 2 * PAD));
  const inner = width - 2 * PAD;
  const parts: string[] = [];
  let y = PAD;

  for (const line of wrapText(title, inner, 18)) {
    y += 22;
    parts.push(textEl(line, { x: PAD, y, 'font-size': 18, 'font-weight': 700, fill: theme.text }));
  }
  y += 4;
  for (const line of wrapText(context.filters, inner, 13)) {
    y += 18;
    parts.push(textEl(line, { x: PAD, y, 'font-size': 13, fill: theme.muted }));
  }
  y += 12;
  parts.push(el('g', { transform: `translate(${PAD},${y})` }, chart.body));
  y += chart.height + 20;

  parts.push(
    textEl('Legend', { x: PAD, y: y + 12, 'font-size': 13, 'font-weight': 700, fill: theme.text }),
  );
  y += 20;
  let x = PAD;
  for (const entry of legend) {
    const w = entry.swatchWidth + 6 + textWidth(entry.label, 12) + 18;
    if (x > PAD && x + w > width - PAD) {
      x = PAD;
      y += 26;
    }
    parts.push(entry.swatch(x, y));
    parts.push(
      textEl(fitText(entry.label, inner - entry.swatchWidth - 6, 12), {
        x: x + entry.swatchWidth + 6,
        y: y + 14,
        'font-size': 12,
        fill: theme.text,
      }),
    );
    x += w;
  }
  y += 26;
  if (legendNote) {
    for (const line of wrapText(legendNote, inner, 11)) {
      y += 15;
      parts.push(textEl(line, { x: PAD, y, 'font-size': 11, fill: theme.muted }));
    }
  }

  y += 16;
  parts.push(
    textEl('Sources', { x: PAD, y: y + 12, 'font-size': 13, 'font-weight': 700, fill: theme.text }),
  );
  y += 16;
  const sources = context.sources;
  const listed =
    sources.length > MAX_SOURCE_LINES ? sources.slice(0, MAX_SOURCE_LINES - 1) : sources;
  const lines = listed.map(describeSourceLine);
  if (sources.length === 0) lines.push('No source: nothing is shown under these filters.');
  if (listed.length < sources.length) {
    lines.push(
      `… and ${sources.length - listed.length} more sources; the CSV and JSON exports list each record's source.`,
    );
  }
  for (const line of lines) {
    y += 15;
    parts.push(textEl(fitText(line, inner, 11), { x: PAD, y, 'font-size': 11, fill: theme.text }));
  }
  y += 7;
  // Wrapped to the width, so a long case title does not run past the image's edge.
  const exported = `Exported ${context.exportedOn} from the negotiation positions dashboard · ${isolateBidi(context.caseTitle)}`;
  for (const line of wrapText(exported, inner, 11)) {
    y += 15;
    parts.push(textEl(line, { x: PAD, y, 'font-size': 11, fill: theme.muted }));
  }
  const height = Math.ceil(y + PAD);

  const svg =
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
    ` font-family="${escapeXml(EXPORT_FONT_FAMILY)}" font-size="12" role="img">` +
    `<title>${escapeXml(title)}</title>` +
    `<desc>${escapeXml(context.filters)}</desc>` +
    (chart.defs ? `<defs>${chart.defs}</defs>` : '') +
    el('rect', { x: 0, y: 0, width, height, fill: theme.background }) +
    parts.join('') +
    `</svg>\n`;
  return { svg, width, height };
}
