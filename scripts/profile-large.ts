// Profiles the large synthetic case's filter change (first mediator hidden, then shown) and
// brush (a drag across the timeline's brush overlay) in headless Chromium: a CPU profile and a
// trace per action, printed as where the time goes (JS functions, and style/layout/paint).
//   npx tsx scripts/profile-large.ts [--no-build] [--runs N] [--hash synthetic=large] [--matrix-in-view]
// It builds an unminified copy into node_modules/.profile-dist/ so function names read as in the source.
import { execFileSync, spawn } from 'node:child_process';
import type { CDPSession, Page } from '@playwright/test';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../tests/browser/chromium.ts';
import { NEXT_FRAME } from '../bench/page-timing.ts';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at >= 0 ? argv[at + 1] : undefined;
};
const port = Number(process.env.BENCH_PORT ?? 4480) + 5;
const runs = Number(flag('--runs') ?? 3);
const hash = flag('--hash') ?? 'synthetic=large';
// Under node_modules/ so git, ESLint and Prettier leave it alone.
const outDir = 'node_modules/.profile-dist';

if (!argv.includes('--no-build')) {
  execFileSync(
    'npx',
    ['vite', 'build', '--minify', 'false', '--outDir', outDir, '--logLevel', 'warn'],
    { stdio: 'inherit' },
  );
}
const server = spawn(
  'node',
  ['scripts/serve-static.mjs', '--dir', outDir, '--base', '/', '--port', String(port)],
  { stdio: 'ignore' },
);
await new Promise((resolve) => setTimeout(resolve, 500));

const MEDIATOR_BOX = `[...document.querySelectorAll('fieldset')].find((f) => f.querySelector('legend')?.textContent.includes('Mediators')).querySelector('input[type="checkbox"]')`;
const BRUSH = `const o = document.querySelector('.brush .overlay, .timeline-brush .overlay');
  const r = o.getBoundingClientRect();
  const y = r.top + r.height / 2, x0 = r.left + r.width * (0.3 + $I * 0.01), x1 = r.left + r.width * 0.6;
  const ev = (type, x, target) => target.dispatchEvent(new MouseEvent(type, { bubbles: true, cancelable: true, clientX: x, clientY: y, view: window, button: 0, buttons: type === 'mouseup' ? 0 : 1 }));
  ev('mousedown', x0, o); ev('mousemove', (x0 + x1) / 2, window); ev('mousemove', x1, window); ev('mouseup', x1, window);`;

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ph: string;
  dur?: number;
  tid: number;
  pid: number;
  ts: number;
  args?: { data?: { frame?: string } };
}

/** Self and total (inclusive) milliseconds per function, from a CPU profile. */
function summariseProfile(profile: CpuProfile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (n: ProfileNode) => {
    const file = n.callFrame.url.split('/').pop() ?? '';
    return `${n.callFrame.functionName || '(anonymous)'} ${file ? `${file}:${n.callFrame.lineNumber + 1}` : ''}`.trim();
  };
  const self = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? profile.timeDeltas[i] ?? 0) / 1000;
    const sample = profile.samples[i];
    if (sample === undefined) continue;
    const leaf = byId.get(sample);
    if (!leaf) continue;
    self.set(label(leaf), (self.get(label(leaf)) ?? 0) + ms);
    const seen = new Set<string>();
    for (let id: number | undefined = sample; id !== undefined; id = parent.get(id)) {
      const node = byId.get(id);
      if (!node) break;
      const l = label(node);
      if (seen.has(l)) continue;
      seen.add(l);
      total.set(l, (total.get(l) ?? 0) + ms);
    }
  }
  return { self, total };
}

/** Milliseconds of the renderer main thread's top-level work, by trace event name. */
function summariseTrace(events: TraceEvent[]) {
  const main = events.find(
    (e) => e.name === 'TracingStartedInBrowser' || e.name === 'CrRendererMain',
  );
  void main;
  const threadNames = new Map<string, string>();
  for (const e of events) {
    if (e.ph === 'M' && e.name === 'thread_name') {
      threadNames.set(`${e.pid}:${e.tid}`, (e.args as { name?: string } | undefined)?.name ?? '');
    }
  }
  const wanted = new Set([
    'UpdateLayoutTree',
    'Layout',
    'Paint',
    'PrePaint',
    'Layerize',
    'Commit',
    'ParseHTML',
    'FunctionCall',
    'EventDispatch',
    'TimerFire',
    'FireAnimationFrame',
    'RunMicrotasks',
    'V8.GC_SCAVENGER',
    'MinorGC',
    'MajorGC',
    'V8.GCScavenger',
    'UpdateLayer',
    'IntersectionObserverController::computeIntersections',
    'HitTest',
  ]);
  const out = new Map<string, number>();
  for (const e of events) {
    if (e.ph !== 'X' || e.dur === undefined || !wanted.has(e.name)) continue;
    if (threadNames.get(`${e.pid}:${e.tid}`) !== 'CrRendererMain') continue;
    out.set(e.name, (out.get(e.name) ?? 0) + e.dur / 1000);
  }
  return out;
}

