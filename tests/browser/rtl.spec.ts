import type { Browser, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { EXPORT_FONT_FAMILY, RTL_FONT_FAMILIES } from '../../src/export/svg-text.ts';
import {
  ARABIC_QUOTE,
  ARABIC_SENTENCE,
  CROSSINGS_LABEL,
  ENVOY_SENTENCE,
  FRONT_NAME,
  HEBREW_SENTENCE,
  HEBREW_TEXT,
  makeRtlDataset,
} from '../fixtures/rtl-case.ts';
import { bundlePainter, csvRecords, exportFile, parseSvg, scratchPage } from './export-checks.ts';
import type * as PainterApi from './png-painter-entry.ts';
import {
  SCREENSHOTS,
  expectNoSeriousAxeFindings,
  screenshotWholePage,
  watchErrors,
} from './page-checks.ts';

// Articles and quotes in Arabic and Hebrew, in a made-up case imported as Dataset JSON
// (tests/fixtures/rtl-case.ts), and in the seed case through the "Add articles" form.

const FRONT_CROSSINGS = `\u2068${FRONT_NAME}\u2069 — \u2068${CROSSINGS_LABEL}\u2069: demand`;

const grid = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });

async function importRtlCase(page: Page) {
  await page.goto('./');
  await expect(grid(page)).toBeVisible();
  await page.getByLabel('Import dataset').setInputFiles({
    name: 'maren-valley.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(makeRtlDataset())),
  });
  await expect(
    page.getByRole('status').filter({ hasText: 'Imported “Maren valley' }),
  ).toBeVisible();
  await expect(grid(page).getByRole('gridcell', { name: FRONT_CROSSINGS })).toHaveCount(1);
}

async function selectCell(page: Page, name: string) {
  await grid(page).getByRole('gridcell', { name, exact: true }).click();
  await expect(evidence(page).locator('blockquote').first()).toBeVisible();
}

/** How each letter of a text draws on a canvas in a font list: true where it is a missing-glyph box. */
async function missingGlyphs(browser: Browser, text: string, fonts: string) {
  const page = await scratchPage(browser);
  const letters = [...new Set(text.match(/\p{L}/gu) ?? [])];
  const missing = await page.evaluate(
    ({ letters, fonts }) => {
      const draw = (ch: string) => {
        const canvas = document.createElement('canvas');
        canvas.width = 40;
        canvas.height = 40;
        const context = canvas.getContext('2d');
        if (!context) throw new Error('no 2d context');
        context.fillStyle = '#ffffff';
        context.fillRect(0, 0, 40, 40);
        context.fillStyle = '#000000';
        context.font = `20px ${fonts}`;
        context.fillText(ch, 5, 28);
        const { data } = context.getImageData(0, 0, 40, 40);
        let bits = '';
        for (let i = 0; i < data.length; i += 4) bits += (data[i] ?? 0) < 128 ? '1' : '0';
        return bits;
      };
      // A code point no font has: what this machine draws for a glyph it lacks.
      const tofu = draw(String.fromCodePoint(0x10fffd));
      return letters.filter((ch) => draw(ch) === tofu);
    },
    { letters, fonts },
  );
  await page.close();
  return missing;
}

