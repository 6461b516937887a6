import type { SvgExport } from './svg-frame.ts';

/** Why a PNG was drawn at less than the scale asked for. */
export type PngScaleLimit = 'canvas' | 'pixels';

/** A PNG drawn from an SVG export, with the pixel size and scale it was drawn at. */
export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used: the one asked for, or less when the PNG could not be that big. */
  scale: number;
  /** Set when the scale was reduced: to fit a canvas, or to stay within MAX_PNG_PIXELS. */
  limit?: PngScaleLimit;
}

/** The largest canvas side and area Chromium, Firefox and Safari all draw. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

/**
 * The most pixels a PNG is drawn with above 1×. Past this a canvas takes hundreds of megabytes,
 * the PNG is one few viewers open smoothly, and the export takes seconds (a 200 × 50 matrix at
 * 1.5× is 122 million pixels: ~490 MB of canvas and over 3 s). 1× is never reduced for it.
 */
export const MAX_PNG_PIXELS = 64_000_000;

/**
 * The scales tried, largest first, when the one asked for is too big: whole or half pixels keep
 * the cells' edges on the pixel grid (an odd scale such as 1.08× blurs every edge, and the PNG
 * of the large matrix grows from 7 to 19 MB).
 */
const FALLBACK_SCALES = [1.5, 1];

/** The scale to draw at, and why it is less than the one asked for, if it is. */
export function choosePngScale(
  width: number,
  height: number,
  scale: number,
): { scale: number; limit?: PngScaleLimit } {
  const fitsCanvas = (s: number) =>
    width * s <= MAX_CANVAS_SIDE &&
    height * s <= MAX_CANVAS_SIDE &&
    width * height * s * s <= MAX_CANVAS_AREA;
  const fitsBudget = (s: number) => s <= 1 || width * height * s * s <= MAX_PNG_PIXELS;
  let limit: PngScaleLimit | undefined;
  for (const s of [scale, ...FALLBACK_SCALES.filter((f) => f < scale)]) {
    if (fitsCanvas(s) && fitsBudget(s)) return limit ? { scale: s, limit } : { scale: s };
    // The reason given is the last one met: a scale within the canvas limits but over budget.
    limit = fitsCanvas(s) ? 'pixels' : (limit ?? 'canvas');
  }
  // Even 1× is too big for a canvas: the largest scale that fits, to a hundredth.
  const fit = Math.min(
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  return { scale: Math.floor(fit * 100) / 100, limit: 'canvas' };
}

/** The scale to draw at: the one asked for, reduced so the PNG fits a canvas and the budget. */
export function fitPngScale(width: number, height: number, scale: number): number {
  return choosePngScale(width, height, scale).scale;
}

/** Records one step of the PNG export, for bench/export.ts: `export:png-<step>`. */
function measureStep(step: string, start: number): number {
  const end = performance.now();
  performance.measure(`export:png-${step}`, { start, end });
  return end;
}

/**
 * Draws an SVG export on a canvas at 1× or 2× and encodes it as PNG: SVG → blob image →
 * canvas, no library and no `foreignObject`, so the page's CSP (`img-src blob:`) allows it.
 */
export async function svgToPng(exported: SvgExport, scale = 1): Promise<PngExport> {
  const { scale: used, limit } = choosePngScale(exported.width, exported.height, scale);
  const width = Math.round(exported.width * used);
  const height = Math.round(exported.height * used);
  let t = performance.now();
  // Titles are for SVG viewers and screen readers; a bitmap has no use for them, and leaving
  // them out makes a large SVG quicker to parse.
  const svg = exported.svg.replace(/<title>[^<]*<\/title>/g, '');
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  t = measureStep('blob', t);
  try {
    const image = new Image(exported.width, exported.height);
    image.src = url;
    // Loading parses the SVG and lays it out once (its text is most of the cost).
    await image.decode();
    t = measureStep('decode', t);
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    // Opaque: every export has a solid background, and an opaque canvas encodes as an RGB
    // PNG, a quarter fewer bytes to filter and compress than RGBA.
    const context = canvas.getContext('2d', { alpha: false });
    if (!context) throw new Error('This browser cannot draw on a canvas.');
    // Records the drawing; the first draw of an SVG image lays it out again at its size.
    context.drawImage(image, 0, 0, width, height);
    t = measureStep('draw', t);
    // Rasterises the recorded drawing, then encodes the pixels.
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    measureStep('encode', t);
    if (!blob) throw new Error(`The browser could not encode a ${width} × ${height} PNG.`);
    return limit
      ? { blob, width, height, scale: used, limit }
      : { blob, width, height, scale: used };
  } finally {
    URL.revokeObjectURL(url);
  }
}
