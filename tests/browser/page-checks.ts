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
