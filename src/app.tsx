import { lazy, Suspense } from 'react';
import type { EmbedRequest } from './store/embed-param.ts';
import { selectDataset } from './store/selectors.ts';
import { useDashboard } from './store/store-context.tsx';
import { EvidencePanel } from './views/evidence/evidence-panel.tsx';
import { ExportBar } from './views/export/export-bar.tsx';
import { FiltersPanel } from './views/filters/filters-panel.tsx';
import { PositionsMatrix } from './views/matrix/positions-matrix.tsx';
import { CaseHeader } from './views/shell/case-header.tsx';
import { CaseOverview } from './views/shell/case-overview.tsx';
import { MeetingsTimeline } from './views/timeline/meetings-timeline.tsx';

// Views below the first screen load after first paint, keeping the first download small.
const CompareParties = lazy(() =>
  import('./views/compare/compare-parties.tsx').then((m) => ({ default: m.CompareParties })),
);
const SequencingView = lazy(() =>
  import('./views/sequencing/sequencing-view.tsx').then((m) => ({ default: m.SequencingView })),
);
// Embed mode is its own page, loaded only when a link asks for it; so is the message for a bad one.
const EmbedPage = lazy(() =>
  import('./views/embed/embed-page.tsx').then((m) => ({ default: m.EmbedPage })),
);
const EmbedProblem = lazy(() =>
  import('./views/embed/embed-problem.tsx').then((m) => ({ default: m.EmbedProblem })),
);
const WorkspacePanel = lazy(() =>
  import('./views/workspace/workspace-panel.tsx').then((m) => ({ default: m.WorkspacePanel })),
);

const NO_EMBED: EmbedRequest = { kind: 'none' };

/**
 * The dashboard: lays out the views of the case in the store, or one view alone when the link
 * asks for embed mode (`embed`, read by main.tsx from the address).
 */
export function App({ embed = NO_EMBED }: { embed?: EmbedRequest }) {
  const dataset = useDashboard(selectDataset);
  if (!dataset) {
    return (
      <main className="app app--empty">
        <h1>Negotiation positions</h1>
        <p role="status">No case is loaded. Add a case folder under seeds/ and rebuild.</p>
      </main>
    );
  }
  if (embed.kind === 'view') {
    return (
      <Suspense fallback={<LoadingPanel label="the embedded view" />}>
        <EmbedPage view={embed.view}>
          {embed.view === 'matrix' && <PositionsMatrix embedded />}
          {embed.view === 'timeline' && <MeetingsTimeline embedded />}
          {embed.view === 'sequencing' && <SequencingView embedded />}
        </EmbedPage>
      </Suspense>
    );
  }
  return (
    <div className="app">
      <CaseHeader dataset={dataset} />
      <main>
        {embed.kind === 'unknown' && (
          <Suspense fallback={null}>
            <EmbedProblem value={embed.value} />
          </Suspense>
        )}
        <div className="dashboard">
          <FiltersPanel />
          <div className="export-slot export-slot--matrix">
            <PositionsMatrix />
            <ExportBar view="matrix" />
          </div>
          <EvidencePanel />
          <div className="export-slot export-slot--timeline">
            <MeetingsTimeline />
            <ExportBar view="timeline" />
          </div>
          <div className="export-slot export-slot--sequencing">
            <Suspense fallback={<LoadingPanel label="Sequencing" />}>
              <SequencingView />
            </Suspense>
            <ExportBar view="sequencing" />
          </div>
          <div className="export-slot export-slot--compare">
            <Suspense fallback={<LoadingPanel label="Compare two parties" />}>
              <CompareParties />
            </Suspense>
            <ExportBar view="comparison" />
          </div>
        </div>
        <Suspense fallback={<LoadingPanel label="Your work" />}>
          <WorkspacePanel />
        </Suspense>
        <CaseOverview dataset={dataset} />
        <ExportBar view="dataset" />
      </main>
    </div>
  );
}

/** A placeholder while a view's code loads. */
function LoadingPanel({ label }: { label: string }) {
  return (
    <section className="panel panel--loading" aria-busy="true">
      <p>Loading {label}…</p>
    </section>
  );
}
