import { DatasetSchema } from './dataset-schema.ts';
import { z } from './zod.ts';

/** Where the published JSON Schema of Dataset v1 lives, relative to the app's root. */
export const DATASET_JSON_SCHEMA_PATH = 'public/schema/dataset.v1.json';

/** Dataset schema v1 as JSON Schema (draft 2020-12), for other tools that read or write it. */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: schema.$schema,
    $id: 'schema/dataset.v1.json',
    title: 'Negotiation positions dataset, schema v1',
    description:
      'One negotiation case: actors, issues, sources, positions (stances of actors on issues) and mediator meetings, each record sourced by evidence in a source text or by a citation. Dates are ISO YYYY-MM-DD. Cross-record rules (unique ids, known references, evidence quotes matching the source text at their offsets) are checked by the dashboard, not by this schema.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The schema file's exact text: stable key order, two-space indent, final newline. */
export function formatDatasetJsonSchema(): string {
  return `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`;
}
