import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

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

/** Fails with every serious or critical axe finding, prefixed by the state the page is in. */
export async function expectNoSeriousAxeFindings(page: Page, state: string): Promise<void> {
  const axe = await new AxeBuilder({ page }).analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.map((v) => `${state}: ${v.id}: ${v.help} (${v.nodes.map((n) => n.target).join(' ')})`),
  ).toEqual([]);
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
