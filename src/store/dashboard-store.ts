import { createStore } from 'zustand/vanilla';
import type { Dataset } from '../domain/dataset.ts';

/** The dashboard's state: the cases it holds and which one is shown. */
export interface DashboardState {
  datasets: readonly Dataset[];
  caseId: string | undefined;
  selectCase: (caseId: string) => void;
}

/** A fresh store per app (and per test), holding the given cases. */
export function createDashboardStore(datasets: readonly Dataset[], caseId?: string) {
  const initial = datasets.find((d) => d.case.id === caseId) ?? datasets[0];
  return createStore<DashboardState>()((set, get) => ({
    datasets,
    caseId: initial?.case.id,
    selectCase: (id) => {
      if (get().datasets.some((d) => d.case.id === id)) set({ caseId: id });
    },
  }));
}

/** A store made by {@link createDashboardStore}. */
export type DashboardStore = ReturnType<typeof createDashboardStore>;
