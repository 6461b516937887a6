import { DATASET_SCHEMA_VERSION } from './schema-version.ts';

/**
 * Steps from each older Dataset JSON version to the next. v1 → v2 adds the proposals and
 * responses (a v1 dataset has none); every other field is kept as it is.
 */
const STEPS: Record<number, (data: Record<string, unknown>) => Record<string, unknown>> = {
  1: (data) => ({ ...data, schemaVersion: 2, proposals: [], responses: [] }),
};

/**
 * Brings Dataset JSON of an older schema version to {@link DATASET_SCHEMA_VERSION}, one step
 * at a time, without changing the input. Anything that is not an older dataset (another
 * version, not an object) comes back as it was, for the schema to report.
 */
export function upgradeDataset(data: unknown): unknown {
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return data;
  let current = data as Record<string, unknown>;
  let version = current.schemaVersion;
  while (typeof version === 'number' && version < DATASET_SCHEMA_VERSION) {
    const step = STEPS[version];
    if (!step) return current;
    current = step(current);
    version = current.schemaVersion;
  }
  return current;
}
