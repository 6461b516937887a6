import type { Dataset } from '../../../src/domain/dataset.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';

const TEXT = 'Valdor insists on a river treaty.';

function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 1,
    case: { id: 'river', title: 'River treaty talks' },
    actors: [
      { id: 'valdor', name: 'Valdor', kind: 'party' },
      { id: 'envoy', name: 'Envoy', kind: 'mediator' },
    ],
    issues: [{ id: 'treaty', label: 'River treaty' }],
    sources: [{ id: 's1', title: 'Report', published: '2025-01-05', text: TEXT }],
    positions: [
      {
        id: 'p1',
        actorId: 'valdor',
        issueId: 'treaty',
        stance: 'demand',
        date: '2025-01-05',
        evidence: { sourceId: 's1', start: 0, end: TEXT.length, quote: TEXT },
        origin: 'extracted',
        confidence: 0.9,
        rule: 'insist-on',
      },
    ],
    meetings: [],
    ...overrides,
  };
}

describe('validateDataset()', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(makeDataset())).toMatchObject({ ok: true });
  });

  it.each([
    ['a newer schemaVersion', { schemaVersion: 2 }, 'schemaVersion', 'Invalid input: expected 1'],
    [
      'a stance off the scale',
      { positions: [{ ...makeDataset().positions[0], stance: 'maybe' }] },
      'positions[0].stance',
      'Invalid option',
    ],
    [
      'an extracted position without evidence',
      { positions: [{ ...makeDataset().positions[0], evidence: undefined }] },
      'positions[0]',
      'needs evidence',
    ],
    [
      'a quote that differs from the text at its offsets',
      {
        positions: [
          {
            ...makeDataset().positions[0],
            evidence: { sourceId: 's1', start: 0, end: 6, quote: 'Valdar' },
          },
        ],
      },
      'positions[0].evidence.quote',
      'expected "Valdor", found "Valdar"',
    ],
    [
      'offsets past the end of the text',
      {
        positions: [
          {
            ...makeDataset().positions[0],
            evidence: { sourceId: 's1', start: 30, end: 99, quote: 'x' },
          },
        ],
      },
      'positions[0].evidence',
      'outside the source text (length 33)',
    ],
    [
      'a meeting that ends before it starts',
      {
        meetings: [
          {
            id: 'm1',
            date: { start: '2025-01-05', end: '2025-01-01', precision: 'approximate' },
            participantIds: ['valdor'],
            mediatorIds: ['envoy'],
            issueIds: ['treaty'],
            origin: 'curated',
            citation: { title: 'Wire report' },
          },
        ],
      },
      'meetings[0].date.end',
      'ends (2025-01-01) before it starts (2025-01-05)',
    ],
    [
      'a duplicated issue id',
      {
        issues: [
          { id: 'treaty', label: 'A' },
          { id: 'treaty', label: 'B' },
        ],
      },
      'issues[1].id',
      'duplicate id "treaty" (first used at issues[0])',
    ],
  ])('reports %s with its path', (_name, overrides, path, message) => {
    const result = validateDataset({ ...makeDataset(), ...overrides });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const problem = result.problems.find((p) => p.path === path);
    expect(problem?.message).toContain(message);
  });
});
