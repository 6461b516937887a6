import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/browser/chromium.ts';

/** The sub-path the built app is served under, as on a static host. */
export const BASE_PATH = '/negotiations/dashboard/';
// PW_PORT lets two checkouts run their browser tests side by side.
const PORT = Number(process.env.PW_PORT ?? 4173);

export default defineConfig({
  testDir: 'tests/browser',
  testMatch: '**/*.spec.ts',
  // Two workers for the two cores of this machine and of CI (tests share no state: each has its
  // own browser context, so its own storage).
  workers: 2,
  retries: 0,
  reporter: [['list']],
  outputDir: 'test-results',
  use: {
    baseURL: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    launchOptions: { executablePath: findChromium(), args: CHROMIUM_ARGS },
    timezoneId: 'UTC',
  },
  webServer: {
    command: `node scripts/serve-static.mjs --dir dist --base ${BASE_PATH} --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}${BASE_PATH}`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
