import { build } from 'vite';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { expect } from '@playwright/test';
import { parseCsv } from '../../src/export/to-csv.ts';

// Checks shared by the browser tests of exports: a download, an SVG read as a browser reads it,
// a CSV read back.

/** A file the browser saved. */
export interface Downloaded {
  fileName: string;
  bytes: Buffer;
}

/** Clicks an export button and returns the file the browser saved. */
export async function exportFile(page: Page, name: string): Promise<Downloaded> {
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  const path = await download.path();
  await expect(
    page
      .getByRole('status')
      .filter({ hasText: /^Saved / })
      .first(),
  ).toBeVisible();
  return { fileName: download.suggestedFilename(), bytes: readFileSync(path) };
}

/** A scratch page with no CSP, to decode images and parse XML as a browser does. */
export async function scratchPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage();
  await page.goto('about:blank');
  return page;
}

/** Parses an SVG as XML in the browser: its titles, text and size, or the parser's error. */
export async function parseSvg(browser: Browser, svg: string) {
  const page = await scratchPage(browser);
  const parsed = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'image/svg+xml');
    const error = doc.querySelector('parsererror')?.textContent ?? null;
    const root = doc.documentElement;
    return {
      error,
      rootName: root.localName,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      titles: [...doc.getElementsByTagName('title')].map((t) => t.textContent ?? ''),
      text: root.textContent ?? '',
      foreignObjects: doc.getElementsByTagName('foreignObject').length,
      styled: doc.querySelectorAll('[style], style').length,
      background: doc.querySelector('svg > rect')?.getAttribute('fill') ?? null,
    };
  }, svg);
  await page.close();
  expect(parsed.error).toBeNull();
  expect(parsed.rootName).toBe('svg');
  expect(parsed.foreignObjects).toBe(0);
  expect(parsed.styled).toBe(0);
  return parsed;
}

/** CSV rows as records keyed by the header. */
export function csvRecords(bytes: Buffer): Record<string, string>[] {
  const [header, ...rows] = parseCsv(bytes.toString('utf8'));
  if (!header) throw new Error('the CSV has no header');
  return rows.map((row) => Object.fromEntries(header.map((h, i) => [h, row[i] ?? ''])));
}

/** The PNG painter and svgToPng as one script, exposing `window.PngPainter` (as png-painter.spec.ts). */
export async function bundlePainter(): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      minify: false,
      lib: { entry: 'tests/browser/png-painter-entry.ts', formats: ['iife'], name: 'PngPainter' },
    },
  });
  const first = Array.isArray(output) ? output[0] : output;
  if (!first || !('output' in first)) throw new Error('vite did not return a bundle');
  const chunk = first.output.find((o) => o.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error('the bundle holds no script');
  return chunk.code;
}
