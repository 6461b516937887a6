import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import {
  EVERY_AXE_RULE,
  describeAxeFindings,
  expectNoSeriousAxeFindings,
  runEveryAxeRule,
  watchErrors,
} from './page-checks.ts';

// The four sweeps below each take over a minute and share nothing: run them on both workers.
test.describe.configure({ mode: 'parallel' });

// A page with one deliberate fault for each kind of rule the default run leaves out or that
// axe-core added in 4.14: the check must report every one of them.
const FAULTY_PAGE = `<!doctype html>
<html lang="en"><head><title>Faults</title></head>
<body><main>
  <h1>Faults on purpose</h1>
  <!-- label-content-name-mismatch (WCAG 2.5.3): the visible words are not in the name. -->
  <button type="button" aria-label="Open the panel">Close everything</button>
  <!-- focus-order-semantics (experimental): focusable with no role that says what it is. -->
  <div tabindex="0">A focusable box</div>
  <!-- color-contrast-enhanced (AAA, off by default): 4.6:1 passes AA, not 7:1. -->
  <p style="color: #767676; background: #ffffff">Grey words on white</p>
</main></body></html>`;

test.describe('the axe check', () => {
  test('runs every rule axe-core has, experimental and off-by-default ones included', async ({
    page,
  }) => {
    await page.setContent(FAULTY_PAGE);
    const all = await runEveryAxeRule(page);
    const found = all.violations.map((v) => v.id);
    expect(found).toEqual(
      expect.arrayContaining([
        'label-content-name-mismatch',
        'focus-order-semantics',
        'color-contrast-enhanced',
      ]),
    );
    expect(EVERY_AXE_RULE).toContain('label-content-name-mismatch');
    expect(EVERY_AXE_RULE.length).toBeGreaterThan(100);

    // The default run misses the experimental and the AAA fault: the helper is what adds them.
    const defaults = (await new AxeBuilder({ page }).analyze()).violations.map((v) => v.id);
    expect(defaults).not.toContain('focus-order-semantics');
    expect(defaults).not.toContain('color-contrast-enhanced');

    // And the check the other browser tests call fails, naming each fault.
    const failure = await expectNoSeriousAxeFindings(page, 'faulty page').then(
      () => 'passed',
      (error: unknown) => String(error),
    );
    for (const finding of [
      'faulty page: label-content-name-mismatch (serious)',
      'faulty page: focus-order-semantics (minor)',
      'faulty page: color-contrast-enhanced (serious)',
    ])
      expect(failure).toContain(finding);
    expect(describeAxeFindings(all, 'faulty page')).toHaveLength(all.violations.length);
  });
});

const grid = (page: Page) => page.getByRole('grid', { name: 'Positions matrix' });
const timeline = (page: Page) => page.getByRole('region', { name: 'Mediator meetings timeline' });
const evidence = (page: Page) => page.getByRole('region', { name: 'Evidence' });

// Written for these tests, not a real report: enough for a position and a meeting to review.
const ARTICLE = `Qatari mediators hosted a new round of talks in Doha on Tuesday, meeting an Israeli delegation and Hamas officials separately.

Hamas said it will not release any more captives until the attacks on Gaza cease completely.`;

test('each matrix cell’s name holds the stance word it shows, as of a date and between two dates', async ({
  page,
}) => {
  // axe checks label in name only where aria-label or aria-labelledby sets the name; a cell's
  // name is its visually hidden text, its visible mark (glyph, stance word, "if …", "+1") is
  // aria-hidden. The stance word is what a speech user says to reach the cell.
  for (const query of ['', '?change-from=2023-12-19&change-to=2023-12-20']) {
    await page.goto(`./${query}`);
    const cells = await grid(page)
      .getByRole('gridcell')
      .evaluateAll((tds) =>
        tds.map((td) => ({
          name: td.querySelector('.sr-only')?.textContent ?? '',
          shown: td.querySelector('.matrix-cell__stance')?.lastChild?.textContent?.trim() ?? '',
        })),
      );
    const filled = cells.filter((c) => c.shown !== '');
    expect(filled.length).toBeGreaterThanOrEqual(8);
    for (const { name, shown } of filled) expect(name.toLowerCase()).toContain(shown.toLowerCase());
  }
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1440]) {
    test.describe(`every view with every axe rule, ${colorScheme}, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });

      test('the seed case, a cell, a meeting, a proposal, a derived position, an edge, two dates compared, the review queue', async ({
        page,
      }) => {
        // Nine full axe passes with every rule: slow on a loaded two-core machine.
        test.setTimeout(420_000);
        const errors = await watchErrors(page);
        const check = async (state: string) => {
          await expect(page.locator('.panel--loading')).toHaveCount(0);
          await expectNoSeriousAxeFindings(page, `${colorScheme}, ${width} px, ${state}`);
        };
        await page.goto('./');
        await check('first load');

        await grid(page).getByRole('gridcell').first().click();
        await check('a cell selected');

        await timeline(page)
          .getByRole('button', { name: /Warsaw/ })
          .click();
        await check('a meeting selected');

        await timeline(page)
          .getByRole('button', { name: /^Deal: / })
          .first()
          .click();
        await expect(evidence(page).locator('.proposal-panel')).toBeVisible();
        await check('the proposal panel');

        await grid(page)
          .getByRole('gridcell', { name: / — accepted the deal of / })
          .first()
          .click();
        await check('a derived position');
        await evidence(page)
          .getByRole('button', { name: /^Open the deal: / })
          .click();
        await expect(evidence(page).locator('.proposal-panel')).toBeVisible();

        await page
          .getByRole('region', { name: 'Sequencing' })
          .getByRole('button', { name: /^Hamas: / })
          .first()
          .click();
        await expect(page).toHaveURL(/[?&]position=/);
        await check('sequencing with an edge selected');

        await page.getByLabel('From date').fill('2023-12-19');
        await page.getByLabel('To date').fill('2023-12-20');
        await expect(grid(page).getByRole('gridcell', { name: /: changed from / })).toHaveCount(5);
        await check('change between two dates');

        await page.getByLabel('Title').fill('Doha round ends without a deal');
        await page.getByLabel('Published').fill('2024-01-17');
        await page.getByLabel('Article text').fill(ARTICLE);
        await page.getByRole('button', { name: 'Extract positions' }).click();
        await expect(page.getByRole('list', { name: 'Records to review' })).toBeVisible();
        await check('the review queue');

        await page
          .getByRole('list', { name: 'Records to review' })
          .getByRole('listitem')
          .first()
          .getByRole('button', { name: 'Edit' })
          .click();
        await check('a record being edited');
        expect(errors).toEqual([]);
      });
    });
  }
}
