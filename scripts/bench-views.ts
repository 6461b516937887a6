// Measures, in headless Chromium on the built app, the time from a filter change (a mediator's
// checkbox clicked) to the next painted frame, and prints the median of many runs.
//   npm run build && npx tsx scripts/bench-views.ts [runs]
// It builds nothing: it serves dist/ like a static host and reads the seed case from it.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium.ts';

const runs = Math.max(7, Number(process.argv[2] ?? 21));
const port = Number(process.env.BENCH_PORT ?? 4190);
const budgetMs = 16;

if (!existsSync('dist/index.html')) {
  console.error('bench-views: dist/index.html is missing; run `npm run build` first');
  process.exit(1);
}

const server = spawn(
  'node',
  ['scripts/serve-static.mjs', '--dir', 'dist', '--base', '/', '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 500));

// Without vsync a frame is produced as soon as there is work, so the figure is the work itself
// (event handling, React, style, layout, paint), not the wait for the display's next tick.
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/`);
  const checkbox = page.getByRole('group', { name: 'Mediators' }).getByRole('checkbox').first();
  const name = (await checkbox.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
  await checkbox.evaluate((el) => el.setAttribute('data-bench', ''));

  // In-page code as text: tsx would wrap named functions in a helper the page does not have.
  const samples = (await page.evaluate(`(async (count) => {
    const box = document.querySelector('[data-bench]');
    const heading = document.querySelector('h1');
    if (!box || !heading) throw new Error('no mediator checkbox or heading');
    const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve(performance.now())));
    // The message posted from requestAnimationFrame runs once that frame has been rendered
    // (style, layout, paint) and handed to the compositor.
    const painted = (frameStart) =>
      new Promise((resolve) => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => resolve({ frameStart, painted: performance.now() });
        channel.port2.postMessage(null);
      });
    const nextPaint = () => frame().then(painted);
    const measure = async (change) => {
      // Start from an idle pipeline: the last frame drawn, nothing pending.
      await nextPaint();
      await new Promise((resolve) => setTimeout(resolve, 40));
      const t0 = performance.now();
      change();
      const handler = performance.now() - t0;
      const t = await nextPaint();
      return { handler, frame: t.frameStart - t0, total: t.painted - t0 };
    };
    const out = [];
    await nextPaint();
    for (let i = 0; i < count; i++) {
      const toggle = await measure(() => box.click());
      // The floor of this machine: the same measure for a one-character text change.
      const text = heading.firstChild;
      const floor = await measure(() => {
        text.nodeValue = text.nodeValue.endsWith(' ') ? text.nodeValue.trimEnd() : text.nodeValue + ' ';
      });
      out.push({ ...toggle, hidden: !box.checked, floor: floor.total });
    }
    return out;
  })(${runs})`)) as {
    total: number;
    frame: number;
    handler: number;
    floor: number;
    hidden: boolean;
  }[];

  const col = (
    pick: (s: (typeof samples)[number]) => number,
    filter = (_: (typeof samples)[number]) => true,
  ) => median(samples.filter(filter).map(pick));
  const totals = samples.map((s) => s.total);
  const fmt = (n: number) => `${n.toFixed(1)} ms`.padStart(8);
  console.log(
    `Filter change (toggle the "${name}" checkbox) on the seed case, ${runs} runs, medians:`,
  );
  console.log(`  click → next painted frame        ${fmt(median(totals))}   budget ${budgetMs} ms`);
  console.log(
    `    hiding / showing                ${fmt(
      col(
        (s) => s.total,
        (s) => s.hidden,
      ),
    )} /${fmt(
      col(
        (s) => s.total,
        (s) => !s.hidden,
      ),
    )}`,
  );
  console.log(
    `    min / max                       ${fmt(Math.min(...totals))} /${fmt(Math.max(...totals))}`,
  );
  console.log(`  click → start of that frame (rAF) ${fmt(col((s) => s.frame))}`);
  console.log(
    `  in the click handler (store, React render and effects) ${fmt(col((s) => s.handler)).trim()}`,
  );
  console.log(
    `  floor: a one-character text change → painted frame ${fmt(col((s) => s.floor)).trim()}`,
  );
  console.log(median(totals) <= budgetMs ? 'within budget' : 'OVER BUDGET');
} finally {
  await browser.close();
  server.kill();
}
