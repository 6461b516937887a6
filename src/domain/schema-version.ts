/** The Dataset JSON version this code reads and writes (its own module: no schema code comes with it). */
export const DATASET_SCHEMA_VERSION = 2;
