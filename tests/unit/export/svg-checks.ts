// Checks shared by the tests of the SVG exports.
import { expect } from 'vitest';
import { EXPORT_FONT_FAMILY } from '../../../src/export/svg-text.ts';

/** Parses an SVG as XML, as an SVG viewer would; throws on a parser error. */
export function parseSvg(svg: string): Document {
  const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(error.textContent ?? 'parser error');
  return doc;
}

/** Every <title> of an SVG: the names its marks carry for screen readers. */
export function titles(doc: Document): string[] {
  return [...doc.getElementsByTagName('title')].map((t) => t.textContent ?? '');
}

/** No page CSS, classes or foreignObject; fonts named with fallbacks. */
export function expectSelfContained(svg: string): void {
  expect(svg).not.toMatch(/foreignObject|\sstyle=|var\(--|<style|class=/);
  expect(svg).toContain(`font-family="${EXPORT_FONT_FAMILY}"`);
}
