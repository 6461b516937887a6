import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import seedCases from 'virtual:seed-cases';
import { App } from './app.tsx';
import { MeetingsTimeline } from './views/timeline/meetings-timeline.tsx';
import type { Dataset } from './domain/dataset.ts';
import { createDashboardStore } from './store/dashboard-store.ts';
import { DashboardStoreProvider } from './store/store-context.tsx';
import { EMBED_PARAM, parseEmbedParam } from './store/embed-param.ts';
import { INITIAL_SEARCH } from './store/initial-location.ts';
import { parseViewQuery, syncStoreWithUrl } from './store/url-sync.ts';
import './styles.css';

/** Starts the dashboard on the given cases. */
function start(datasets: readonly Dataset[]): void {
  // A shared link wins: the view comes from the URL, and the URL follows the view from then on.
  const { caseId, view } = parseViewQuery(INITIAL_SEARCH);
  const store = createDashboardStore(datasets, caseId, view);
  // `?embed=matrix` (or `timeline`, `sequencing`) shows that view alone, for an iframe; the URL
  // keeps the parameter and follows the view without adding steps to the host page's history.
  const embed = parseEmbedParam(INITIAL_SEARCH);
  syncStoreWithUrl(
    store,
    window,
    undefined,
    embed.kind === 'view' ? { keep: `${EMBED_PARAM}=${embed.view}`, replaceOnly: true } : {},
  );
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');
  performance.mark('dashboard:render-start');
  // `#…&only=timeline` renders the timeline alone, to time it against a peer library.
  const only = /(?:^#|&)only=timeline\b/.test(window.location.hash);
  // Rendered at once, not as a transition: the views are there when the page's load event fires.
  createRoot(root).render(
    <StrictMode>
      <DashboardStoreProvider value={store}>
        {only ? <MeetingsTimeline /> : <App embed={embed} />}
      </DashboardStoreProvider>
    </StrictMode>,
  );
}

// `#synthetic=large` (or `medium`, `small`) loads a generated case for benchmarks instead of the
// seed cases. It is labelled as synthetic in its title, and its generator loads only then.
const synthetic = /(?:^#|&)synthetic=(large|medium|small)\b/.exec(window.location.hash)?.[1];
if (synthetic) {
  void import('./synthetic/generate-synthetic-case.ts').then(
    ({ generateSyntheticCase, SYNTHETIC_SIZES }) => {
      start([generateSyntheticCase(SYNTHETIC_SIZES[synthetic as keyof typeof SYNTHETIC_SIZES])]);
    },
  );
} else {
  start(seedCases);
}
