import { selectDataset } from './store/selectors.ts';
import { useDashboard } from './store/store-context.tsx';
import { CaseHeader } from './views/shell/case-header.tsx';
import { CaseOverview } from './views/shell/case-overview.tsx';

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
        <CaseOverview dataset={dataset} />
      </main>
    </div>
  );
}
