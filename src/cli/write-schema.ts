import { writeFileSync } from 'node:fs';
import {
  DATASET_JSON_SCHEMA_PATH,
  formatDatasetJsonSchema,
} from '../domain/dataset-json-schema.ts';

// Regenerates the published JSON Schema from the Zod schema: `npm run schema`.
writeFileSync(DATASET_JSON_SCHEMA_PATH, formatDatasetJsonSchema());
console.log(`wrote ${DATASET_JSON_SCHEMA_PATH}`);
