import type { Dataset } from '../../../src/domain/dataset.ts';
import { withDerivedPositions } from '../../../src/domain/derive-positions.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import {
  makePlanDataset,
  makeProposal,
  makeResponse,
  makeTerm,
} from '../../fixtures/proposal-builders.ts';
import { makeRtlDataset } from '../../fixtures/rtl-case.ts';

const TEXT = 'Valdor insists on a river treaty.';

function makeDataset(overrides: Partial<Dataset> = {}): Dataset {
  return {
    schemaVersion: 2,
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
    proposals: [],
    responses: [],
    ...overrides,
  };
}

describe('validateDataset()', () => {
  it('accepts a valid dataset', () => {
    expect(validateDataset(makeDataset())).toMatchObject({ ok: true });
  });

  it.each([
    ['a newer schemaVersion', { schemaVersion: 3 }, 'schemaVersion', 'Invalid input: expected 2'],
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

describe('validateDataset() on proposals and responses', () => {
  it('accepts the plan case with its derived positions', () => {
    expect(validateDataset(withDerivedPositions(makePlanDataset()))).toMatchObject({ ok: true });
  });

  it('reads a v1 dataset (no proposals) as v2 with none', () => {
    const { proposals: _p, responses: _r, ...v1 } = makeDataset();
    const result = validateDataset({ ...v1, schemaVersion: 1 });
    expect(result).toMatchObject({ ok: true, dataset: { schemaVersion: 2, proposals: [] } });
  });

  const derived = withDerivedPositions(makePlanDataset());
  const accepted = derived.positions.find(
    (p) => p.derivedFrom?.responseId === 'response-northland',
  );
  if (!accepted?.derivedFrom) throw new Error('the plan case derives no accepted position');
  it.each([
    [
      'a proposer that is not an actor',
      { proposals: [makeProposal({ proposerIds: ['atlantis'] })] },
      'proposals[0].proposerIds[0]',
      'unknown actor id "atlantis"',
    ],
    [
      'a term on an unknown issue',
      { proposals: [makeProposal({ terms: [makeTerm({ issueId: 'tides' })] })] },
      'proposals[0].terms[0].issueId',
      'unknown issue id "tides"',
    ],
    [
      'two terms with one id',
      { proposals: [makeProposal({ terms: [makeTerm(), makeTerm()] })] },
      'proposals[0].terms[1].id',
      'duplicate term id "lull"',
    ],
    [
      'an extracted term without evidence',
      { proposals: [makeProposal({ terms: [makeTerm({ evidence: undefined })] })] },
      'proposals[0].terms[0].evidence',
      'must carry evidence',
    ],
    [
      'a response to an unknown proposal',
      { responses: [makeResponse({ proposalId: 'plan-x' })] },
      'responses[0].proposalId',
      'unknown proposal id "plan-x"',
    ],
    [
      'a response by an unknown actor',
      { responses: [makeResponse({ actorId: 'westland' })] },
      'responses[0].actorId',
      'unknown actor id "westland"',
    ],
    [
      'a conditional response without its condition',
      { responses: [makeResponse({ response: 'conditional' })] },
      'responses[0].condition',
      'names its condition',
    ],
    [
      'a derived position naming a term the proposal lacks',
      {
        positions: [{ ...accepted, derivedFrom: { ...accepted.derivedFrom, termId: 'ferry' } }],
      },
      'positions[0].derivedFrom.termId',
      'has no term "ferry"',
    ],
  ])('reports %s with its path', (_name, overrides, path, message) => {
    const result = validateDataset({ ...makePlanDataset(), ...overrides });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.find((p) => p.path === path)?.message).toContain(message);
  });
});

describe('validateDataset() and a source’s language', () => {
  it('takes sources in Arabic and Hebrew, with or without a language tag', () => {
    expect(validateDataset(makeRtlDataset())).toEqual({ ok: true, dataset: makeRtlDataset() });
  });

  it('refuses a language that is not a BCP 47 tag, naming the source', () => {
    const dataset = makeRtlDataset();
    const sources = dataset.sources.map((s, i) => (i === 1 ? { ...s, language: 'Hebrew' } : s));
    expect(validateDataset({ ...dataset, sources })).toEqual({
      ok: false,
      problems: [
        {
          path: 'sources[1].language',
          message: 'must be a BCP 47 language tag such as en, ar or he',
        },
      ],
    });
  });
});
