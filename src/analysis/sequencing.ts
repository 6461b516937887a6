import type { Dataset, Issue, Position } from '../domain/dataset.ts';
import type { Stance } from '../domain/stance.ts';
import { makePartyResolver, partyIssueKey, selectLatestPartyPositions } from './party-positions.ts';

/** How a chain of conditions ends. Worst first: a deadlock outweighs a block, a block an unknown. */
export type ChainClass = 'deadlock' | 'blocked' | 'unknown' | 'open';

const SEVERITY: Record<ChainClass, number> = { deadlock: 3, blocked: 2, unknown: 1, open: 0 };

/** "P accepts X only once Y": an edge X → Y, stated by P in a position. */
export interface SequencingEdge {
  from: string;
  to: string;
  partyId: string;
  position: Position;
}

/** Where a granter stands on an issue: stated, implied by a demand that excludes it, or silent. */
export interface GranterStance {
  granterId: string;
  stance: Stance | undefined;
  /** The position that states it, or that implies it. */
  position?: Position;
  /** Set when the stance is implied by a demand for an issue that excludes this one. */
  impliedBy?: string;
}

/** Why a chain ends where it does. */
export interface ChainEnd {
  class: ChainClass;
  /** Issue ids from the start to where the chain ends (for a deadlock, back to the repeated issue). */
  path: string[];
  /** The granters' stances on the last issue of the path (blocked, open, unknown). */
  granters: GranterStance[];
  /** Set when nobody is named as granting the last issue. */
  unknownGranter?: boolean;
}

/** The verdict on one issue that waits for others. */
export interface IssueVerdict {
  issueId: string;
  class: ChainClass;
  /** The worst chain from this issue. */
  chain: ChainEnd;
  /** One line, e.g. "blocked: Hostage release waits for Permanent ceasefire, which Israel rejects". */
  text: string;
}

/** The graph of conditions between issues, as of a date, with a verdict for each conditioned issue. */
export interface SequencingGraph {
  asOf: string | undefined;
  edges: SequencingEdge[];
  /** Issues that wait for others, or that others wait for. */
  issueIds: string[];
  verdicts: Map<string, IssueVerdict>;
  /** Granters' stances by issue id, for the issues the chains reach. */
  granterStances: Map<string, GranterStance[]>;
}

const ACCEPTING = new Set<Stance>(['support', 'demand']);
const REFUSING = new Set<Stance>(['reject', 'oppose']);

/**
 * Builds the sequencing graph from the positions as of `asOf` and classifies every
 * chain of conditions: open (each condition is supported or demanded by its granter),
 * blocked (a chain reaches an issue its granter opposes or rejects), deadlock (a chain
 * reaches a cycle of conditions), unknown (a condition nobody grants, or on which its
 * granter is silent or only open).
 */
