import fc from 'fast-check';
import type { ChainClass } from '../../../src/analysis/sequencing.ts';
import { buildSequencingGraph } from '../../../src/analysis/sequencing.ts';
import { loadSeedCases } from '../../../src/cases/read-case-folder.ts';
import type { Dataset, Issue, Position } from '../../../src/domain/dataset.ts';
import type { Stance } from '../../../src/domain/stance.ts';
import { STANCES } from '../../../src/domain/stance.ts';
import { makeAnalysisDataset, makeIssue, makePosition } from '../../fixtures/analysis-builders.ts';

const verdictOf = (dataset: Dataset, issueId: string) =>
  buildSequencingGraph(dataset).verdicts.get(issueId);

describe('buildSequencingGraph()', () => {
  it('calls a chain open when each condition is supported or demanded by its granter', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north', 'ceasefire', 'support'),
      ],
    );
    expect(verdictOf(dataset, 'captives')).toMatchObject({
      class: 'open',
      text: 'open: Captives waits for Ceasefire, which North supports',
    });
  });

  it('calls a chain blocked when it reaches an issue its granter rejects, through a person of the granter', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north-envoy', 'ceasefire', 'reject'),
      ],
    );
    expect(verdictOf(dataset, 'captives')).toMatchObject({
      class: 'blocked',
      text: 'blocked: Captives waits for Ceasefire, which North rejects',
    });
  });

  it('infers opposition from a demand that excludes the condition', () => {
    const dataset = makeAnalysisDataset(
      [
        makeIssue('captives', ['south']),
        makeIssue('ceasefire', ['north']),
        makeIssue('victory', ['south'], ['ceasefire']),
      ],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north', 'victory', 'demand'),
      ],
    );
    expect(verdictOf(dataset, 'captives')?.text).toBe(
      'blocked: Captives waits for Ceasefire, which North opposes (implied by its demand for Victory)',
    );
  });

  it('finds a two-party deadlock: each grants what the other waits for, only after its own', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north', 'ceasefire', 'conditional', { on: 'captives' }),
      ],
    );
    expect(verdictOf(dataset, 'captives')).toMatchObject({
      class: 'deadlock',
      text: 'deadlock: Captives waits for Ceasefire, which waits for Captives',
    });
    expect(verdictOf(dataset, 'ceasefire')?.class).toBe('deadlock');
  });

  it('finds a three-issue cycle', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('aid', ['north']), makeIssue('border', ['south']), makeIssue('vote', ['east'])],
      [
        makePosition('east', 'aid', 'conditional', { on: 'border' }),
        makePosition('south', 'border', 'conditional', { on: 'vote' }),
        makePosition('east', 'vote', 'conditional', { on: 'aid' }),
        makePosition('north', 'aid', 'conditional', { on: 'border' }),
      ],
    );
    expect(verdictOf(dataset, 'aid')).toMatchObject({
      class: 'deadlock',
      text: 'deadlock: Aid waits for Border, which waits for Vote, which waits for Aid',
    });
  });

  it('reports a condition on an issue nobody grants as "unknown granter", not a crash', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('weather')],
      [makePosition('south', 'captives', 'conditional', { on: 'weather' })],
    );
    expect(verdictOf(dataset, 'captives')).toMatchObject({
      class: 'unknown',
      text: 'unknown: Captives waits for Weather, which no party is named as granting (unknown granter)',
    });
  });

  it('uses the positions as of the chosen date', () => {
    const dataset = makeAnalysisDataset(
      [makeIssue('captives', ['south']), makeIssue('ceasefire', ['north'])],
      [
        makePosition('south', 'captives', 'conditional', { on: 'ceasefire' }),
        makePosition('north', 'ceasefire', 'reject', { date: '2025-01-10' }),
        makePosition('north', 'ceasefire', 'support', { date: '2025-02-01' }),
      ],
    );
    expect(buildSequencingGraph(dataset, '2025-01-15').verdicts.get('captives')?.class).toBe(
      'blocked',
    );
    expect(buildSequencingGraph(dataset, '2025-02-01').verdicts.get('captives')?.class).toBe(
      'open',
    );
  });

  it('on the seed case, ties captive release to a ceasefire that Israel’s war aim rules out', () => {
    const [gaza] = loadSeedCases('seeds');
    if (!gaza) throw new Error('no seed case');
    const graph = buildSequencingGraph(gaza.dataset, '2023-12-20');
    expect(graph.verdicts.get('hostage_release')?.text).toBe(
      'blocked: Release of captives held in Gaza waits for Permanent ceasefire, which Israel opposes (implied by its demand for Disarmament or elimination of Hamas)',
    );
    expect(graph.edges.find((e) => e.from === 'hostage_release')?.partyId).toBe('hamas');
  });
});