/** A PNG's share of pixels unlike its corner, and how many colours it has. */
async function inspectPng(browser: Browser, bytes: Buffer) {
  const page = await scratchPage(browser);
  const stats = await page.evaluate(async (base64) => {
    const image = new Image();
    image.src = `data:image/png;base64,${base64}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth;
    canvas.height = image.naturalHeight;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d context');
    context.drawImage(image, 0, 0);
    const { data } = context.getImageData(0, 0, canvas.width, canvas.height);
    const colours = new Set<number>();
    let differing = 0;
    for (let i = 0; i < data.length; i += 4) {
      colours.add(((data[i] ?? 0) << 16) | ((data[i + 1] ?? 0) << 8) | (data[i + 2] ?? 0));
      if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) differing++;
    }
    return { colours: colours.size, inkShare: differing / (data.length / 4) };
  }, bytes.toString('base64'));
  await page.close();
  return stats;
}

/** Paints an SVG with our painter and with Chromium's SVG renderer; how far apart they are. */
async function compareRenders(browser: Browser, svg: string) {
  const page = await scratchPage(browser);
  await page.addScriptTag({ content: await bundlePainter() });
  const agreement = await page.evaluate(async (svg) => {
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
    api.paintSvg(svg, ours, { scaleX: 1, scaleY: 1 });
    const image = new Image(width, height);
    image.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
    await image.decode();
    const reference = canvas();
    reference.drawImage(image, 0, 0, width, height);
    const a = ours.getImageData(0, 0, width, height).data;
    const b = reference.getImageData(0, 0, width, height).data;
    let within = 0;
    for (let i = 0; i < a.length; i += 4) {
      let worst = 0;
      for (let k = 0; k < 3; k++)
        worst = Math.max(worst, Math.abs((a[i + k] ?? 0) - (b[i + k] ?? 0)));
      if (worst <= 32) within++;
    }
    const png = await api.svgToPng({ svg, width, height }, 1);
    return { painter: png.painter, fallback: png.fallback, shareWithin: within / (a.length / 4) };
  }, svg);
  await page.close();
  return agreement;
}

test.describe('quotes and names in Arabic and Hebrew', () => {
  test('the evidence panel shows each quote and article in its language and direction', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    await importRtlCase(page);

    // An Arabic quote of an English report: the quote right to left, the report left to right.
    await selectCell(page, FRONT_CROSSINGS);
    const quote = evidence(page).locator('blockquote');
    await expect(quote).toHaveAttribute('lang', 'ar');
    await expect(quote).toHaveAttribute('dir', 'rtl');
    await expect(quote).toHaveText(ARABIC_QUOTE);
    expect(await quote.evaluate((q) => getComputedStyle(q).direction)).toBe('rtl');
    // Right to left, the quote's text ends flush with the right of its box.
    const edges = await quote.evaluate((q) => {
      const range = document.createRange();
      range.selectNodeContents(q);
      const text = range.getBoundingClientRect();
      const box = q.getBoundingClientRect();
      const padding = parseFloat(getComputedStyle(q).paddingRight);
      return { right: box.right - padding - text.right, left: text.left - box.left };
    });
    expect(Math.abs(edges.right)).toBeLessThan(4);
    expect(edges.left).toBeGreaterThan(40);
    const text = evidence(page).getByRole('region', {
      name: 'Text of Maren valley talks open in Port Almar',
    });
    await expect(text).toHaveAttribute('lang', 'en');
    await expect(text).toHaveAttribute('dir', 'ltr');
    await expect(text.locator('mark')).toHaveText(ARABIC_QUOTE);
    await expect(
      evidence(page).getByRole('heading', { level: 3, name: FRONT_CROSSINGS }),
    ).toBeVisible();

    // An English quote naming the crossings in Arabic: the Arabic word set apart in <bdi>.
    await selectCell(page, `Tarsa — \u2068${CROSSINGS_LABEL}\u2069: support`);
    const english = evidence(page).locator('blockquote');
    await expect(english).toHaveAttribute('dir', 'ltr');
    await expect(english).toHaveText(ENVOY_SENTENCE);
    await expect(english.locator('bdi[dir="rtl"][lang="ar"]')).toHaveText('المعابر');

    // The Hebrew report, declared `he`, and the Arabic one, told by its script.
    await selectCell(
      page,
      `Tarsa — Temporary ceasefire: conditional on condition of \u2068${CROSSINGS_LABEL}\u2069`,
    );
    await expect(evidence(page).locator('blockquote')).toHaveAttribute('lang', 'he');
    await expect(evidence(page).locator('blockquote')).toHaveText(HEBREW_SENTENCE);
    const hebrew = evidence(page).getByRole('region', { name: /^Text of / });
    await expect(hebrew).toHaveAttribute('dir', 'rtl');
    await expect(hebrew).toHaveAttribute('lang', 'he');
    await selectCell(page, `\u2068${FRONT_NAME}\u2069 — Water sharing: open`);
    await expect(evidence(page).locator('blockquote')).toHaveAttribute('lang', 'ar');
    await expect(evidence(page).locator('blockquote')).toHaveText(ARABIC_SENTENCE);
    await expect(evidence(page).getByRole('region', { name: /^Text of / })).toHaveAttribute(
      'dir',
      'rtl',
    );

    // The screenshot in docs/languages.md (copied to docs/rtl-quote.png): an Arabic quote.
    await page.setViewportSize({ width: 1440, height: 1000 });
    await selectCell(page, FRONT_CROSSINGS);
    await evidence(page).scrollIntoViewIfNeeded();
    await evidence(page).screenshot({ path: `${SCREENSHOTS}/rtl-quote.png` });
    await screenshotWholePage(page, `${SCREENSHOTS}/rtl-case-1440.png`);
    await page.setViewportSize({ width: 375, height: 800 });
    await screenshotWholePage(page, `${SCREENSHOTS}/rtl-case-375.png`);
    expect(errors).toEqual([]);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`axe finds nothing serious with a right-to-left quote open, ${colorScheme}, at 375 and 1440 px`, async ({
      page,
    }) => {
      // Four axe runs over the whole page.
      test.setTimeout(120_000);
      await page.emulateMedia({ colorScheme });
      await importRtlCase(page);
      for (const width of [1440, 375]) {
        await page.setViewportSize({ width, height: 900 });
        await selectCell(page, FRONT_CROSSINGS);
        await expectNoSeriousAxeFindings(page, `${colorScheme}, ${width} px, Arabic quote`);
        await selectCell(
          page,
          `Tarsa — Temporary ceasefire: conditional on condition of \u2068${CROSSINGS_LABEL}\u2069`,
        );
        await expectNoSeriousAxeFindings(page, `${colorScheme}, ${width} px, Hebrew report`);
      }
    });
  }

  test('the matrix exports as SVG and PNG with the names right to left and glyphs for each letter', async ({
    page,
    browser,
  }) => {
    await importRtlCase(page);
    const file = await exportFile(page, 'Export matrix as SVG');
    const svg = file.bytes.toString('utf8');
    const parsed = await parseSvg(browser, svg);
    expect(parsed.titles).toContain(FRONT_CROSSINGS);
    expect(svg).toContain(`font-family="${EXPORT_FONT_FAMILY}"`);
    expect(svg).toMatch(
      new RegExp(
        `<text [^>]*direction="rtl" text-anchor="end" font-family="${RTL_FONT_FAMILIES.ar}">${FRONT_NAME}</text>`,
      ),
    );

    // Every Arabic and Hebrew letter has a glyph in the export's fonts, as the painter draws it.
    const letters = `${FRONT_NAME}${ARABIC_QUOTE}${ARABIC_SENTENCE}${HEBREW_TEXT}`;
    expect(await missingGlyphs(browser, letters, EXPORT_FONT_FAMILY)).toEqual([]);
    expect(await missingGlyphs(browser, letters, RTL_FONT_FAMILIES.ar)).toEqual([]);
    expect(await missingGlyphs(browser, HEBREW_TEXT, RTL_FONT_FAMILIES.he)).toEqual([]);
    // The check can fail: a font list without any Arabic or Hebrew font on this machine would
    // leave boxes, as a code point nobody draws does.
    expect(await missingGlyphs(browser, '\u0870\u0871', EXPORT_FONT_FAMILY)).toEqual([
      '\u0870',
      '\u0871',
    ]);

    // The painter draws the right-to-left names where Chromium's own SVG renderer does.
    const agreement = await compareRenders(browser, svg);
    expect(agreement.painter).toBe('canvas');
    expect(agreement.fallback).toBeUndefined();
    expect(agreement.shareWithin).toBeGreaterThan(0.999);

    const png = await exportFile(page, 'Export matrix as PNG');
    expect(png.fileName).toMatch(/\.png$/);
    const stats = await inspectPng(browser, png.bytes);
    expect(stats.colours).toBeGreaterThan(20);
    expect(stats.inkShare).toBeGreaterThan(0.02);
  });

  test('the positions CSV keeps each quote byte for byte, with and without a byte-order mark', async ({
    page,
  }) => {
    await importRtlCase(page);
    const plain = await exportFile(page, 'Export positions as CSV');
    const records = csvRecords(plain.bytes);
    const quotes = new Map(records.map((r) => [r.id, r.evidence_quote]));
    expect(quotes.get('front-crossings')).toBe(ARABIC_QUOTE);
    expect(quotes.get('tarsa-ceasefire')).toBe(HEBREW_SENTENCE);
    expect(quotes.get('front-water')).toBe(ARABIC_SENTENCE);
    expect(records.find((r) => r.id === 'front-crossings')?.party).toBe(FRONT_NAME);
    expect(plain.bytes.includes(Buffer.from(ARABIC_QUOTE, 'utf8'))).toBe(true);
    expect(plain.bytes.includes(Buffer.from('\u2068', 'utf8'))).toBe(false);

    await page.getByLabel('Byte-order mark in positions CSV (for Excel)').check();
    const bom = await exportFile(page, 'Export positions as CSV');
    expect([...bom.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bom.bytes.subarray(3).equals(plain.bytes)).toBe(true);
  });
});

test.describe('adding articles in Arabic and Hebrew', () => {
  test('a Hebrew article is left to a person; an English one quoting Arabic is read as usual', async ({
    page,
  }) => {
    // Two extractions in a Worker and an axe run over the whole page.
    test.setTimeout(90_000);
    const errors = await watchErrors(page);
    await page.goto('./');
    await expect(grid(page)).toBeVisible();
    const work = page.getByRole('region', { name: 'Your work' });

    await page.getByLabel('Title').fill('משלחת טרסה בשיחות');
    await page.getByLabel('Published').fill('2025-04-09');
    await page.getByLabel('Article text').fill(HEBREW_TEXT);
    await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('he');
    await page.getByRole('button', { name: 'Extract positions' }).click();
    await expect(work.getByRole('status')).toContainText(
      'language he: the extractor reads English only; code this article by hand.',
    );

    await page.getByLabel('Title').fill('Hamas sets out its terms in Arabic');
    await page.getByLabel('Published').fill('2023-12-21');
    await page
      .getByLabel('Article text')
      .fill(`Hamas demanded a permanent ceasefire, its spokesman saying: «${ARABIC_QUOTE}».`);
    await expect(page.getByRole('textbox', { name: 'Language' })).toHaveValue('en');
    await page.getByRole('button', { name: 'Extract positions' }).click();
    await expect(work.getByRole('status')).toContainText('Extracted 1 position');
    const card = page
      .getByRole('list', { name: 'Records to review' })
      .getByRole('listitem')
      .filter({ hasText: 'Permanent ceasefire' });
    const context = card.locator('blockquote');
    await expect(context).toHaveAttribute('dir', 'ltr');
    await expect(context.locator('mark bdi[dir="rtl"]')).toHaveText(ARABIC_QUOTE);
    await card.getByRole('button', { name: 'Accept' }).click();
    await expectNoSeriousAxeFindings(page, 'review queue with an Arabic quote');
    expect(errors).toEqual([]);
  });
});
