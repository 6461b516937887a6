import { useSyncExternalStore } from 'react';
import type { DashboardStore } from '../../store/dashboard-store.ts';
import type { WorkspaceStore } from '../../workspace/workspace-store.ts';

// The workspace is made by its panel, which loads after first paint; views outside the panel
// (the evidence panel's "Code selection") find it here, by the dashboard it feeds. The panel
// loads this module on demand, as the bar does, so it adds nothing to what the page loads first.
const workspaces = new WeakMap<DashboardStore, WorkspaceStore>();
const listeners = new Set<() => void>();

function changed() {
  for (const listener of listeners) listener();
}

/** Makes a dashboard's workspace known to the views; returns the call that forgets it. */
export function registerWorkspace(dashboard: DashboardStore, workspace: WorkspaceStore) {
  workspaces.set(dashboard, workspace);
  changed();
  return () => {
    if (workspaces.get(dashboard) !== workspace) return;
    workspaces.delete(dashboard);
    changed();
  };
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The workspace of a dashboard, once its panel has made it. */
export function useWorkspaceOf(dashboard: DashboardStore): WorkspaceStore | undefined {
  return useSyncExternalStore(subscribe, () => workspaces.get(dashboard));
}