export function buildSequencingGraph(dataset: Dataset, asOf?: string): SequencingGraph {
  const latest = selectLatestPartyPositions(dataset, asOf);
  const partyOf = makePartyResolver(dataset);
  const issues = new Map<string, Issue>(dataset.issues.map((i) => [i.id, i]));
  const parties = dataset.actors.filter((a) => a.kind === 'party').map((a) => a.id);

  const edges: SequencingEdge[] = [];
  const edgesFrom = new Map<string, SequencingEdge[]>();
  for (const position of latest.values()) {
    const to = position.condition?.issueId;
    if (position.stance !== 'conditional' || to === undefined || to === position.issueId) continue;
    const edge = { from: position.issueId, to, partyId: partyOf(position.actorId), position };
    edges.push(edge);
    edgesFrom.set(edge.from, [...(edgesFrom.get(edge.from) ?? []), edge]);
  }

  // A demand for Z that excludes Y implies opposing Y: "adamant about wiping out Hamas" vs a permanent ceasefire.
  const excludedBy = new Map<string, Issue[]>();
  for (const issue of dataset.issues) {
    for (const excluded of issue.excludes ?? [])
      excludedBy.set(excluded, [...(excludedBy.get(excluded) ?? []), issue]);
  }
  const grantersOf = (issueId: string): string[] | undefined => {
    const grantedBy = issues.get(issueId)?.grantedBy;
    if (grantedBy === undefined) return undefined;
    return grantedBy === 'mutual' ? parties : grantedBy;
  };
  const granterStances = new Map<string, GranterStance[]>();
  const stancesOn = (issueId: string): GranterStance[] => {
    const known = granterStances.get(issueId);
    if (known) return known;
    const stances = (grantersOf(issueId) ?? []).map((granterId): GranterStance => {
      const stated = latest.get(partyIssueKey(granterId, issueId));
      if (stated) return { granterId, stance: stated.stance, position: stated };
      for (const excluder of excludedBy.get(issueId) ?? []) {
        const demand = latest.get(partyIssueKey(granterId, excluder.id));
        if (demand && ACCEPTING.has(demand.stance)) {
          return { granterId, stance: 'oppose', position: demand, impliedBy: excluder.id };
        }
      }
      return { granterId, stance: undefined };
    });
    granterStances.set(issueId, stances);
    return stances;
  };

  /** How a chain fares on reaching `issueId`, from its granters' stances alone. */
  const granterEnd = (
    issueId: string,
    path: string[],
  ): ChainEnd | { follow: string[]; silent: boolean } => {
    const granters = grantersOf(issueId);
    if (granters === undefined || granters.length === 0) {
      return { class: 'unknown', path, granters: [], unknownGranter: true };
    }
    const stances = stancesOn(issueId);
    if (stances.some((g) => g.stance !== undefined && REFUSING.has(g.stance)))
      return { class: 'blocked', path, granters: stances };
    if (stances.every((g) => g.stance !== undefined && ACCEPTING.has(g.stance)))
      return { class: 'open', path, granters: stances };
    const conditional = stances.filter((g) => g.stance === 'conditional').map((g) => g.granterId);
    if (conditional.length === 0) return { class: 'unknown', path, granters: stances };
    return {
      follow: conditional,
      silent: stances.some((g) => g.stance === undefined || g.stance === 'open'),
    };
  };

  /**
   * The worst end of every chain from `start`: its own conditions (any party's), then, at
   * each issue reached, its granters' stances, or the conditions its granters set.
   * A depth-first search with three states: an issue met again while still on the
   * stack closes a cycle (deadlock); a finished issue's end does not depend on the path.
   */
  const classifyFrom = (start: string): ChainEnd => {
    const state = new Map<string, 'active' | ChainEnd>();
    const visit = (issueId: string, path: string[], onlyParties?: readonly string[]): ChainEnd => {
      const known = state.get(issueId);
      if (known === 'active') return { class: 'deadlock', path: [...path, issueId], granters: [] };
      if (known) return known;
      state.set(issueId, 'active');
      const here = [...path, issueId];
      let end: ChainEnd;
      const followEdges = (parties?: readonly string[]): ChainEnd | undefined => {
        let worst: ChainEnd | undefined;
        for (const edge of edgesFrom.get(issueId) ?? []) {
          if (parties && !parties.includes(edge.partyId)) continue;
          const next = visit(edge.to, here);
          if (!worst || SEVERITY[next.class] > SEVERITY[worst.class]) worst = next;
          if (worst.class === 'deadlock') break;
        }
        return worst;
      };
      if (onlyParties === undefined && issueId === start) {
        end = followEdges() ?? { class: 'open', path: here, granters: [] };
      } else {
        const byGranters = granterEnd(issueId, here);
        if ('class' in byGranters) end = byGranters;
        else {
          const onward = followEdges(byGranters.follow);
          // A condition given only as text has nothing to follow: its outcome is unknown.
          end = onward ?? { class: 'unknown', path: here, granters: stancesOn(issueId) };
          if (byGranters.silent && SEVERITY[end.class] < SEVERITY.unknown) {
            end = { class: 'unknown', path: here, granters: stancesOn(issueId) };
          }
        }
      }
      state.set(issueId, end);
      return end;
    };
    return visit(start, []);
  };

  const verdicts = new Map<string, IssueVerdict>();
  for (const issueId of edgesFrom.keys()) {
    const chain = classifyFrom(issueId);
    verdicts.set(issueId, {
      issueId,
      class: chain.class,
      chain,
      text: describeChain(chain, dataset),
    });
  }
  const issueIds = [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  for (const id of issueIds) stancesOn(id);
  return { asOf, edges, issueIds, verdicts, granterStances };
}

/** A verdict in words: "blocked: Hostage release waits for Permanent ceasefire, which Israel rejects". */
export function describeChain(chain: ChainEnd, dataset: Dataset): string {
  const label = (id: string) => dataset.issues.find((i) => i.id === id)?.label ?? id;
  const name = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  const [first, ...rest] = chain.path;
  const waits = rest
    .map((id, i) => (i === 0 ? ` waits for ${label(id)}` : `, which waits for ${label(id)}`))
    .join('');
  const head = `${chain.class}: ${label(first ?? '')}${waits}`;
  if (chain.class === 'deadlock') return head;
  if (chain.unknownGranter) return `${head}, which no party is named as granting (unknown granter)`;
  const described = chain.granters.map((g) => {
    if (g.stance === undefined) return `${name(g.granterId)} has not taken a position on`;
    const verb = STANCE_VERB[g.stance];
    return g.impliedBy
      ? `${name(g.granterId)} ${verb} (implied by its demand for ${label(g.impliedBy)})`
      : `${name(g.granterId)} ${verb}`;
  });
  return described.length > 0 ? `${head}, which ${described.join(' and ')}` : head;
}

const STANCE_VERB: Record<Stance, string> = {
  reject: 'rejects',
  oppose: 'opposes',
  open: 'is only open to',
  conditional: 'accepts only on conditions',
  support: 'supports',
  demand: 'demands',
};
