import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type {
  WorkspaceActions,
  WorkspaceState,
  WorkspaceStore,
} from '../../workspace/workspace-store.ts';

const WorkspaceContext = createContext<WorkspaceStore | null>(null);

/** Provides the workspace store to the workspace views. */
export const WorkspaceProvider = WorkspaceContext.Provider;

/** The nearest workspace store itself, for a view that calls its actions. */
export function useWorkspaceStore(): WorkspaceStore {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspaceStore needs a WorkspaceProvider above it');
  return store;
}

/** Reads from the nearest workspace store. */
export function useWorkspace<T>(selector: (state: WorkspaceState & WorkspaceActions) => T): T {
  const store = useContext(WorkspaceContext);
  if (!store) throw new Error('useWorkspace needs a WorkspaceProvider above it');
  return useStore(store, selector);
}
