// Profiles the timeline on the large synthetic case (10,000 meetings) in headless Chromium:
// first render (timeline alone), a zoom step (alone and in the dashboard), a brush and a
// mediator toggle in the dashboard. Each action is timed like bench/run.ts (action → next
// painted frame) and recorded as a CPU profile; it prints where the time went, by function
// (self and inclusive) and by kind (script, GC, the browser's style/layout/paint as "(program)").
//   npx vite build --minify false --outDir scratch/dist-profile --logLevel warn
//   BENCH_PORT=4580 npx tsx scripts/profile-timeline.ts [dir] [runs]
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { CDPSession } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium.ts';
import { NEXT_FRAME, timeAction } from '../bench/page-timing.ts';

const dir = process.argv[2] ?? 'scratch/dist-profile';
const runs = Number(process.argv[3] ?? 3);
const port = Number(process.env.BENCH_PORT ?? 4580);
const top = Number(process.env.PROFILE_TOP ?? 18);

if (!existsSync(`${dir}/index.html`)) {
  console.error(`profile-timeline: ${dir}/index.html is missing; build it first (see the header)`);
  process.exit(1);
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Self and inclusive milliseconds per function ("name file:line") over some profiles. */
class Tally {
  self = new Map<string, number>();
  inclusive = new Map<string, number>();
  total = 0;

  /** Samples up to the last one whose stack names a function matching `after` are left out. */
  constructor(private readonly after?: RegExp) {}

  add(profile: Profile): void {
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const parent = new Map<number, number>();
    for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const samples = profile.samples ?? [];
    const deltas = profile.timeDeltas ?? [];
    let from = 0;
    if (this.after) {
      for (let i = 0; i < samples.length; i++) {
        for (let n = byId.get(samples[i] ?? -1); n; n = byId.get(parent.get(n.id) ?? -1)) {
          if (this.after.test(n.callFrame.functionName)) {
            from = i + 1;
            break;
          }
        }
      }
    }
    const label = (n: ProfileNode) => {
      const file = n.callFrame.url.split('/').pop() ?? '';
      return file
        ? `${n.callFrame.functionName || '(anonymous)'} ${file}:${n.callFrame.lineNumber + 1}`
        : n.callFrame.functionName;
    };
    for (let i = from; i < samples.length; i++) {
      // A sample's time is the delta to the next sample.
      const ms = (deltas[i + 1] ?? 0) / 1000;
      const id = samples[i];
      const node = id === undefined ? undefined : byId.get(id);
      if (!node || node.callFrame.functionName === '(idle)') continue;
      this.total += ms;
      const name = label(node);
      this.self.set(name, (this.self.get(name) ?? 0) + ms);
      const seen = new Set<string>();
      for (let n: ProfileNode | undefined = node; n; n = byId.get(parent.get(n.id) ?? -1)) {
        const l = label(n);
        if (seen.has(l)) continue;
        seen.add(l);
        this.inclusive.set(l, (this.inclusive.get(l) ?? 0) + ms);
      }
    }
  }

  print(title: string, count: number, timings: number[]): void {
    const per = (ms: number) => (ms / count).toFixed(1).padStart(7);
    const sorted = [...timings].sort((a, b) => a - b);
    console.log(
      `\n=== ${title}: timed ${sorted.map((t) => t.toFixed(0)).join(', ')} ms; profiled busy ${per(this.total)} ms per run`,
    );
    console.log('  self ms  function');
    for (const [name, ms] of [...this.self].sort((a, b) => b[1] - a[1]).slice(0, top))
      console.log(`  ${per(ms)}  ${name}`);
    console.log('  incl ms  function (app code and d3; React internals left out)');
    for (const [name, ms] of [...this.inclusive]
      .filter(([n]) => n.includes('.js:') && !/^\(anonymous\)/.test(n) && !REACT.test(n))
      .sort((a, b) => b[1] - a[1])
      .slice(0, top))
      console.log(`  ${per(ms)}  ${name}`);
  }
}

// React's own work loop: already counted in the app functions it calls.
const REACT =
  /^(perform|render|workLoop|beginWork|update|commit|complete|flush|process|recursively|dispatch|batched|reconcile|exports\.|jsx|mount|call |emit |setState |checkIfSnapshot|start |createRoot|scheduler|run|finishConcurrent)/;

async function profiled<T>(cdp: CDPSession, tally: Tally, run: () => Promise<T>): Promise<T> {
  await cdp.send('Profiler.start');
  const value = await run();
  const { profile } = (await cdp.send('Profiler.stop')) as { profile: Profile };
  tally.add(profile);
  return value;
}

const ZOOM_IN = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Zoom in').click();`;
const RESET = `[...document.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reset zoom').click();`;
const MEDIATOR = `[...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.includes('Mediators')).querySelector('input[type="checkbox"]').click();`;
const brushAt = (
  i: number,
) => `const o = document.querySelector('.brush .overlay, .timeline-brush .overlay');
  const r = o.getBoundingClientRect();
  const y = r.top + r.height / 2, x0 = r.left + r.width * (0.3 + ${i} * 0.01), x1 = r.left + r.width * 0.6;
  const ev = (type, x, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  ev('mousedown', x0, o); ev('mousemove', (x0 + x1) / 2, window); ev('mousemove', x1, window); ev('mouseup', x1, window);`;

const server = spawn(
  'node',
  ['scripts/serve-static.mjs', '--dir', dir, '--base', '/', '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 500));
const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  const base = `http://127.0.0.1:${port}/`;

  // First render of the timeline alone, then a zoom step there.
  // Only what follows the case's generation and the store (before the 'dashboard:render-start' mark).
  const first = new Tally(/^(generateSyntheticCase|createDashboardStore)$/);
  const firstTimes: number[] = [];
  const aloneZoom = new Tally();
  const aloneZoomTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    await page.goto('about:blank');
    firstTimes.push(
      await profiled(cdp, first, async () => {
        await page.goto(`${base}#synthetic=large&only=timeline`);
        return (await page.evaluate(`(async () => {
          const nextFrame = ${NEXT_FRAME};
          for (;;) {
            const t = await nextFrame();
            if (document.querySelector('.timeline-panel svg, .timeline-panel canvas')) {
              const start = performance.getEntriesByName('dashboard:render-start')[0];
              return start ? t - start.startTime : NaN;
            }
          }
        })()`)) as number;
      }),
    );
    aloneZoomTimes.push(await profiled(cdp, aloneZoom, () => timeAction(page, ZOOM_IN)));
  }
  first.print(
    'timeline alone: first render (after the case and the store are made)',
    runs,
    firstTimes,
  );
  aloneZoom.print('timeline alone: zoom step', runs, aloneZoomTimes);

  await page.goto(`${base}#synthetic=large`);
  await page.waitForSelector('[role="grid"] [role="gridcell"]');
  await timeAction(page, '');
  const filter = new Tally();
  const filterTimes: number[] = [];
  const brush = new Tally();
  const brushTimes: number[] = [];
  const zoomStep = new Tally();
  const zoomTimes: number[] = [];
  for (let i = 0; i < runs; i++) {
    filterTimes.push(await profiled(cdp, filter, () => timeAction(page, MEDIATOR)));
    filterTimes.push(await profiled(cdp, filter, () => timeAction(page, MEDIATOR)));
  }
  for (let i = 0; i < runs; i++) {
    brushTimes.push(await profiled(cdp, brush, () => timeAction(page, brushAt(i))));
    zoomTimes.push(await profiled(cdp, zoomStep, () => timeAction(page, ZOOM_IN)));
    await timeAction(page, RESET);
  }
  filter.print('dashboard: mediator toggle', runs * 2, filterTimes);
  brush.print('dashboard: brush', runs, brushTimes);
  zoomStep.print('dashboard: zoom step', runs, zoomTimes);
} finally {
  await browser.close();
  server.kill();
}