async function profileAction(
  page: Page,
  cdp: CDPSession,
  label: string,
  action: string,
  count = runs,
) {
  const selfAll = new Map<string, number>();
  const totalAll = new Map<string, number>();
  const traceAll = new Map<string, number>();
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    await page.evaluate(
      `(async () => { const nextFrame = ${NEXT_FRAME}; await nextFrame(); await new Promise((r) => setTimeout(r, 40)); })()`,
    );
    const events: TraceEvent[] = [];
    const onData = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
    cdp.on('Tracing.dataCollected', onData);
    await cdp.send('Tracing.start', {
      categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
      transferMode: 'ReportEvents',
    });
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const ms = (await page.evaluate(`(async () => {
      const nextFrame = ${NEXT_FRAME};
      await nextFrame();
      await new Promise((resolve) => setTimeout(resolve, 40));
      const t0 = performance.now();
      ${action.replaceAll('$I', String(i))}
      const t1 = await nextFrame();
      return t1 - t0;
    })()`)) as number;
    const { profile } = (await cdp.send('Profiler.stop')) as { profile: CpuProfile };
    const done = new Promise<void>((resolve) =>
      cdp.once('Tracing.tracingComplete', () => resolve()),
    );
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    times.push(ms);
    const { self, total } = summariseProfile(profile);
    for (const [k, v] of self) selfAll.set(k, (selfAll.get(k) ?? 0) + v / count);
    for (const [k, v] of total) totalAll.set(k, (totalAll.get(k) ?? 0) + v / count);
    for (const [k, v] of summariseTrace(events))
      traceAll.set(k, (traceAll.get(k) ?? 0) + v / count);
  }
  const top = (m: Map<string, number>, n: number) =>
    [...m.entries()].sort((a, b) => b[1] - a[1]).slice(0, n);
  console.log(
    `\n=== ${label}: ${times.map((t) => t.toFixed(1)).join(', ')} ms (action → next painted frame)`,
  );
  console.log('  renderer main thread (trace, mean ms per run, nested events overlap):');
  for (const [k, v] of top(traceAll, 14)) console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('  JS self time (CPU profile, mean ms per run):');
  for (const [k, v] of top(selfAll, 22)) console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`);
  console.log('  JS total time (inclusive):');
  for (const [k, v] of top(totalAll, Number(flag('--top') ?? 40)))
    console.log(`    ${v.toFixed(1).padStart(7)}  ${k}`);
}

const browser = await chromium.launch({
  executablePath: findChromium(),
  args: [...CHROMIUM_ARGS, '--disable-gpu-vsync', '--disable-frame-rate-limit'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
  await page.goto(`http://127.0.0.1:${port}/#${hash}`);
  await page.waitForSelector('[role="grid"] [role="gridcell"]', { timeout: 120_000 });
  // The bench's page leaves the matrix below the fold; `--matrix-in-view` scrolls it into view
  // so the matrix's own rendering is measured as a reader sees it.
  if (argv.includes('--matrix-in-view')) {
    await page.evaluate(
      `document.querySelector('.matrix-scroll').scrollIntoView({ block: 'start' })`,
    );
    await page.waitForTimeout(500);
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  console.log(
    `rows rendered: ${await page.evaluate(`document.querySelectorAll('[role="grid"] tr.matrix__row').length`)}, gridcells: ${await page.evaluate(`document.querySelectorAll('[role="gridcell"]').length`)}, DOM nodes: ${await page.evaluate(`document.getElementsByTagName('*').length`)}`,
  );
  // Hide then show, alternately, as the bench does; the brush moves its start a little each
  // run so every drag changes the range.
  await profileAction(page, cdp, 'mediator toggle', `${MEDIATOR_BOX}.click();`, runs * 2);
  await profileAction(page, cdp, 'brush', BRUSH);
} finally {
  await browser.close();
  server.kill();
}
