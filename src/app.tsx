import { selectDataset } from './store/selectors.ts';
import { useDashboard } from './store/store-context.tsx';
import { CompareParties } from './views/compare/compare-parties.tsx';
import { EvidencePanel } from './views/evidence/evidence-panel.tsx';
import { ExportBar } from './views/export/export-bar.tsx';
import { FiltersPanel } from './views/filters/filters-panel.tsx';
import { PositionsMatrix } from './views/matrix/positions-matrix.tsx';
import { SequencingView } from './views/sequencing/sequencing-view.tsx';
import { CaseHeader } from './views/shell/case-header.tsx';
import { CaseOverview } from './views/shell/case-overview.tsx';
import { MeetingsTimeline } from './views/timeline/meetings-timeline.tsx';
import { WorkspacePanel } from './views/workspace/workspace-panel.tsx';

/** The dashboard: lays out the views of the case in the store. */
export function App() {
  const dataset = useDashboard(selectDataset);
  if (!dataset) {
    return (
      <main className="app app--empty">
        <h1>Negotiation positions</h1>
        <p role="status">No case is loaded. Add a case folder under seeds/ and rebuild.</p>
      </main>
    );
  }
  return (
    <div className="app">
      <CaseHeader dataset={dataset} />
      <main>
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
          <SequencingView />
          <div className="export-slot export-slot--compare">
            <CompareParties />
            <ExportBar view="comparison" />
          </div>
        </div>
        <WorkspacePanel />
        <CaseOverview dataset={dataset} />
        <ExportBar view="dataset" />
      </main>
    </div>
  );
}
