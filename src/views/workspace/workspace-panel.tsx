import { useEffect, useId, useState } from 'react';
import { selectDataset } from '../../store/selectors.ts';
import { useDashboard, useDashboardStore } from '../../store/store-context.tsx';
import type { WorkspaceStore } from '../../workspace/workspace-store.ts';
import { AddArticles } from './add-articles.tsx';
import { CaseTools } from './case-tools.tsx';
import { createBrowserWorkspace } from './browser-workspace.ts';
import { ReviewQueue } from './review-queue.tsx';
import { useWorkspace, WorkspaceProvider } from './workspace-context.tsx';
import { WorkspaceMessages } from './workspace-messages.tsx';
import './workspace.css';

/**
 * The user's own work: add articles to the shown case (or a new one), review what was
 * extracted, and keep it in the browser. `workspace` is for tests; the app makes its own.
 */
export function WorkspacePanel({ workspace }: { workspace?: WorkspaceStore }) {
  const dashboard = useDashboardStore();
  const [store] = useState(() => workspace ?? createBrowserWorkspace(dashboard));
  useEffect(() => {
    void store.getState().load();
  }, [store]);
  // The evidence panel codes selections into this workspace too.
  useEffect(() => {
    let live = true;
    let forget: (() => void) | undefined;
    void import('../coding/workspace-registry.ts').then((m) => {
      if (live) forget = m.registerWorkspace(dashboard, store);
    });
    return () => {
      live = false;
      forget?.();
    };
  }, [dashboard, store]);
  return (
    <WorkspaceProvider value={store}>
      <WorkspaceBody />
    </WorkspaceProvider>
  );
}

function WorkspaceBody() {
  const dataset = useDashboard(selectDataset);
  const userCase = useWorkspace((s) => (dataset ? s.cases[dataset.case.id] : undefined));
  const persistent = useWorkspace((s) => s.persistent);
  const id = useId();
  return (
    <section className="workspace" aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>Your work</h2>
      <p className="hint">
        Add reports to this case or start your own; review what the extractor found. Everything
        stays in this browser{persistent ? ' and is saved as you go' : ''}; export to share it.
      </p>
      <WorkspaceMessages />
      <CaseTools dataset={dataset} userCase={userCase} />
      <AddArticles caseId={dataset?.case.id} />
      {userCase && dataset && <ReviewQueue userCase={userCase} dataset={dataset} />}
    </section>
  );
}
