import { readFileSync } from 'node:fs';
import {
  DATASET_JSON_SCHEMA_PATH,
  formatDatasetJsonSchema,
} from '../../../src/domain/dataset-json-schema.ts';

describe('formatDatasetJsonSchema()', () => {
  it('matches the published public/schema/dataset.v2.json (run `npm run schema` when it fails)', () => {
    expect(readFileSync(DATASET_JSON_SCHEMA_PATH, 'utf8')).toBe(formatDatasetJsonSchema());
  });

  it('names every field of DESIGN.md’s Dataset JSON', () => {
    const schema = JSON.parse(formatDatasetJsonSchema()) as {
      required: string[];
      properties: Record<string, { items?: { required?: string[] } }>;
    };
    expect(schema.required).toEqual(
      expect.arrayContaining([
        'schemaVersion',
        'case',
        'actors',
        'issues',
        'sources',
        'positions',
        'meetings',
        'proposals',
        'responses',
      ]),
    );
    expect(schema.properties.positions?.items?.required).toEqual(
      expect.arrayContaining([
        'id',
        'actorId',
        'issueId',
        'stance',
        'date',
        'origin',
        'confidence',
      ]),
    );
    expect(schema.properties.meetings?.items?.required).toEqual(
      expect.arrayContaining(['id', 'date', 'participantIds', 'mediatorIds', 'issueIds', 'origin']),
    );
  });
});
