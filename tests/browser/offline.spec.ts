import { expect, test } from '@playwright/test';

test('after its first load the dashboard works offline, and says so', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByRole('status').filter({ hasText: 'Works offline' })).toBeVisible();
  // The service worker controls the page from the next load on.
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await context.setOffline(true);
  try {
    await page.reload();
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Gaza ceasefire');
    await expect(page.getByRole('grid', { name: 'Positions matrix' })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'offline' })).toBeVisible();
  } finally {
    await context.setOffline(false);
  }
});
