// Takes the README's screenshot of the built app: `npx tsx scripts/screenshot.ts [out.png] [width]`.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium.ts';
import { screenshotWholePage } from '../tests/browser/page-checks.ts';

const out = process.argv[2] ?? 'docs/screenshot.png';
const width = Number(process.argv[3] ?? 1440);
const port = Number(process.env.BENCH_PORT ?? 4180);
const server = spawn(
  'node',
  ['scripts/serve-static.mjs', '--dir', 'dist', '--base', '/', '--port', String(port)],
  {
    stdio: 'inherit',
  },
);
await new Promise((r) => setTimeout(r, 500));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
try {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/${process.argv[4] ?? ''}`);
  await page.waitForLoadState('networkidle');
  await screenshotWholePage(page, out);
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  server.kill();
}
