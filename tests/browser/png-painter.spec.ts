import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { bundlePainter } from './export-checks.ts';
import { watchErrors } from './page-checks.ts';
import type * as PainterApi from './png-painter-entry.ts';

// The painter draws the SVG with Canvas 2D calls; the browser's own renderer (the SVG loaded
// as an image) is the reference. Measured on the seed case: a mean difference of at most 0.01
// per channel and 99.98% or more of pixels within 32 levels (anti-aliasing at glyph and shape
// edges); painting without text gives ~7.4 and ~94.8%. The thresholds sit between, near the
// former.
const MAX_MEAN_DIFFERENCE = 0.1;
const MIN_SHARE_WITHIN = 0.999;
const TOLERANCE = 32;

const EXPORTS = ['matrix', 'timeline', 'comparison', 'sequencing'] as const;

async function exportSvg(page: Page, view: string): Promise<string> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: `Export ${view} as SVG`, exact: true }).click(),
  ]);
  return readFileSync(await download.path()).toString('utf8');
}

interface Agreement {
  painter: string;
  fallback: string | undefined;
  meanDifference: number;
  shareWithin: number;
}

/** Paints an SVG both ways on canvases in a blank page, and measures how far they differ. */
async function compareRenders(page: Page, svg: string, withoutText = false): Promise<Agreement> {
  return page.evaluate(
    async ({ svg, withoutText, tolerance }) => {
      const api = (window as unknown as { PngPainter: typeof PainterApi }).PngPainter;
      const width = Number(/ width="(\d+)"/.exec(svg)?.[1]);
      const height = Number(/ height="(\d+)"/.exec(svg)?.[1]);
      const canvas = () => {
        const c = document.createElement('canvas');
        c.width = width;
        c.height = height;
        const context = c.getContext('2d', { alpha: false });
        if (!context) throw new Error('no 2d context');
        return context;
      };
      const ours = canvas();
      // The deliberately wrong render, to show the measure can fail: no text at all.
      const painted = withoutText ? svg.replace(/<text[^>]*>.*?<\/text>/g, '') : svg;
      api.paintSvg(painted, ours, { scaleX: 1, scaleY: 1 });
      const image = new Image(width, height);
      image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
      await image.decode();
      const reference = canvas();
      reference.drawImage(image, 0, 0, width, height);
      const a = ours.getImageData(0, 0, width, height).data;
      const b = reference.getImageData(0, 0, width, height).data;
      let sum = 0;
      let within = 0;
      for (let i = 0; i < a.length; i += 4) {
        let worst = 0;
        for (let k = 0; k < 3; k++) {
          const d = Math.abs((a[i + k] ?? 0) - (b[i + k] ?? 0));
          sum += d;
          worst = Math.max(worst, d);
        }
        if (worst <= tolerance) within++;
      }
      const png = await api.svgToPng({ svg, width, height }, 1);
      return {
        painter: png.painter,
        fallback: png.fallback,
        meanDifference: sum / ((a.length / 4) * 3),
        shareWithin: within / (a.length / 4),
      };
    },
    { svg, withoutText, tolerance: TOLERANCE },
  );
}

let painterScript = '';
test.beforeAll(async () => {
  painterScript = await bundlePainter();
});

async function painterPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('about:blank');
  await page.addScriptTag({ content: painterScript });
  return page;
}

for (const colorScheme of ['light', 'dark'] as const) {
  test.describe(`the PNG painter, ${colorScheme} theme`, () => {
    test.use({ colorScheme });

    test('paints the seed exports as the browser renders their SVG, without falling back', async ({
      page,
      browser,
    }) => {
      const errors = await watchErrors(page);
      await page.goto('./');
      await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
      const scratch = await painterPage(browser);
      const measured: Record<string, Agreement> = {};
      for (const view of EXPORTS) {
        measured[view] = await compareRenders(scratch, await exportSvg(page, view));
      }
      // The matrix with its analyses: verdicts, changes between two days, disputes.
      await page.goto('./?change-from=2023-12-19&change-to=2023-12-20');
      await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
      measured['analysed matrix'] = await compareRenders(scratch, await exportSvg(page, 'matrix'));
      // Printed, so a run shows how close each export is.
      console.log(`${colorScheme}: ${JSON.stringify(measured)}`);
      for (const view of [...EXPORTS, 'analysed matrix']) {
        const m = measured[view];
        expect(m, view).toMatchObject({ painter: 'canvas', fallback: undefined });
        expect(m?.meanDifference, view).toBeLessThan(MAX_MEAN_DIFFERENCE);
        expect(m?.shareWithin, view).toBeGreaterThanOrEqual(MIN_SHARE_WITHIN);
      }
      await scratch.close();
      expect(errors).toEqual([]);
    });
  });
}

test('the comparison of renders fails a painting that leaves out the text', async ({
  page,
  browser,
}) => {
  await page.goto('./');
  await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
  const scratch = await painterPage(browser);
  const wrong = await compareRenders(scratch, await exportSvg(page, 'matrix'), true);
  expect(wrong.meanDifference).toBeGreaterThan(MAX_MEAN_DIFFERENCE);
  expect(wrong.shareWithin).toBeLessThan(MIN_SHARE_WITHIN);
  await scratch.close();
});

test('an SVG outside the painter subset falls back to the browser renderer', async ({
  browser,
}) => {
  const scratch = await painterPage(browser);
  const result = await scratch.evaluate(async () => {
    const api = (window as unknown as { PngPainter: typeof PainterApi }).PngPainter;
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20" viewBox="0 0 40 20">' +
      '<rect width="40" height="20" fill="#fff"/><rect width="20" height="20" fill="#f00" style="fill:#00f"/></svg>';
    const png = await api.svgToPng({ svg, width: 40, height: 20 }, 1);
    const image = await createImageBitmap(png.blob);
    const context = new OffscreenCanvas(40, 20).getContext('2d');
    context?.drawImage(image, 0, 0);
    return {
      painter: png.painter,
      fallback: png.fallback,
      pixel: [...(context?.getImageData(5, 5, 1, 1).data ?? [])],
    };
  });
  // The browser applies the style attribute the painter does not know: blue, not red.
  expect(result).toMatchObject({ painter: 'image', pixel: [0, 0, 255, 255] });
  expect(result.fallback).toMatch(/style on <rect>/);
  await scratch.close();
});
