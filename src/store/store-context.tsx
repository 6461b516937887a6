import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';

const StoreContext = createContext<DashboardStore | null>(null);

/** Provides one dashboard store to the views below it. */
export const DashboardStoreProvider = StoreContext.Provider;

/** The dashboard store of the nearest provider. */
export function useDashboardStore(): DashboardStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard needs a DashboardStoreProvider above it');
  return store;
}

/**
 * Reads from the dashboard store of the nearest provider. The selector must return the same
 * object for the same state (see selectors.ts), or the component re-renders forever.
 */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  return useStore(useDashboardStore(), selector);
}
