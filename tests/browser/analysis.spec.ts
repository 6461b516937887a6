import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { SCREENSHOTS, expectNoSeriousAxeFindings, watchErrors } from './page-checks.ts';

const sequencing = (page: Page) => page.getByRole('region', { name: 'Sequencing' });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });
const grid = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });

const CAPTIVES_EDGE = 'Hamas: Release of captives held in Gaza waits for Permanent ceasefire';
const CAPTIVES_VERDICT =
  'blocked: Release of captives held in Gaza waits for Permanent ceasefire, which Israel opposes (implied by its demand for Disarmament or elimination of Hamas)';

/** The accessible name of the focused element. */
async function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    return el?.getAttribute('aria-label') ?? el?.textContent ?? '';
  });
}

test.describe('the analysis views on the seed case', () => {
  let errors: string[] = [];
  test.beforeEach(async ({ page }) => {
    errors = await watchErrors(page);
  });
  test.afterEach(() => {
    expect(errors).toEqual([]);
  });

  test('the Sequencing view names its issues and conditions, reachable by keyboard, with evidence behind each edge', async ({
    page,
  }) => {
    // Ends with a full axe pass with every rule: slow on a loaded two-core machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('./');
    const region = sequencing(page);
    await expect(region).toBeVisible();
    const edge = region.getByRole('button', { name: CAPTIVES_EDGE });
    await expect(edge).toBeVisible();
    await expect(
      region.getByRole('button', {
        name: 'Hamas: Release of Palestinian prisoners waits for Permanent ceasefire',
      }),
    ).toBeVisible();
    await expect(
      region.getByRole('button', {
        name: 'Release of captives held in Gaza — blocked: waits for Permanent ceasefire, which Israel opposes (implied by its demand for Disarmament or elimination of Hamas)',
      }),
    ).toBeVisible();
    await expect(
      region.getByRole('button', { name: /^Permanent ceasefire — blocked: granted by Israel/ }),
    ).toBeVisible();

    // Tab from the section's first node through every node and edge.
    const names = await region
      .getByRole('button')
      .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
    expect(names.length).toBe(5);
    await region.getByRole('button').first().focus();
    const reached = [await focusedName(page)];
    for (let i = 1; i < names.length; i++) {
      await page.keyboard.press('Tab');
      reached.push(await focusedName(page));
    }
    expect(reached).toEqual(names);
    expect(reached).toContain(CAPTIVES_EDGE);

    // Enter on an edge shows its evidence: the condition's sentence and Israel's demand.
    await edge.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/[?&]position=/);
    const panel = evidence(page);
    await expect(panel.getByRole('heading', { name: CAPTIVES_EDGE })).toBeVisible();
    await expect(panel.getByText(/will not release any more captives until/).first()).toBeVisible();
    await expect(
      panel.getByRole('heading', { name: 'Where the granters of Permanent ceasefire stand' }),
    ).toBeVisible();

    // The verdict sits in the matrix's column header too, in full for assistive technology.
    await expect(
      grid(page).getByRole('columnheader', {
        name: new RegExp(`^Release of captives held in Gaza ${escape(CAPTIVES_VERDICT)}$`),
      }),
    ).toBeVisible();

    await region.scrollIntoViewIfNeeded();
    await region.screenshot({ path: `${SCREENSHOTS}/analysis-sequencing.png` });
    await panel.screenshot({ path: `${SCREENSHOTS}/analysis-sequencing-evidence.png` });
    await expectNoSeriousAxeFindings(page, 'sequencing view with an edge selected');
  });

  test('comparing 2023-12-19 with 2023-12-20 names the cells that changed or appeared, and a link keeps it', async ({
    page,
  }) => {
    // A full axe pass with every rule: slow on a loaded two-core machine.
    test.setTimeout(90_000);
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('./');
    await page.getByLabel('From date').fill('2023-12-19');
    await page.getByLabel('To date').fill('2023-12-20');
    await expect(page).toHaveURL(/[?&]change-from=2023-12-19&change-to=2023-12-20/);
    const captives = grid(page).getByRole('gridcell', {
      // Hamas accepted the November truce deal (curated), then made the release conditional.
      name: 'Hamas — Release of captives held in Gaza: changed from support to conditional on condition of Permanent ceasefire',
    });
    await expect(captives).toBeVisible();
    const disarmament = grid(page).getByRole('gridcell', {
      name: 'Israel — Disarmament or elimination of Hamas: appeared as demand (no position before)',
    });
    await expect(disarmament).toBeVisible();
    await expect(grid(page).getByRole('gridcell', { name: /: appeared as / })).toHaveCount(2);
    await expect(grid(page).getByRole('gridcell', { name: /: changed from / })).toHaveCount(5);
    await expect(
      page.getByText('Between 2023-12-19 and 2023-12-20: 5 changed, 2 appeared, 0 disappeared.'),
    ).toBeVisible();

    // The cell's evidence puts the two dates side by side.
    await disarmament.click();
    const panel = evidence(page);
    await expect(panel.getByRole('heading', { name: 'As of 2023-12-19' })).toBeVisible();
    await expect(panel.getByRole('heading', { name: 'As of 2023-12-20' })).toBeVisible();
    await expect(panel.getByText('No position stated yet.')).toBeVisible();
    await captives.click();
    await expect(panel.getByText(/support/i).first()).toBeVisible();
    await expect(panel.getByText('No position stated yet.')).toHaveCount(0);

    // The timeline marks the meetings between the two dates.
    await expect(
      page.getByText(/between 2023-12-19 and 2023-12-20, the compared dates/),
    ).toBeVisible();

    await page
      .getByRole('region', { name: 'Positions' })
      .screenshot({ path: `${SCREENSHOTS}/analysis-change-matrix.png` });
    await panel.screenshot({ path: `${SCREENSHOTS}/analysis-change-evidence.png` });
    await page
      .getByRole('region', { name: 'Mediator meetings timeline' })
      .screenshot({ path: `${SCREENSHOTS}/analysis-change-timeline.png` });
    await expectNoSeriousAxeFindings(page, 'change between two dates');

    await page.reload();
    await expect(page.getByLabel('From date')).toHaveValue('2023-12-19');
    await expect(grid(page).getByRole('gridcell', { name: /: appeared as / })).toHaveCount(2);
  });

  test('a link to the change mode with an edge selected reads well in the dark colour scheme', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 1400, height: 1000 });
    await page.goto('./?change-from=2023-12-19&change-to=2023-12-20');
    await expect(grid(page).getByRole('gridcell', { name: /: changed from / })).toHaveCount(5);
    await sequencing(page).getByRole('button', { name: CAPTIVES_EDGE }).click();
    await expect(evidence(page).getByRole('heading', { name: CAPTIVES_EDGE })).toBeVisible();
    await sequencing(page).screenshot({ path: `${SCREENSHOTS}/analysis-sequencing-dark.png` });
    await expectNoSeriousAxeFindings(page, 'dark, change mode, edge selected');
  });

  test('bad analysis parameters in a link fall back to their defaults', async ({ page }) => {
    await page.goto(
      './?change-from=2023-13-45&change-to=2023-12-20&dispute-window=week&position=gone',
    );
    await expect(page.getByLabel('From date')).toHaveValue('');
    await expect(page.getByLabel('Dispute window (days)')).toHaveValue('7');
    await expect(page).not.toHaveURL(/change-from|dispute-window|position=/);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
