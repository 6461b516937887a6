import type { DatasetIndex } from '../domain/dataset-index.ts';
import { buildDatasetIndex } from '../domain/dataset-index.ts';
import type { Dataset } from '../domain/dataset.ts';

const cache = new WeakMap<Dataset, DatasetIndex>();

/** The dataset's index, built once per dataset object and shared by every selector. */
export function getDatasetIndex(dataset: Dataset): DatasetIndex {
  let index = cache.get(dataset);
  if (!index) {
    index = buildDatasetIndex(dataset);
    cache.set(dataset, index);
  }
  return index;
}
