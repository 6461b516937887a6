import { buildSequencingGraph } from '../../../src/analysis/sequencing.ts';
import type { Dataset } from '../../../src/domain/dataset.ts';
import {
  assignLayers,
  describeGranters,
  layoutSequencing,
} from '../../../src/layout/sequencing-layout.ts';
import { makeAnalysisDataset, makeIssue, makePosition } from '../../fixtures/analysis-builders.ts';

const edges = (pairs: string) =>
  pairs.split(' ').map((pair) => {
    const [from = '', to = ''] = pair.split('>');
    return { from, to };
  });

function place(dataset: Dataset) {
  const graph = buildSequencingGraph(dataset);
  const issuesById = new Map(dataset.issues.map((i) => [i.id, i]));
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  return layoutSequencing(graph, issuesById, actorsById);
}

/** South holds captives until a ceasefire North rejects; North holds prisoners until captives. */
const chainCase = () =>
  makeAnalysisDataset(
    [
      makeIssue('prisoners', ['north']),
      makeIssue('captives', ['south']),
      makeIssue('ceasefire', ['north']),
    ],
    [
      makePosition('north', 'prisoners', 'conditional', { on: 'captives' }),
      makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
      makePosition('north', 'ceasefire', 'reject'),
    ],
  );

describe('assignLayers()', () => {
  it.each([
    ['a chain', ['a', 'b', 'c'], 'a>b b>c', { a: 0, b: 1, c: 2 }, []],
    ['the longest of two paths', ['a', 'b', 'c'], 'a>c a>b b>c', { a: 0, b: 1, c: 2 }, []],
    ['a two-issue cycle', ['a', 'b'], 'a>b b>a', { a: 0, b: 1 }, [1]],
    ['a three-issue cycle', ['a', 'b', 'c'], 'a>b b>c c>a', { a: 0, b: 1, c: 2 }, [2]],
  ])(
    'layers %s by its longest path, leaving cycle-closing edges out',
    (_, ids, pairs, layers, back) => {
      const { layer, backEdges } = assignLayers(ids, edges(pairs));
      expect(Object.fromEntries(layer)).toEqual(layers);
      expect([...backEdges]).toEqual(back);
    },
  );

  it('terminates on a long chain without overflowing the stack', () => {
    const ids = Array.from({ length: 20_000 }, (_, i) => `i${i}`);
    const chain = ids.slice(1).map((id, i) => ({ from: ids[i] ?? '', to: id }));
    expect(assignLayers(ids, chain).layer.get('i19999')).toBe(19_999);
  });
});

describe('layoutSequencing()', () => {
  it('places waiting issues left of what they wait for, one layer per step', () => {
    const layout = place(chainCase());
    const x = (id: string) => layout.nodes.find((n) => n.issueId === id)?.x ?? NaN;
    expect(layout.layers).toBe(3);
    expect(x('prisoners')).toBeLessThan(x('captives'));
    expect(x('captives')).toBeLessThan(x('ceasefire'));
    expect(layout.width).toBeGreaterThan(x('ceasefire'));
  });

  it('names each edge after its party and condition, and classes it by where it leads', () => {
    const layout = place(chainCase());
    expect(layout.edges.map((e) => [e.name, e.class, e.back])).toEqual([
      ['North: Prisoners waits for Captives', 'blocked', false],
      ['South: Captives waits for Ceasefire', 'blocked', false],
    ]);
  });

  it('names each node with what it shows: its verdict without the repeated label, or its granters’ stances', () => {
    const layout = place(chainCase());
    expect(layout.nodes.map((n) => n.name)).toEqual([
      'Prisoners — blocked: waits for Captives, which waits for Ceasefire, which North rejects',
      'Captives — blocked: waits for Ceasefire, which North rejects',
      'Ceasefire — blocked: granted by North, which rejects it',
    ]);
    expect(layout.nodes[1]?.shortStatus).toBe('blocked — waits for Ceasefire, which North rejects');
    expect(layout.nodes[1]?.status).toBe(
      'blocked: Captives waits for Ceasefire, which North rejects',
    );
  });

  it('draws a deadlock’s closing edge as a back edge', () => {
    const layout = place(
      makeAnalysisDataset(
        [makeIssue('captives', ['south']), makeIssue('prisoners', ['north'])],
        [
          makePosition('south', 'captives', 'conditional', { on: 'prisoners' }),
          makePosition('north', 'prisoners', 'conditional', { on: 'captives' }),
        ],
      ),
    );
    expect(layout.nodes.every((n) => n.class === 'deadlock')).toBe(true);
    expect(layout.edges.filter((e) => e.back)).toHaveLength(1);
    expect(layout.height).toBeGreaterThan(layout.nodes[0]?.height ?? 0);
  });

  it('spreads two parties’ edges between the same issues apart', () => {
    const layout = place(
      makeAnalysisDataset(
        [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
        [
          makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
          makePosition('east', 'captives', 'conditional', { on: 'ceasefire' }),
        ],
      ),
    );
    const [a, b] = layout.edges;
    expect(a?.labelY).not.toBe(b?.labelY);
    expect(a?.path).not.toBe(b?.path);
  });

  it('is empty when no condition links two issues', () => {
    const layout = place(makeAnalysisDataset([makeIssue('captives', ['south'])], []));
    expect(layout).toEqual({ width: 0, height: 0, layers: 0, nodes: [], edges: [] });
  });

  it('is pure: the same graph gives the same layout', () => {
    const dataset = chainCase();
    expect(place(dataset)).toEqual(place(dataset));
  });
});

describe('describeGranters()', () => {
  const name = (id: string) => id.toUpperCase();
  const label = (id: string) => `the ${id}`;
  it.each([
    [undefined, 'unknown', 'no party is named as granting it (unknown granter)'],
    [[{ granterId: 'n', stance: 'support' as const }], 'open', 'granted by N, which supports it'],
    [
      [{ granterId: 'n', stance: 'oppose' as const, impliedBy: 'war' }],
      'blocked',
      'granted by N, which opposes it (implied by its demand for the war)',
    ],
    [
      [
        { granterId: 'n', stance: 'demand' as const },
        { granterId: 's', stance: undefined },
      ],
      'unknown',
      'granted by N and S: N demands it; S has not taken a position on it',
    ],
  ])('describes %j as %s', (stances, cls, text) => {
    expect(describeGranters(stances, name, label)).toEqual({ class: cls, text });
  });
});
