// `npm run bench`: builds the app, serves it, and measures in headless Chromium (medians of
// several runs) the seed case and the large synthetic case, beside vis-timeline on the same
// 10,000 meetings; reports first-paint bundle size and Lighthouse; writes bench/results.json.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium.ts';
import {
  generateSyntheticCase,
  LARGE_SYNTHETIC_CASE,
} from '../src/synthetic/generate-synthetic-case.ts';
import { NEXT_FRAME, timeAction } from './page-timing.ts';

// BENCH_PORT lets two checkouts benchmark side by side.
const APP_PORT = Number(process.env.BENCH_PORT ?? 4191);
const PEER_PORT = APP_PORT + 1;
const RUNS = Number(process.env.BENCH_RUNS ?? 11);
const skipBuild = process.argv.includes('--no-build');
const skipLighthouse = process.argv.includes('--no-lighthouse');

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length === 0
    ? NaN
    : s.length % 2
      ? (s[(s.length - 1) / 2] as number)
      : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

interface Scenario {
  ours_ms: number;
  peer_ms?: number;
  n: number;
  budget_ms?: number;
  runs: number;
}
const results: Record<string, unknown> & { scenarios: Record<string, Scenario> } = {
  date: new Date().toISOString(),
  machine: 'headless Chromium, this machine',
  scenarios: {},
};

function serve(dir: string, port: number) {
  const child = spawn(
    'node',
    ['scripts/serve-static.mjs', '--dir', dir, '--base', '/', '--port', String(port)],
    { stdio: 'ignore' },
  );
  return child;
}

/** Loads a view and returns the time from the dashboard's render start to the first frame with its content. */
async function firstRender(page: Page, url: string, readySelector: string): Promise<number> {
  // A fresh document each time: a change of hash alone would not load the page again.
  await page.goto('about:blank');
  await page.goto(url);
  return page.evaluate(`(async () => {
    const nextFrame = ${NEXT_FRAME};
    for (;;) {
      const t = await nextFrame();
      if (document.querySelector(${JSON.stringify(readySelector)})) {
        const start = performance.getEntriesByName('dashboard:render-start')[0];
        return start ? t - start.startTime : NaN;
      }
    }
  })()`) as Promise<number>;
}

async function measureCase(page: Page, label: string, hash: string, n: number) {
  const base = `http://127.0.0.1:${APP_PORT}/`;
  const ready = '[role="grid"] [role="gridcell"]';
  const first: number[] = [];
  console.log(`${label}: first render, filter, brush, zoom, selection…`);
  for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++)
    first.push(await firstRender(page, `${base}${hash}`, ready));
  results.scenarios[`${label}.firstRender`] = {
    ours_ms: round(median(first)),
    n,
    runs: first.length,
  };

  const filter: number[] = [];
  const brush: number[] = [];
  const zoom: number[] = [];
  const select: number[] = [];
  // Filter: toggle the first mediator's checkbox (hide, then show), both timed, before any other
  // action changes the view.
  const mediatorBox = `[...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.includes('Mediators')).querySelector('input[type="checkbox"]')`;
  for (let i = 0; i < RUNS; i++) {
    filter.push(await timeAction(page, `${mediatorBox}.click();`));
    filter.push(await timeAction(page, `${mediatorBox}.click();`));
  }
  for (let i = 0; i < RUNS; i++) {
    // (The filter runs above.)
    // Brush: drag across the middle of the timeline's brush overlay.
    brush.push(
      await timeAction(
        page,
        `const o = document.querySelector('.brush .overlay, .timeline-brush .overlay');
         const r = o.getBoundingClientRect();
         const y = r.top + r.height / 2, x0 = r.left + r.width * (0.3 + ${i} * 0.01), x1 = r.left + r.width * 0.6;
         const ev = (type, x, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
         ev('mousedown', x0, o); ev('mousemove', (x0 + x1) / 2, window); ev('mousemove', x1, window); ev('mouseup', x1, window);`,
      ),
    );
    zoom.push(
      await timeAction(
        page,
        `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Zoom in').click();`,
      ),
    );
    await timeAction(
      page,
      `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reset zoom').click();`,
    );
    select.push(
      await page.evaluate(`(async () => {
        const nextFrame = ${NEXT_FRAME};
        // The brush above left a date range: show every date so filled cells are there to pick.
        [...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Show all dates in the matrix')?.click();
        await nextFrame();
        await nextFrame();
        const cells = [...document.querySelectorAll('[role="gridcell"]')].filter((c) => !c.textContent.includes('no stated position') && c.querySelector('.matrix-cell__stance'));
        const cell = cells[${i} % Math.max(1, cells.length)] ?? document.querySelector('[role="gridcell"]');
        const title = () => document.querySelector('.evidence__title')?.textContent ?? '';
        const before = title();
        const t0 = performance.now();
        cell.click();
        for (;;) {
          const t = await nextFrame();
          if ((title() !== before && document.querySelector('.evidence-record__quote, .evidence mark, mark')) || t - t0 > 5000) return t - t0;
        }
      })()`),
    );
  }
  results.scenarios[`${label}.filterChange`] = {
    ours_ms: round(median(filter)),
    n,
    runs: filter.length,
  };
  results.scenarios[`${label}.brush`] = { ours_ms: round(median(brush)), n, runs: brush.length };
  results.scenarios[`${label}.zoomStep`] = { ours_ms: round(median(zoom)), n, runs: zoom.length };
  results.scenarios[`${label}.selectCellToEvidence`] = {
    ours_ms: round(median(select as number[])),
    n,
    runs: select.length,
  };
}

