import { DATASET_SCHEMA_VERSION, DatasetSchema } from './dataset-schema.ts';
import { z } from './zod.ts';

/**
 * Where the published JSON Schema of the current Dataset version lives, relative to the app's
 * root. Older versions' files stay published beside it (`dataset.v1.json`) for tools that write them.
 */
export const DATASET_JSON_SCHEMA_PATH = `public/schema/dataset.v${DATASET_SCHEMA_VERSION}.json`;

/** The current Dataset schema as JSON Schema (draft 2020-12), for other tools that read or write it. */
export function buildDatasetJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(DatasetSchema, { target: 'draft-2020-12', io: 'input' });
  return {
    $schema: schema.$schema,
    $id: `schema/dataset.v${DATASET_SCHEMA_VERSION}.json`,
    title: `Negotiation positions dataset, schema v${DATASET_SCHEMA_VERSION}`,
    description:
      'One negotiation case: actors, issues, sources, positions (stances of actors on issues), mediator meetings, and proposals with their terms and the responses to them, each record sourced by evidence in a source text or by a citation. Positions that follow from a proposal say so in derivedFrom. Dates are ISO YYYY-MM-DD. Cross-record rules (unique ids, known references, evidence quotes matching the source text at their offsets) are checked by the dashboard, not by this schema. A v1 document (no proposals or responses) is read as v2 with none.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}

/** The schema file's exact text: stable key order, two-space indent, final newline. */
export function formatDatasetJsonSchema(): string {
  return `${JSON.stringify(buildDatasetJsonSchema(), null, 2)}\n`;
}
