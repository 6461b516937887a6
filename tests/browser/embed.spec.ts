import type { Server } from 'node:http';
import { createServer } from 'node:http';
import type { FrameLocator, Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { SCREENSHOTS, expectNoSeriousAxeFindings, watchErrors } from './page-checks.ts';

const CASE_TITLE = 'Gaza ceasefire, captive release and prisoner exchange talks, December 2023';

/** What each embed shows: its heading's view name and the landmark of the view. */
const VIEWS = {
  matrix: {
    title: 'Positions matrix',
    view: (page: Page | FrameLocator) => page.getByRole('grid', { name: 'Positions matrix' }),
    legend: (page: Page | FrameLocator) => page.getByRole('heading', { name: 'Legend' }),
  },
  timeline: {
    title: 'Mediator meetings timeline',
    view: (page: Page | FrameLocator) =>
      page.getByRole('region', { name: 'Mediator meetings timeline' }),
    legend: (page: Page | FrameLocator) => page.getByText(/^Marks: a dot is a meeting/),
  },
  sequencing: {
    title: 'Sequencing',
    view: (page: Page | FrameLocator) => page.getByRole('region', { name: 'Sequencing' }),
    legend: (page: Page | FrameLocator) =>
      page.getByRole('region', { name: 'Sequencing' }).getByRole('list', { name: 'Legend' }),
  },
} as const;

type EmbedView = keyof typeof VIEWS;
const EMBED_VIEWS = Object.keys(VIEWS) as EmbedView[];

/** The "Sources:" line of an embed. */
const sourcesLine = (page: Page | FrameLocator) => page.locator('p', { hasText: /^Sources:/ });

/**
 * Another site that frames the dashboard: a server of the test's own on `localhost` (another
 * site than the app's 127.0.0.1; both on loopback, since Chromium blocks a public page from
 * framing a local one). `host(html)` serves a page with that body and returns its address.
 */
let hostServer: Server | undefined;
let hostOrigin = '';
const hostPages = new Map<string, string>();
let hostSerial = 0;

test.beforeAll(async () => {
  hostServer = createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((resolve) => hostServer?.listen(0, '127.0.0.1', resolve));
  const address = hostServer.address();
  if (!address || typeof address === 'string') throw new Error('the host server has no port');
  hostOrigin = `http://localhost:${address.port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => hostServer?.close(resolve));
});

function hostPage(iframes: string): string {
  const path = `/report-${++hostSerial}.html`;
  hostPages.set(
    path,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>A site that embeds the dashboard</title>
<style>body { margin: 0; padding: 16px; font-family: sans-serif; background: #eef1f4; color: #111; }
iframe { display: block; background: #fff; box-shadow: 0 1px 4px rgba(0,0,0,.25); }</style></head>
<body><main><h1 style="font-size: 18px; margin: 0 0 12px">Our report on the talks</h1>${iframes}</main></body></html>`,
  );
  return `${hostOrigin}${path}`;
}

/** Fails unless the document of a page or frame (its `html` element) scrolls sideways nowhere. */
async function expectNoSidewaysScroll(html: Locator): Promise<void> {
  const sizes = await html.evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
  expect(sizes.scroll).toBeLessThanOrEqual(sizes.client);
}

/** The query of the link back to the dashboard, as sorted pairs, and whether it has `embed`. */
function queryPairs(href: string): string[] {
  return [...new URL(href).searchParams].map(([k, v]) => `${k}=${v}`).sort();
}

test.describe('embed mode', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  for (const view of EMBED_VIEWS) {
    test(`?embed=${view} shows only that view, its heading, legend, sources and a link back`, async ({
      page,
      context,
    }) => {
      await page.setViewportSize({ width: 800, height: 600 });
      await page.goto(`./?embed=${view}&hide-mediator=turkey&as-of=2023-12-20`);
      const { title } = VIEWS[view];
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(`${CASE_TITLE} — ${title}`);
      await expect(page).toHaveTitle(`${CASE_TITLE} — ${title}`);
      await expect(VIEWS[view].view(page)).toBeVisible();
      await expect(VIEWS[view].legend(page)).toBeVisible();
      await expect(sourcesLine(page)).toContainText('Hamas political chief Haniyeh in Cairo');
      await expect(page.getByText(/· as of 2023-12-20$/)).toBeVisible();

      // Only that view: no filters, other views, exports, workspace or page header.
      for (const other of EMBED_VIEWS.filter((v) => v !== view)) {
        await expect(VIEWS[other].view(page)).toHaveCount(0);
      }
      await expect(page.getByRole('region', { name: 'Filters' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Evidence' })).toHaveCount(0);
      await expect(page.getByRole('region', { name: 'Your work' })).toHaveCount(0);
      await expect(page.getByRole('button', { name: /^(Export|Embed)/ })).toHaveCount(0);
      await expect(page.getByText('Negotiation positions', { exact: true })).toHaveCount(0);

      // The address keeps `embed`; the link is the same view without it, in a new tab.
      await expect(page).toHaveURL(/\?embed=[a-z]+&hide-mediator=turkey&as-of=2023-12-20$/);
      const link = page.getByRole('link', { name: 'Open the full dashboard' });
      await expect(link).toHaveAttribute('target', '_blank');
      await expect(link).toHaveAttribute('rel', 'noopener');
      const href = (await link.getAttribute('href')) ?? '';
      expect(queryPairs(href)).toEqual(['as-of=2023-12-20', 'hide-mediator=turkey']);
      expect(new URL(href).pathname).toBe(new URL(page.url()).pathname);

      const [full] = await Promise.all([context.waitForEvent('page'), link.click()]);
      await expect(full.getByRole('region', { name: 'Filters' })).toBeVisible();
      await expect(full.getByRole('checkbox', { name: 'Turkey' })).not.toBeChecked();
      await full.close();
    });
  }

  test('the view state of the link applies: a selected cell, changes between dates, a meeting', async ({
    page,
  }) => {
    await page.goto(
      './?embed=matrix&cell-party=hamas&cell-issue=hostage_release&change-from=2023-11-20&change-to=2023-12-20',
    );
    const grid = VIEWS.matrix.view(page);
    await expect(grid.locator('[aria-selected="true"]')).toContainText('Conditional');
    await expect(page.getByText(/changes between 2023-11-20 and 2023-12-20$/)).toBeVisible();
    await expect(page.locator('.matrix-panel__summary')).toContainText(
      'Cells that changed between 2023-11-20 and 2023-12-20 show an arrow',
    );

    await page.goto('./?embed=timeline&meeting=meeting-2023-11-09-cairo&hide-mediator=qatar');
    const timeline = VIEWS.timeline.view(page);
    await expect(
      timeline.getByRole('button', { name: 'Meeting on 2023-11-09 in Cairo, mediated by Egypt' }),
    ).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByText(/^Mediators: Egypt, Turkey, United States/)).toBeVisible();
    // No brush: there is no matrix here for a date range to filter.
    await expect(timeline.locator('.timeline-brush')).toHaveCount(0);
    await expect(timeline).not.toContainText('Drag across the lanes');
  });

  test('an embed adds no steps to the host page’s history, yet its address follows the view', async ({
    page,
  }) => {
    await page.goto('./?embed=matrix');
    const before = await page.evaluate(() => history.length);
    await VIEWS.matrix.view(page).getByRole('gridcell').first().click();
    await expect(page).toHaveURL(/\?embed=matrix&cell-party=/);
    await page.goto('./?embed=timeline');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect(page).toHaveURL(/\?embed=timeline&zoom-from=/);
    // The one extra step is the second goto.
    expect(await page.evaluate(() => history.length)).toBe(before + 1);
  });

  test('an unknown embed value shows the full dashboard and says which values work', async ({
    page,
  }) => {
    await page.goto('./?embed=map&hide-mediator=turkey');
    await expect(page.getByRole('alert')).toHaveText(
      'The link’s embed parameter is "map", which names no view that can be shown alone: use embed=matrix, embed=timeline or embed=sequencing. The full dashboard is shown instead.',
    );
    await expect(page.getByRole('region', { name: 'Filters' })).toBeVisible();
    await expect(VIEWS.matrix.view(page)).toBeVisible();
    await expect(page.getByRole('checkbox', { name: 'Turkey' })).not.toBeChecked();
  });

  for (const size of [
    { width: 600, height: 400 },
    { width: 1440, height: 900 },
  ]) {
    test(`each embed fits an iframe of ${size.width} × ${size.height} on another site`, async ({
      page,
    }) => {
      await page.setViewportSize({ width: size.width + 80, height: size.height + 120 });
      const src = (view: EmbedView) => new URL(`./?embed=${view}`, test.info().project.use.baseURL);
      for (const view of EMBED_VIEWS) {
        await page.goto(
          hostPage(
            `<iframe src="${src(view).href}" width="${size.width}" height="${size.height}" title="${CASE_TITLE} — ${VIEWS[view].title}"></iframe>`,
          ),
        );
        const frame = page.frameLocator('iframe');
        await expect(frame.getByRole('heading', { level: 1 })).toContainText(VIEWS[view].title);
        await expect(VIEWS[view].view(frame)).toBeVisible();
        // The top of the embed is readable without scrolling: heading, link, the view's start.
        await expect(frame.getByRole('link', { name: 'Open the full dashboard' })).toBeInViewport();
        const box = await frame.getByRole('heading', { level: 1 }).boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(200);
        await expectNoSidewaysScroll(frame.locator('html'));
        await expect(sourcesLine(frame)).toContainText('Sources:');
      }
    });
  }

  test('the matrix scrolls inside its own frame at 600 px, not the page', async ({ page }) => {
    await page.setViewportSize({ width: 600, height: 400 });
    await page.goto('./?embed=matrix');
    await expect(VIEWS.matrix.view(page)).toBeVisible();
    await expectNoSidewaysScroll(page.locator('html'));
    const scroll = await page
      .locator('.matrix-scroll')
      .evaluate((el) => ({ scroll: el.scrollWidth, client: el.clientWidth }));
    expect(scroll.scroll).toBeGreaterThan(scroll.client);
  });
});

test.describe('the Embed action', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('copies an iframe of the view as it is, which another site then shows', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.setViewportSize({ width: 1440, height: 900 });
    await page.goto('./');
    await page.getByRole('checkbox', { name: 'Turkey' }).uncheck();
    await expect(page).toHaveURL(/hide-mediator=turkey/);

    const button = page.getByRole('button', { name: 'Embed matrix' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed on another site' });
    await expect(dialog).toBeFocused();
    await expect(dialog.getByRole('radio', { name: 'Positions matrix' })).toBeChecked();
    const code = dialog.getByRole('textbox', { name: 'Embed code' });
    const here = new URL(page.url());
    // In the attribute, the query's `&` is written `&amp;`.
    const src = `${here.origin}${here.pathname}?embed=matrix&amp;hide-mediator=turkey`;
    await expect(code).toHaveValue(
      `<iframe src="${src}" width="800" height="500" title="${CASE_TITLE} — Positions matrix" loading="lazy" style="border: 0; max-width: 100%"></iframe>`,
    );
    await page.screenshot({ path: `${SCREENSHOTS}/embed-dialog.png` });

    await dialog.getByRole('button', { name: 'Copy embed code' }).click();
    await expect(dialog.getByRole('status')).toHaveText('Copied the embed code.');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await code.inputValue());

    // The copied code, pasted into a page of another site.
    await page.goto(hostPage(copied));
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(
      `${CASE_TITLE} — Positions matrix`,
    );
    await expect(VIEWS.matrix.view(frame)).toBeVisible();
    await expect(frame.getByText(/^Mediators: Egypt, Qatar, United States/)).toBeVisible();
    await expect(page.locator('iframe')).toHaveAttribute(
      'title',
      `${CASE_TITLE} — Positions matrix`,
    );
    // axe reads the host page and the framed embed.
    await expectNoSeriousAxeFindings(page, 'the copied embed on another site');
    await page.setViewportSize({ width: 832, height: 580 });
    await expect(VIEWS.matrix.view(frame)).toBeVisible();
    // Copied by hand to docs/embed-matrix.png, after looking at it.
    await page.screenshot({ path: `${SCREENSHOTS}/embed-matrix.png` });
  });

  test('refuses a size under 600 × 400 and says so, and Escape closes it', async ({ page }) => {
    await page.goto('./');
    const button = page.getByRole('button', { name: 'Embed timeline' });
    await button.click();
    const dialog = page.getByRole('dialog', { name: 'Embed on another site' });
    await dialog.getByRole('spinbutton', { name: 'Height (pixels)' }).fill('300');
    await expect(dialog.getByRole('alert')).toContainText('Height must be at least 400 pixels');
    await expect(dialog.getByRole('textbox', { name: 'Embed code' })).toHaveValue(
      /height="500" title="[^"]+ — Mediator meetings timeline"/,
    );
    await page.keyboard.press('Escape');
    await expect(dialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
});

test.describe('embed mode and the Embed dialog pass axe', () => {
  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1440]) {
      test(`${colorScheme}, ${width} px`, async ({ page }) => {
        // Four axe runs, one of them over the whole dashboard.
        test.setTimeout(120_000);
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height: 900 });
        for (const view of EMBED_VIEWS) {
          await page.goto(`./?embed=${view}&cell-party=hamas&cell-issue=hostage_release`);
          await expect(VIEWS[view].view(page)).toBeVisible();
          await expectNoSeriousAxeFindings(page, `embed=${view}, ${colorScheme}, ${width} px`);
          if (width === 1440 && view === 'matrix') {
            await page.screenshot({ path: `${SCREENSHOTS}/embed-matrix-${colorScheme}.png` });
          }
        }
        await page.goto('./?embed=map');
        await expect(page.getByRole('alert')).toBeVisible();
        await page.getByRole('button', { name: 'Embed sequencing' }).click();
        const dialog = page.getByRole('dialog', { name: 'Embed on another site' });
        await dialog.getByRole('spinbutton', { name: 'Width (pixels)' }).fill('20');
        await expect(dialog.getByRole('alert')).toBeVisible();
        await expectNoSeriousAxeFindings(
          page,
          `the Embed dialog and a bad embed value, ${colorScheme}, ${width} px`,
        );
        await dialog.screenshot({
          path: `${SCREENSHOTS}/embed-dialog-${colorScheme}-${width}.png`,
        });
      });
    }
  }
});