async function main() {
  if (!skipBuild)
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { stdio: 'inherit' });
  const peerDir = join('bench', '.peer');
  mkdirSync(peerDir, { recursive: true });
  copyFileSync('bench/peer/vis-timeline.html', join(peerDir, 'index.html'));
  for (const f of [
    'standalone/umd/vis-timeline-graph2d.min.js',
    'styles/vis-timeline-graph2d.min.css',
  ]) {
    copyFileSync(join('node_modules/vis-timeline', f), join(peerDir, f.split('/').pop() ?? f));
  }
  const servers = [serve('dist', APP_PORT), serve(peerDir, PEER_PORT)];
  // A server left running would serve this build's files from an old listing on the next run.
  process.on('exit', () => servers.forEach((s) => s.kill()));
  await new Promise((r) => setTimeout(r, 600));
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: [
      ...CHROMIUM_ARGS,
      '--enable-precise-memory-info',
      '--disable-gpu-vsync',
      '--disable-frame-rate-limit',
    ],
  });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const large = LARGE_SYNTHETIC_CASE;

    await measureCase(page, 'seed', '', 1);
    await measureCase(page, 'large', '#synthetic=large', large.meetings);

    // Memory of the large case after its first render.
    await page.goto(`http://127.0.0.1:${APP_PORT}/#synthetic=large`);
    await page.waitForSelector('[role="grid"] [role="gridcell"]');
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    results.largeCaseHeapMb = round(heap.usedSize / 1024 / 1024);

    // Timeline alone, 10,000 meetings: ours against vis-timeline on the same meetings.
    console.log('timeline alone: ours, then vis-timeline…');
    const oursFirst: number[] = [];
    const oursZoom: number[] = [];
    for (let i = 0; i < Math.max(3, Math.ceil(RUNS / 2)); i++) {
      oursFirst.push(
        await firstRender(
          page,
          `http://127.0.0.1:${APP_PORT}/#synthetic=large&only=timeline`,
          '.timeline-panel svg, .timeline-panel canvas',
        ),
      );
      oursZoom.push(
        await timeAction(
          page,
          `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Zoom in').click();`,
        ),
      );
    }
    const meetings = generateSyntheticCase(large).meetings.map((m) => ({
      id: m.id,
      start: m.date.start,
      content: '',
    }));
    const peerFirst: number[] = [];
    const peerZoom: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`http://127.0.0.1:${PEER_PORT}/`);
      const t = (await page.evaluate(
        `(async (items) => {
          const nextFrame = ${NEXT_FRAME};
          await nextFrame();
          const t0 = performance.now();
          const timeline = new vis.Timeline(document.getElementById('timeline'), new vis.DataSet(items), { stack: false, type: 'point', showCurrentTime: false });
          await new Promise((resolve) => timeline.once('changed', resolve));
          const t1 = await nextFrame();
          window.__timeline = timeline;
          const z0 = performance.now();
          timeline.zoomIn(0.5, { animation: false });
          await new Promise((resolve) => timeline.once('changed', resolve));
          const z1 = await nextFrame();
          return [t1 - t0, z1 - z0];
        })(${JSON.stringify(meetings)})`,
      )) as [number, number];
      peerFirst.push(t[0]);
      peerZoom.push(t[1]);
    }
    results.scenarios.timelineFirstRender = {
      ours_ms: round(median(oursFirst)),
      peer_ms: round(median(peerFirst)),
      n: meetings.length,
      runs: oursFirst.length,
    };
    results.scenarios.timelineZoomStep = {
      ours_ms: round(median(oursZoom)),
      peer_ms: round(median(peerZoom)),
      n: meetings.length,
      runs: oursZoom.length,
    };
  } finally {
    await browser.close();
  }

  // What the first paint loads: the entry script, its preloaded chunks and the stylesheet.
  const html = readFileSync('dist/index.html', 'utf8');
  const assets = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.(js|css))"/g)];
  let js = 0;
  let css = 0;
  for (const [, file, ext] of assets) {
    const size = gzipSync(readFileSync(join('dist', file ?? '')), { level: 9 }).length / 1024;
    if (ext === 'js') js += size;
    else css += size;
  }
  results.firstPaintJsGzipKb = round(js);
  results.firstPaintCssGzipKb = round(css);

  if (!skipLighthouse) {
    // Lighthouse's simulated throttling still scales what this machine measured, so one run can
    // be off by a few points: report the median of three.
    const runs: Record<'performance' | 'accessibility' | 'bestPractices', number>[] = [];
    for (let i = 0; i < 3; i++) {
      const out = execFileSync(
        'npx',
        [
          'lighthouse',
          `http://127.0.0.1:${APP_PORT}/`,
          '--output=json',
          '--quiet',
          `--chrome-flags=${CHROMIUM_ARGS.join(' ')}`,
        ],
        { env: { ...process.env, CHROME_PATH: findChromium() }, maxBuffer: 64 * 1024 * 1024 },
      ).toString();
      const report = JSON.parse(out) as { categories: Record<string, { score: number }> };
      const score = (k: string) => Math.round((report.categories[k]?.score ?? 0) * 100);
      runs.push({
        performance: score('performance'),
        accessibility: score('accessibility'),
        bestPractices: score('best-practices'),
      });
    }
    results.lighthouse = {
      performance: median(runs.map((r) => r.performance)),
      accessibility: median(runs.map((r) => r.accessibility)),
      bestPractices: median(runs.map((r) => r.bestPractices)),
      runs,
    };
  }
  servers.forEach((s) => s.kill());

  console.log('\nscenario                          ours ms    peer ms        n   runs');
  for (const [name, s] of Object.entries(results.scenarios)) {
    console.log(
      `${name.padEnd(32)} ${String(s.ours_ms).padStart(8)} ${String(s.peer_ms ?? '').padStart(10)} ${String(s.n).padStart(8)} ${String(s.runs).padStart(6)}`,
    );
  }
  console.log(
    `\nfirst-paint JS ${results.firstPaintJsGzipKb} kB gzip, CSS ${results.firstPaintCssGzipKb} kB gzip; large case heap ${results.largeCaseHeapMb} MB`,
  );
  if (results.lighthouse) console.log(`Lighthouse (mobile): ${JSON.stringify(results.lighthouse)}`);
  writeFileSync('bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log('wrote bench/results.json');
}

await main();
