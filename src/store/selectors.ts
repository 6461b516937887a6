import type { Dataset } from '../domain/dataset.ts';
import type { DashboardState } from './dashboard-store.ts';

/** The case being shown, if the store holds any. */
export function selectDataset(state: DashboardState): Dataset | undefined {
  return state.datasets.find((d) => d.case.id === state.caseId);
}
