import { paintSvg } from './paint-svg.ts';
import { UnsupportedSvgError } from './unsupported-svg-error.ts';
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
  /**
   * Who drew the SVG: our canvas painter, or the browser loading it as an image (the fallback
   * for SVG outside the painter's subset, with the painter's reason in `fallback`).
   */
  painter: 'canvas' | 'image';
  fallback?: string;
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

/** A canvas of a size with an opaque 2D context. */
function opaqueCanvas(width: number, height: number) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  // Opaque: every export has a solid background, and an opaque canvas encodes as an RGB
  // PNG, a quarter fewer bytes to filter and compress than RGBA.
  const context = canvas.getContext('2d', { alpha: false });
  if (!context) throw new Error('This browser cannot draw on a canvas.');
  return { canvas, context };
}

/**
 * Draws the SVG with the browser's own renderer: SVG → blob image → canvas, no library and no
 * `foreignObject`, so the page's CSP (`img-src blob:`) allows it. Loading lays the SVG out
 * once and the first draw again, which for ~25,000 texts takes over a second.
 */
async function drawAsImage(
  svg: string,
  svgWidth: number,
  svgHeight: number,
  width: number,
  height: number,
) {
  let t = performance.now();
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  t = measureStep('blob', t);
  try {
    const image = new Image(svgWidth, svgHeight);
    image.src = url;
    await image.decode();
    t = measureStep('decode', t);
    const { canvas, context } = opaqueCanvas(width, height);
    context.drawImage(image, 0, 0, width, height);
    measureStep('draw', t);
    return canvas;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/**
 * Draws an SVG export on a canvas at 1× or 2× and encodes it as PNG. The canvas painter
 * (paint-svg.ts) reads the SVG and draws it with Canvas 2D calls; an SVG outside its subset is
 * drawn by the browser instead, so the PNG is always the SVG's picture.
 */
export async function svgToPng(exported: SvgExport, scale = 1): Promise<PngExport> {
  const { scale: used, limit } = choosePngScale(exported.width, exported.height, scale);
  const width = Math.round(exported.width * used);
  const height = Math.round(exported.height * used);
  // Titles are for SVG viewers and screen readers; a bitmap has no use for them, and leaving
  // them out makes a large SVG quicker to parse.
  const svg = exported.svg.replace(/<title>[^<]*<\/title>/g, '');
  let t = performance.now();
  let canvas: HTMLCanvasElement;
  let fallback: string | undefined;
  try {
    const drawn = opaqueCanvas(width, height);
    paintSvg(svg, drawn.context, {
      scaleX: width / exported.width,
      scaleY: height / exported.height,
    });
    canvas = drawn.canvas;
    t = measureStep('paint', t);
  } catch (error) {
    // Any failure of the painter (SVG outside its subset, or a bug) falls back to the browser's
    // renderer: the user still gets the picture; the browser tests check ours never fall back.
    fallback =
      error instanceof UnsupportedSvgError
        ? error.message
        : `painter failed: ${error instanceof Error ? error.message : String(error)}`;
    canvas = await drawAsImage(svg, exported.width, exported.height, width, height);
    t = performance.now();
  }
  // Rasterises the recorded drawing, then encodes the pixels.
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  measureStep('encode', t);
  if (!blob) throw new Error(`The browser could not encode a ${width} × ${height} PNG.`);
  return {
    blob,
    width,
    height,
    scale: used,
    ...(limit && { limit }),
    ...(fallback === undefined ? { painter: 'canvas' } : { painter: 'image', fallback }),
  };
}
