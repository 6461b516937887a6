import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';
import axe from 'axe-core';
import type { AxeResults, ImpactValue } from 'axe-core';

/** Where browser tests save the screenshots a person looks at. */
export const SCREENSHOTS = 'test-results/screenshots';

/** Collects console errors, page errors and CSP violations for the whole test. */
export async function watchErrors(page: Page): Promise<string[]> {
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') errors.push(msg.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  return errors;
}

/**
 * Every rule axe-core has, the ones it leaves off by default included: experimental,
 * deprecated, AAA (`color-contrast-enhanced`, `identical-links-same-purpose`), `target-size`.
 * No rule is disabled: none of them conflicts with a contract of DESIGN.md.
 */
export const EVERY_AXE_RULE: readonly string[] = axe.getRules().map((rule) => rule.ruleId);

/**
 * Which impacts fail a check: all four. Moderate and minor findings (landmarks, headings,
 * `region`, …) are as cheap to fix as serious ones here, so none is let through.
 */
export const FAILING_IMPACTS: readonly ImpactValue[] = ['critical', 'serious', 'moderate', 'minor'];

/** Rules axe runs only on a whole page, never on a part of it (`include`). */
const PAGE_LEVEL_RULES: readonly string[] = ['bypass'];

/**
 * Runs every axe rule on the page (or on `include`, a selector) and returns the results.
 * Incomplete results ("needs review": glyph-only text, text over SVG or under another element,
 * hidden content) do not fail a check; they were read by hand when the rule set was widened.
 */
export async function runEveryAxeRule(page: Page, include?: string): Promise<AxeResults> {
  let builder = new AxeBuilder({ page }).options({
    rules: Object.fromEntries(EVERY_AXE_RULE.map((id) => [id, { enabled: true }])),
    // Passes and inapplicable rules keep their ids but list one node each: the results of a
    // whole-dashboard run shrink from megabytes to kilobytes, which makes each run seconds faster.
    resultTypes: ['violations'],
  });
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  // Each rule that ran lands in one of the four lists: a rule missing from all of them did not
  // run, and the check would pass without it.
  const ran = new Set(
    [...results.violations, ...results.passes, ...results.incomplete, ...results.inapplicable].map(
      (r) => r.id,
    ),
  );
  expect(
    EVERY_AXE_RULE.filter((id) => !ran.has(id) && !(include && PAGE_LEVEL_RULES.includes(id))),
    'axe rules that did not run',
  ).toEqual([]);
  return results;
}

/** One line per failing finding: the state, the rule, its impact and the elements it names. */
export function describeAxeFindings(results: AxeResults, state: string): string[] {
  return results.violations
    .filter((v) => v.impact == null || FAILING_IMPACTS.includes(v.impact))
    .map(
      (v) =>
        `${state}: ${v.id} (${v.impact ?? 'no impact'}): ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .join(', ')})`,
    );
}

/**
 * Fails with every axe finding of every rule (experimental ones included) at any impact in
 * FAILING_IMPACTS, each prefixed by the state the page is in. (The name is older than the
 * rule set: it now fails on moderate and minor findings too.)
 */
export async function expectNoSeriousAxeFindings(page: Page, state: string): Promise<void> {
  expect(describeAxeFindings(await runEveryAxeRule(page), state)).toEqual([]);
}

/**
 * A screenshot of the whole page once every lazy view has loaded. The viewport is stretched to the
 * page's height first: panels with `content-visibility: auto` are painted only near the viewport,
 * so a plain full-page capture would leave them blank.
 */
export async function screenshotWholePage(page: Page, path: string): Promise<void> {
  await expect(page.locator('.panel--loading')).toHaveCount(0);
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('the page has no viewport size');
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.setViewportSize({ width: viewport.width, height });
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  await page.screenshot({ path, fullPage: true });
  await page.setViewportSize(viewport);
}

/** Every record of the workspace's IndexedDB store, as JSON: the stored state to compare. */
export async function storedState(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const open = indexedDB.open('negotiation-dashboard', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('workspace');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('workspace', 'readonly');
          const store = tx.objectStore('workspace');
          const keys = store.getAllKeys();
          const values = store.getAll();
          tx.oncomplete = () => {
            open.result.close();
            resolve(JSON.stringify([keys.result, values.result]));
          };
        };
      }),
  );
}
