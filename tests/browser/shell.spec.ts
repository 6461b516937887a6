import { expect, test } from '@playwright/test';
import { expectNoSeriousAxeFindings } from './page-checks.ts';

test.describe('the built app served under a sub-path', () => {
  test('shows the seed case with no console errors, no CSP violations and no axe findings', async ({
    page,
  }) => {
    // A full axe pass with every rule: slow on a loaded two-core machine.
    test.setTimeout(90_000);
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

    const response = await page.goto('./');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Gaza ceasefire, captive release and prisoner exchange talks, December 2023',
    );
    await expect(page.getByRole('region', { name: 'Sources' })).toContainText('2023-12-20');
    await expect(page.getByRole('region', { name: 'Parties' })).toContainText('Hamas');

    const csp = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');

    await expectNoSeriousAxeFindings(page, 'first load');
    expect(errors).toEqual([]);
  });

  test('is the same in the dark colour scheme', async ({ page }) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto('./');
    await expectNoSeriousAxeFindings(page, 'dark');
  });
});
