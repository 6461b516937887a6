import type { SvgExport } from './svg-frame.ts';

/** A PNG drawn from an SVG export, with the pixel size and scale it was drawn at. */
export interface PngExport {
  blob: Blob;
  width: number;
  height: number;
  /** The scale used: the one asked for, or less when the canvas could not be that big. */
  scale: number;
}

/** The largest canvas side and area Chromium, Firefox and Safari all draw. */
export const MAX_CANVAS_SIDE = 16_384;
export const MAX_CANVAS_AREA = 16_384 * 16_384;

/** The scale to draw at: the one asked for, reduced so the canvas stays within the limits. */
export function fitPngScale(width: number, height: number, scale: number): number {
  const fit = Math.min(
    scale,
    MAX_CANVAS_SIDE / width,
    MAX_CANVAS_SIDE / height,
    Math.sqrt(MAX_CANVAS_AREA / (width * height)),
  );
  return fit >= scale ? scale : Math.floor(fit * 100) / 100;
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
  const used = fitPngScale(exported.width, exported.height, scale);
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
    return { blob, width, height, scale: used };
  } finally {
    URL.revokeObjectURL(url);
  }
}
