import { useEffect } from 'react';
import { selectAnalysisEvidence } from '../../store/analysis-selectors.ts';
import { selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { createLazyModule } from '../shared/lazy-module.ts';

/**
 * The panel's records, sources and proposals: loaded after first paint (nothing is selected
 * then, unless a link says so), so the first download stays small.
 */
export const evidenceBody = createLazyModule(() => import('./evidence-body.tsx'));

/**
 * The region "Evidence": for the selected cell, meeting or proposal, every supporting record with
 * its quote highlighted in the article text, its source, and whether it was extracted or curated.
 */
export function EvidencePanel() {
  const index = useDashboard(selectIndex);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const hasAnalysis = useDashboard((s) => selectAnalysisEvidence(s).length > 0);
  const body = evidenceBody.useModule();
  useEffect(() => {
    // Fetched once the page is idle, so that a first click finds it.
    const load = () => void evidenceBody.load();
    const idle = typeof requestIdleCallback === 'function' ? requestIdleCallback(load) : undefined;
    const timer = idle === undefined ? setTimeout(load, 1000) : undefined;
    return () => {
      if (idle !== undefined) cancelIdleCallback(idle);
      clearTimeout(timer);
    };
  }, []);
  if (!index) return null;
  const Body = body?.EvidenceBody;
  return (
    <section className="panel evidence-panel" aria-labelledby="evidence-heading">
      <div className="evidence-panel__head">
        <h2 id="evidence-heading">Evidence</h2>
        {selection && (
          <button type="button" onClick={() => select(null)}>
            Close evidence
          </button>
        )}
      </div>
      <div className="evidence-panel__body">
        {!selection && !hasAnalysis ? (
          <p className="evidence-panel__hint">
            Select a cell of the matrix, a meeting or a proposal on the timeline to read the
            sentences and sources behind it.
          </p>
        ) : Body ? (
          <Body />
        ) : (
          <p aria-busy="true">Loading the evidence…</p>
        )}
      </div>
    </section>
  );
}