// An independent check: enumerate every simple chain from the start, with no memory between paths.
function bruteForceClass(dataset: Dataset, start: string): ChainClass | undefined {
  const party = (id: string) => dataset.actors.find((a) => a.id === id)?.parentId ?? id;
  const latest = new Map<string, Position>();
  for (const p of dataset.positions) {
    const key = `${party(p.actorId)}|${p.issueId}`;
    const known = latest.get(key);
    if (!known || p.date >= known.date) latest.set(key, p);
  }
  const edges = [...latest.values()].filter(
    (p) =>
      p.stance === 'conditional' &&
      p.condition?.issueId !== undefined &&
      p.condition.issueId !== p.issueId,
  );
  const granters = (issueId: string): string[] | undefined => {
    const g = dataset.issues.find((i) => i.id === issueId)?.grantedBy;
    if (g === undefined) return undefined;
    return g === 'mutual' ? dataset.actors.filter((a) => a.kind === 'party').map((a) => a.id) : g;
  };
  const stanceOf = (granter: string, issueId: string): Stance | undefined => {
    const stated = latest.get(`${granter}|${issueId}`)?.stance;
    if (stated) return stated;
    const excluder = dataset.issues.find((i) => {
      const s = latest.get(`${granter}|${i.id}`)?.stance;
      return (i.excludes ?? []).includes(issueId) && (s === 'support' || s === 'demand');
    });
    return excluder ? 'oppose' : undefined;
  };
  const rank: ChainClass[] = ['open', 'unknown', 'blocked', 'deadlock'];
  const worst = (xs: ChainClass[]) =>
    xs.reduce<ChainClass>((w, x) => (rank.indexOf(x) > rank.indexOf(w) ? x : w), 'open');
  const walk = (issueId: string, path: string[], parties?: string[]): ChainClass => {
    const next = edges.filter(
      (e) => e.issueId === issueId && (!parties || parties.includes(party(e.actorId))),
    );
    return worst(next.map((e) => reach(e.condition?.issueId ?? '', [...path, issueId])));
  };
  const reach = (issueId: string, path: string[]): ChainClass => {
    if (path.includes(issueId)) return 'deadlock';
    const g = granters(issueId);
    if (!g || g.length === 0) return 'unknown';
    const stances = g.map((id) => stanceOf(id, issueId));
    if (stances.some((s) => s === 'reject' || s === 'oppose')) return 'blocked';
    if (stances.every((s) => s === 'support' || s === 'demand')) return 'open';
    const conditional = g.filter((_, i) => stances[i] === 'conditional');
    if (conditional.length === 0) return 'unknown';
    const hasEdges = edges.some(
      (e) => e.issueId === issueId && conditional.includes(party(e.actorId)),
    );
    let onward = hasEdges ? walk(issueId, path, conditional) : 'unknown';
    if (
      stances.some((s) => s === undefined || s === 'open') &&
      rank.indexOf(onward) < rank.indexOf('unknown')
    )
      onward = 'unknown';
    return onward;
  };
  if (!edges.some((e) => e.issueId === start)) return undefined;
  return walk(start, []);
}

describe('buildSequencingGraph() on random graphs', () => {
  const parties = ['north', 'south', 'east'];
  const arbitraryDataset = fc
    .integer({ min: 2, max: 7 })
    .chain((n) => {
      const ids = Array.from({ length: n }, (_, i) => `i${i}`);
      const issue = fc.record({
        grantedBy: fc.oneof(
          fc.constant(undefined),
          fc.constant('mutual' as const),
          fc.subarray(parties, { minLength: 1 }),
        ),
        excludes: fc.subarray(ids, { maxLength: 1 }),
      });
      const position = fc.record({
        actor: fc.constantFrom(...parties, 'north-envoy'),
        issue: fc.constantFrom(...ids),
        stance: fc.constantFrom(...STANCES),
        on: fc.constantFrom(...ids),
        day: fc.integer({ min: 10, max: 20 }),
      });
      return fc.tuple(
        fc.constant(ids),
        fc.array(issue, { minLength: n, maxLength: n }),
        fc.array(position, { maxLength: 25 }),
      );
    })
    .map(([ids, issues, positions]) =>
      makeAnalysisDataset(
        ids.map((id, i): Issue =>
          makeIssue(
            id,
            issues[i]?.grantedBy,
            issues[i]?.excludes.filter((x) => x !== id),
          ),
        ),
        positions.map((p) =>
          makePosition(p.actor, p.issue, p.stance, {
            date: `2025-01-${p.day}`,
            ...(p.stance === 'conditional' && { on: p.on }),
          }),
        ),
      ),
    );

  it('terminates and agrees with a brute-force enumeration of every chain', () => {
    fc.assert(
      fc.property(arbitraryDataset, (dataset) => {
        const graph = buildSequencingGraph(dataset);
        for (const issue of dataset.issues) {
          expect(graph.verdicts.get(issue.id)?.class).toBe(bruteForceClass(dataset, issue.id));
        }
      }),
      { numRuns: 400, seed: 7 },
    );
  });
});
