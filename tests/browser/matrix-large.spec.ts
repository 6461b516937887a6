import { expect, test } from '@playwright/test';
import { watchErrors } from './page-checks.ts';

// The large synthetic case (200 parties × 50 issues): the grid renders only the rows and
// columns in view, and every cell the keyboard reaches still has its name.
test.describe('the positions matrix of the large synthetic case', () => {
  test.setTimeout(90_000);

  test('renders the part in view, and the keyboard reaches the far corners by name', async ({
    page,
  }) => {
    const errors = await watchErrors(page);
    await page.goto('./#synthetic=large');
    const grid = page.getByRole('grid', { name: 'Positions matrix' });
    await expect(grid.getByRole('gridcell').first()).toBeVisible({ timeout: 60_000 });
    await expect(grid).toHaveAttribute('aria-rowcount', '201');
    await expect(grid).toHaveAttribute('aria-colcount', '51');
    await grid.scrollIntoViewIfNeeded();
    expect(await grid.getByRole('gridcell').count()).toBeLessThan(2_000);

    const focused = () =>
      page.evaluate(() => ({
        name: document.activeElement?.querySelector('.sr-only')?.textContent ?? '',
        column: document.activeElement?.getAttribute('aria-colindex'),
      }));
    await grid.getByRole('gridcell').first().focus();
    expect((await focused()).name).toMatch(/^Party 1 — Issue 1: /);
    await page.keyboard.press('End');
    await expect.poll(focused).toMatchObject({ name: /^Party 1 — Issue 50: /, column: '51' });
    await page.keyboard.press('Control+End');
    await expect.poll(focused).toMatchObject({ name: /^Party 200 — Issue 50: / });
    await page.keyboard.press('ArrowLeft');
    await expect.poll(focused).toMatchObject({ name: /^Party 200 — Issue 49: /, column: '50' });
    // The focused cell's name is one the grid gives by role, as assistive technology reads it.
    const { name } = await focused();
    await expect(grid.getByRole('gridcell', { name, exact: true })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(
      page.getByRole('region', { name: 'Evidence' }).getByRole('heading', { level: 3 }),
    ).toHaveText(name);
    expect(errors).toEqual([]);
  });
});
