import { useEffect } from 'react';
import type { ReactNode } from 'react';
import type { SourceLine } from '../../export/export-context.ts';
import { describeExportFilters } from '../../export/export-context.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import type { EmbedView } from '../../store/embed-param.ts';
import { buildDashboardUrl, describeEmbedTitle, EMBED_VIEW_TITLES } from '../../store/embed-url.ts';
import { selectAsOf, selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { queryOfState } from '../../store/url-sync.ts';
import {
  selectMatrixSources,
  selectSequencingSources,
  selectTimelineSources,
} from '../export/view-sources.ts';
import './embed-page.css';

const SOURCES: Readonly<Record<EmbedView, (state: DashboardState) => SourceLine[]>> = {
  matrix: selectMatrixSources,
  timeline: selectTimelineSources,
  sequencing: selectSequencingSources,
};

/** What the embedded view shows, in words: as its export says it (see run-export.ts). */
function describeEmbedFilters(state: DashboardState, view: EmbedView): string {
  const index = selectIndex(state);
  if (!index) return '';
  const asOf = selectAsOf(state);
  // The sequencing view weighs every party's conditions: only the day applies to it.
  if (view === 'sequencing') {
    return describeExportFilters(index, {
      hiddenMediators: [],
      hiddenParties: [],
      hiddenIssues: [],
      range: null,
      asOf,
    });
  }
  const filters = describeExportFilters(index, {
    hiddenMediators: state.hiddenMediators,
    hiddenParties: state.hiddenParties,
    hiddenIssues: state.hiddenIssues,
    range: view === 'matrix' ? state.range : null,
    asOf,
    window: view === 'timeline' ? state.zoom : null,
  });
  return view === 'matrix' && state.change
    ? `${filters} · changes between ${state.change.from} and ${state.change.to}`
    : filters;
}

/**
 * Embed mode (`?embed=matrix|timeline|sequencing`): one view alone for an iframe of 600 × 400 and
 * up, with the case and view as its heading, the filters in words, the view's legend, the
 * sources its records rest on and a link to the full dashboard showing the same view. The view
 * itself comes as `children` from app.tsx, so that this chunk does not import the views the
 * dashboard's first chunk holds (the bundler would split that chunk to share them).
 */
export function EmbedPage({ view, children }: { view: EmbedView; children: ReactNode }) {
  const index = useDashboard(selectIndex);
  const query = useDashboard(queryOfState);
  const filters = useDashboard((s) => describeEmbedFilters(s, view));
  const sources = useDashboard(SOURCES[view]);
  const caseTitle = index?.dataset.case.title;
  useEffect(() => {
    if (caseTitle !== undefined) document.title = describeEmbedTitle(caseTitle, view);
  }, [caseTitle, view]);
  if (!index || caseTitle === undefined) return null;

  const dashboardUrl = buildDashboardUrl(window.location, query);
  return (
    <div className={`embed embed--${view}`}>
      <header className="embed__header">
        <h1 className="embed__title">
          <span className="embed__case">{caseTitle}</span>{' '}
          <span className="embed__view">— {EMBED_VIEW_TITLES[view]}</span>
        </h1>
        <a className="embed__open" href={dashboardUrl} target="_blank" rel="noopener">
          Open the full dashboard<span aria-hidden="true"> ↗</span>
        </a>
        <p className="embed__filters">{filters}</p>
      </header>
      {/* Named, so it stays a landmark of its own beside the host page's main. */}
      <main className="embed__main" aria-label={describeEmbedTitle(caseTitle, view)}>
        {children}
      </main>
      <footer className="embed__footer">
        <p className="embed__sources">
          <strong>Sources:</strong> {sources.length === 0 && 'none behind what is shown.'}
          {sources.map((source, i) => (
            <span key={`${source.title}|${source.published}|${source.url}`}>
              {i > 0 && '; '}
              <SourceName source={source} />
            </span>
          ))}
          {sources.length > 0 && '.'}
        </p>
        <p className="embed__note">
          The full dashboard shows the evidence behind each record: the sentence that states it, or
          the public report cited for it.
        </p>
      </footer>
    </div>
  );
}

/** A source by title (a link when it has an address), publisher and date. */
function SourceName({ source }: { source: SourceLine }) {
  const meta = [source.publisher, source.published].filter(Boolean).join(', ');
  return (
    <>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          {source.title}
        </a>
      ) : (
        <cite>{source.title}</cite>
      )}
      {meta && ` (${meta})`}
    </>
  );
}
