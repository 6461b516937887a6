import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { DashboardState, DashboardStore } from './dashboard-store.ts';

const StoreContext = createContext<DashboardStore | null>(null);

/** Provides one dashboard store to the views below it. */
export const DashboardStoreProvider = StoreContext.Provider;

/** Reads from the dashboard store of the nearest provider. */
export function useDashboard<T>(selector: (state: DashboardState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useDashboard needs a DashboardStoreProvider above it');
  return useStore(store, selector);
}
