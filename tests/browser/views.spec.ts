import type { Locator, Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  SCREENSHOTS,
  expectNoSeriousAxeFindings,
  screenshotWholePage,
  watchErrors,
} from './page-checks.ts';

const grid = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Mediator meetings timeline' });

/** The accessible names of the meeting buttons, which come from their (visually hidden) text. */
async function meetingNames(page: Page): Promise<string[]> {
  return timeline(page)
    .getByRole('button', { name: /^Meeting / })
    .allTextContents();
}

async function rowNames(page: Page): Promise<string[]> {
  return grid(page).getByRole('rowheader').allTextContents();
}

/** How many cells of the grid hold a position. */
async function filledCells(matrix: Locator): Promise<number> {
  const names = await matrix
    .getByRole('gridcell')
    .evaluateAll((cells) => cells.map((c) => c.querySelector('.sr-only')?.textContent ?? ''));
  return names.filter((n) => !n.endsWith(': no stated position')).length;
}

test.describe('the dashboard views on the seed case', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('toggling a mediator changes the timeline, the matrix and the URL, and a reload keeps it', async ({
    page,
  }) => {
    await page.goto('./');
    const before = { meetings: await meetingNames(page), rows: await rowNames(page) };
    expect(before.meetings).toContain('Meeting on 2023-11-09 in Cairo, mediated by Egypt');
    expect(before.meetings).toContain(
      'Meeting on 2023-12-18 in Warsaw, mediated by United States and Qatar',
    );

    const egypt = page.getByRole('checkbox', { name: 'Egypt' });
    await egypt.uncheck();
    await expect(page).toHaveURL(/[?&]hide-mediator=egypt(&|$)/);
    const after = { meetings: await meetingNames(page), rows: await rowNames(page) };
    expect(after.meetings).not.toContain('Meeting on 2023-11-09 in Cairo, mediated by Egypt');
    expect(after.meetings).toContain(
      'Meeting on 2023-12-18 in Warsaw, mediated by United States and Qatar',
    );
    expect(after.rows).not.toEqual(before.rows);
    await expect(
      page.getByText('Showing only the parties engaged through these mediators'),
    ).toBeVisible();

    await page.reload();
    await expect(page.getByRole('checkbox', { name: 'Egypt' })).not.toBeChecked();
    expect(await meetingNames(page)).toEqual(after.meetings);
    expect(await rowNames(page)).toEqual(after.rows);

    // The filter change was a history step: Back returns to the view before it.
    await page.goBack();
    await expect(page.getByRole('checkbox', { name: 'Egypt' })).toBeChecked();
    expect(await rowNames(page)).toEqual(before.rows);
    expect(await meetingNames(page)).toEqual(before.meetings);
  });

  test('brushing the timeline changes the matrix', async ({ page }) => {
    await page.goto('./');
    const matrix = grid(page);
    const textBefore = await matrix.textContent();
    const filledBefore = await filledCells(matrix);

    const overlay = timeline(page).locator('.timeline-brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const box = await overlay.boundingBox();
    if (!box) throw new Error('the brush has no overlay');
    // Across the lanes, in the row of their labels where no meeting mark lies: the first 40 %
    // of the extent, weeks before the December report (only the curated November deal's
    // positions fall in it).
    const y = box.y + 8;
    await page.mouse.move(box.x + 4, y);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width * 0.4, y, { steps: 8 });
    await page.mouse.up();

    await expect(page).toHaveURL(/[?&]from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
    await expect(matrix).not.toHaveText(textBefore ?? '');
    await expect(matrix).toContainText('counting positions stated from');
    const filledInRange = await filledCells(matrix);
    expect(filledInRange).toBeLessThan(filledBefore);
    expect(filledInRange).toBeLessThanOrEqual(6);

    // A click on the lanes clears the range again.
    await page.mouse.click(box.x + box.width * 0.8, y);
    await expect(page).not.toHaveURL(/[?&]from=/);
    expect(await filledCells(matrix)).toBe(filledBefore);
  });

  test('keyboard alone reaches every cell and every meeting, and Enter selects', async ({
    page,
  }) => {
    await page.goto('./');
    const matrix = grid(page);
    const focusedName = () =>
      page.evaluate(() => document.activeElement?.querySelector('.sr-only')?.textContent ?? '');
    const focusedRole = () =>
      page.evaluate(() => document.activeElement?.getAttribute('role') ?? '');

    for (let i = 0; i < 100 && (await focusedRole()) !== 'gridcell'; i++) {
      await page.keyboard.press('Tab');
    }
    expect(await focusedRole()).toBe('gridcell');

    const rows = await matrix.locator('tbody tr').count();
    const total = await matrix.getByRole('gridcell').count();
    const columns = total / rows;
    const seen = new Set<string>();
    for (let r = 0; r < rows; r++) {
      seen.add(await focusedName());
      for (let c = 1; c < columns; c++) {
        await page.keyboard.press(r % 2 === 0 ? 'ArrowRight' : 'ArrowLeft');
        seen.add(await focusedName());
      }
      if (r < rows - 1) await page.keyboard.press('ArrowDown');
    }
    expect(seen.size).toBe(total);
    await page.keyboard.press('Home');
    const home = await focusedName();
    await page.keyboard.press('End');
    expect(await focusedName()).not.toBe(home);

    const name = await focusedName();
    await page.keyboard.press('Enter');
    const evidence = page.getByRole('region', { name: 'Evidence' });
    await expect(evidence.getByRole('heading', { level: 3 })).toHaveText(name);
    await expect(page).toHaveURL(/[?&]cell-party=/);

    // Tab on from the grid through every meeting of the timeline.
    const meetings = new Set(await meetingNames(page));
    const reached = new Set<string>();
    for (let i = 0; i < 200 && reached.size < meetings.size; i++) {
      await page.keyboard.press('Tab');
      const text = await page.evaluate(() => document.activeElement?.textContent ?? '');
      if (meetings.has(text)) reached.add(text);
    }
    expect([...reached].sort()).toEqual([...meetings].sort());
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 3 }),
    ).toHaveText(await page.evaluate(() => document.activeElement?.textContent ?? ''));
  });

  test('axe, with every rule, finds nothing on any view, in either colour scheme and at 375 px', async ({
    page,
  }) => {
    // Seven full axe passes with every rule over the whole dashboard: slow on a loaded
    // two-core machine.
    test.setTimeout(240_000);
    await page.goto('./');
    await expectNoSeriousAxeFindings(page, 'first load');

    await grid(page).getByRole('gridcell').first().click();
    await expectNoSeriousAxeFindings(page, 'a cell selected');

    await timeline(page)
      .getByRole('button', { name: /Warsaw/ })
      .click();
    await expectNoSeriousAxeFindings(page, 'a meeting selected');

    await page.getByRole('button', { name: 'Zoom in' }).click();
    await page.getByLabel('Second party').selectOption({ index: 2 });
    await expectNoSeriousAxeFindings(page, 'zoomed, another pair compared');

    for (const name of ['Egypt', 'Qatar', 'United States', 'No mediator']) {
      await page.getByRole('checkbox', { name }).uncheck();
    }
    await expect(page.getByRole('status').first()).toBeVisible();
    await expectNoSeriousAxeFindings(page, 'every mediator unselected');

    await page.emulateMedia({ colorScheme: 'dark' });
    await page.getByRole('button', { name: 'Reset filters' }).click();
    await expectNoSeriousAxeFindings(page, 'dark');

    await page.setViewportSize({ width: 375, height: 800 });
    await expectNoSeriousAxeFindings(page, '375 px');
  });

  test('zooms with the wheel and pans with a drag on the axis', async ({ page }) => {
    await page.goto('./');
    const region = timeline(page);
    const ticks = () => region.locator('.timeline-axis text').allTextContents();
    // The first render is sliced (a transition): wait for the axis before reading it.
    await expect.poll(ticks).not.toEqual([]);
    const before = await ticks();
    const overlay = region.locator('.timeline-brush .overlay');
    await overlay.scrollIntoViewIfNeeded();
    const lanes = await overlay.boundingBox();
    if (!lanes) throw new Error('the timeline has no lanes');
    await page.mouse.move(lanes.x + lanes.width / 2, lanes.y + 8);
    await page.mouse.wheel(0, -400);
    await expect(page).toHaveURL(/[?&]zoom-from=/);
    const zoomed = await ticks();
    expect(zoomed).not.toEqual(before);

    const axis = await region.locator('.timeline-pan__handle').boundingBox();
    if (!axis) throw new Error('the timeline has no axis band');
    const y = axis.y + axis.height / 2;
    await page.mouse.move(axis.x + axis.width / 2, y);
    await page.mouse.down();
    await page.mouse.move(axis.x + axis.width / 2 + 200, y, { steps: 5 });
    await page.mouse.up();
    await expect.poll(ticks).not.toEqual(zoomed);
    // Panning is not brushing: the matrix still counts every date.
    await expect(page).not.toHaveURL(/[?&]from=/);

    await page.getByRole('button', { name: 'Reset zoom' }).click();
    await expect.poll(ticks).toEqual(before);
  });

  test('saves screenshots at 375 px and 1440 px', async ({ page }) => {
    for (const width of [375, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('./');
      // No horizontal scrolling of the page itself: wide views scroll inside their own box.
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBeLessThanOrEqual(0);
      await screenshotWholePage(page, `${SCREENSHOTS}/dashboard-${width}.png`);
      await grid(page)
        .getByRole('gridcell', { name: /Hamas — .*: conditional/ })
        .first()
        .click()
        .catch(() => grid(page).getByRole('gridcell').nth(1).click());
      await screenshotWholePage(page, `${SCREENSHOTS}/dashboard-${width}-evidence.png`);
    }
    await page.emulateMedia({ colorScheme: 'dark' });
    await screenshotWholePage(page, `${SCREENSHOTS}/dashboard-1440-dark.png`);
  });
});
