import { linkHorizontal } from 'd3-shape';
import type { ChainClass, IssueVerdict, SequencingGraph } from '../analysis/sequencing.ts';
import type { Actor, Issue } from '../domain/dataset.ts';
import { CHAIN_CLASS_STYLES } from './chain-class-style.ts';
import { describeGranters } from '../analysis/describe-granters.ts';

export { describeGranters };

/** Sizes of the sequencing graph's parts, in pixels. */
export interface SequencingSize {
  nodeWidth: number;
  nodeHeight: number;
  /** Horizontal room between layers, where the edges and their party labels go. */
  layerGap: number;
  rowGap: number;
  margin: number;
}

/** The sizes the screen and the exports use unless told otherwise. */
export const DEFAULT_SEQUENCING_SIZE: SequencingSize = {
  nodeWidth: 208,
  nodeHeight: 100,
  layerGap: 150,
  rowGap: 28,
  margin: 16,
};

export { CHAIN_CLASS_STYLES };

/** An issue placed as a node. */
export interface PlacedIssueNode {
  key: string;
  issueId: string;
  label: string;
  /** Column, from the issues that wait (left) to what they wait for (right). */
  layer: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** The verdict's class when the issue waits for others; else how its granters stand. */
  class: ChainClass;
  /** The verdict, or the granters' stances, in full. */
  status: string;
  /** The status without the issue's own label, drawn under the label ("blocked — waits for …"). */
  shortStatus: string;
  /**
   * The accessible name: the issue and its status, holding the node's visible text
   * ("Captives — blocked: waits for Ceasefire, which North rejects").
   */
  name: string;
  /** Whether the issue waits for others (has a verdict of its own). */
  waits: boolean;
}

/** A condition placed as an edge: "P accepts X only once Y", drawn X → Y. */
export interface PlacedConditionEdge {
  key: string;
  positionId: string;
  partyId: string;
  partyName: string;
  from: string;
  to: string;
  /** SVG path data, ending at the target's border (the arrowhead's tip). */
  path: string;
  /** Where the party's label (the edge's button) is centred. */
  labelX: number;
  labelY: number;
  /** Whether it runs back against the layers (a cycle). */
  back: boolean;
  /** The class of what the edge leads to. */
  class: ChainClass;
  /** The accessible name: "Hamas: Release of captives held in Gaza waits for Permanent ceasefire". */
  name: string;
}

/** The sequencing graph placed on a plane: what the screen renders. */
export interface SequencingLayout {
  width: number;
  height: number;
  layers: number;
  nodes: readonly PlacedIssueNode[];
  edges: readonly PlacedConditionEdge[];
}

/**
 * Longest-path layering: an issue sits one layer right of the furthest issue that waits for
 * it. Edges that close a cycle (found by a depth-first search in the graph's order) are left
 * out of the layering and drawn as back edges.
 */
export function assignLayers(
  issueIds: readonly string[],
  edges: readonly { from: string; to: string }[],
): { layer: Map<string, number>; backEdges: Set<number> } {
  const out = new Map<string, { to: string; i: number }[]>(issueIds.map((id) => [id, []]));
  edges.forEach((e, i) => out.get(e.from)?.push({ to: e.to, i }));
  const state = new Map<string, 'active' | 'done'>();
  const backEdges = new Set<number>();
  const order: string[] = [];
  // Iterative, so a long chain cannot overflow the stack.
  for (const root of issueIds) {
    if (state.has(root)) continue;
    const stack: { id: string; next: number }[] = [{ id: root, next: 0 }];
    state.set(root, 'active');
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as { id: string; next: number };
      const outs = out.get(top.id) ?? [];
      if (top.next < outs.length) {
        const edge = outs[top.next++] as { to: string; i: number };
        const seen = state.get(edge.to);
        if (seen === 'active') backEdges.add(edge.i);
        else if (seen === undefined && out.has(edge.to)) {
          state.set(edge.to, 'active');
          stack.push({ id: edge.to, next: 0 });
        }
      } else {
        state.set(top.id, 'done');
        order.push(top.id);
        stack.pop();
      }
    }
  }
  // `order` is a post-order: reversed, it is a topological order of the forward edges.
  const layer = new Map<string, number>(issueIds.map((id) => [id, 0]));
  for (const id of order.reverse()) {
    const here = layer.get(id) ?? 0;
    for (const e of out.get(id) ?? []) {
      if (backEdges.has(e.i)) continue;
      if ((layer.get(e.to) ?? 0) < here + 1) layer.set(e.to, here + 1);
    }
  }
  return { layer, backEdges };
}

/**
 * Orders the issues within each layer to shorten edges: each layer sorted by the mean row of
 * its neighbours in the layer before (then after), a few sweeps of the barycenter heuristic.
 */
function orderLayers(
  layer: ReadonlyMap<string, number>,
  issueIds: readonly string[],
  edges: readonly { from: string; to: string }[],
): string[][] {
  const count = Math.max(0, ...layer.values()) + 1;
  const layers: string[][] = Array.from({ length: count }, () => []);
  for (const id of issueIds) layers[layer.get(id) ?? 0]?.push(id);
  const neighbours = new Map<string, string[]>(issueIds.map((id) => [id, []]));
  for (const e of edges) {
    neighbours.get(e.from)?.push(e.to);
    neighbours.get(e.to)?.push(e.from);
  }
  const rowOf = new Map<string, number>();
  const remember = () => layers.forEach((ids) => ids.forEach((id, r) => rowOf.set(id, r)));
  remember();
  const sweep = (from: number, to: number, step: number) => {
    for (let l = from; l !== to; l += step) {
      const ids = layers[l];
      if (!ids) continue;
      const before = l - step;
      const key = new Map(
        ids.map((id, r) => {
          const rows = (neighbours.get(id) ?? [])
            .filter((n) => layer.get(n) === before)
            .map((n) => rowOf.get(n) ?? 0);
          return [id, rows.length ? rows.reduce((a, b) => a + b, 0) / rows.length : r] as const;
        }),
      );
      // Array.prototype.sort is stable: ties keep the previous order.
      ids.sort((a, b) => (key.get(a) ?? 0) - (key.get(b) ?? 0));
      remember();
    }
  };
  for (let i = 0; i < 2; i++) {
    sweep(1, count, 1);
    sweep(count - 2, -1, -1);
  }
  return layers;
}

/** Places the sequencing graph: issues as nodes in layers, conditions as edges between them. */
export function layoutSequencing(
  graph: SequencingGraph,
  issuesById: ReadonlyMap<string, Issue>,
  actorsById: ReadonlyMap<string, Actor>,
  size: SequencingSize = DEFAULT_SEQUENCING_SIZE,
): SequencingLayout {
  const label = (id: string) => issuesById.get(id)?.label ?? id;
  const name = (id: string) => actorsById.get(id)?.name ?? id;
  const { layer, backEdges } = assignLayers(graph.issueIds, graph.edges);
  const layers = graph.issueIds.length ? orderLayers(layer, graph.issueIds, graph.edges) : [];
  const tallest = Math.max(0, ...layers.map((ids) => ids.length));
  const columnStep = size.nodeWidth + size.layerGap;
  const rowStep = size.nodeHeight + size.rowGap;
  const bodyHeight = tallest * rowStep - size.rowGap;
  // Back edges bend below the nodes: leave room for them.
  const backRoom = backEdges.size > 0 ? 40 + 12 * backEdges.size : 0;

  const nodes: PlacedIssueNode[] = [];
  const byId = new Map<string, PlacedIssueNode>();
  layers.forEach((ids, l) => {
    const top = size.margin + (bodyHeight - (ids.length * rowStep - size.rowGap)) / 2;
    ids.forEach((issueId, r) => {
      const verdict = graph.verdicts.get(issueId);
      const granters = describeGranters(graph.granterStances.get(issueId), name, label);
      const status = verdict ? verdict.text : `${granters.class}: ${granters.text}`;
      const prefix = `${verdict?.class}: ${label(issueId)}`;
      // The verdict without its repeated label: " waits for …".
      const rest = verdict?.text.startsWith(prefix) ? verdict.text.slice(prefix.length) : undefined;
      const shortStatus = verdict
        ? rest !== undefined
          ? `${verdict.class} —${rest}`
          : verdict.text
        : `${granters.class} — ${granters.text}`;
      const node: PlacedIssueNode = {
        key: issueId,
        issueId,
        label: label(issueId),
        layer: l,
        x: size.margin + l * columnStep,
        y: top + r * rowStep,
        width: size.nodeWidth,
        height: size.nodeHeight,
        class: verdict ? verdict.class : granters.class,
        status,
        shortStatus,
        // What the node shows, word for word (WCAG 2.5.3, label in name); the full verdict,
        // which repeats the label, is its description (the button's title).
        name: `${label(issueId)} — ${verdict && rest !== undefined ? `${verdict.class}:${rest}` : status}`,
        waits: verdict !== undefined,
      };
      nodes.push(node);
      byId.set(issueId, node);
    });
  });

  // Several parties may state the same condition: spread their edges apart.
  const pairCount = new Map<string, number>();
  const pairSeen = new Map<string, number>();
  for (const e of graph.edges) {
    const pair = `${e.from}\u0000${e.to}`;
    pairCount.set(pair, (pairCount.get(pair) ?? 0) + 1);
  }
  const link = linkHorizontal<
    { source: [number, number]; target: [number, number] },
    [number, number]
  >();
  let backIndex = 0;
  const edges: PlacedConditionEdge[] = [];
  graph.edges.forEach((e, i) => {
    const from = byId.get(e.from);
    const to = byId.get(e.to);
    if (!from || !to) return;
    const pair = `${e.from}\u0000${e.to}`;
    const k = pairSeen.get(pair) ?? 0;
    pairSeen.set(pair, k + 1);
    const offset = (k - ((pairCount.get(pair) ?? 1) - 1) / 2) * 14;
    const back = backEdges.has(i) || to.layer <= from.layer;
    let path: string;
    let labelX: number;
    let labelY: number;
    if (back) {
      // From the bottom of the waiting issue, down and round to the bottom of what it waits for.
      const depth = 36 + 12 * backIndex++;
      const x1 = from.x + from.width / 2 + offset;
      const y1 = from.y + from.height;
      const x2 = to.x + to.width / 2 + offset + (to === from ? 24 : 0);
      const y2 = to.y + to.height;
      path = `M${x1},${y1}C${x1},${y1 + depth * 1.33} ${x2},${y2 + depth * 1.33} ${x2},${y2 + 2}`;
      labelX = (x1 + x2) / 2;
      labelY = (y1 + y2) / 2 + depth;
    } else {
      const source: [number, number] = [from.x + from.width, from.y + from.height / 2 + offset];
      const target: [number, number] = [to.x - 2, to.y + to.height / 2 + offset];
      path = link({ source, target }) ?? '';
      labelX = (source[0] + target[0]) / 2;
      labelY = (source[1] + target[1]) / 2;
    }
    edges.push({
      key: `${e.position.id}\u0000${i}`,
      positionId: e.position.id,
      partyId: e.partyId,
      partyName: name(e.partyId),
      from: e.from,
      to: e.to,
      path,
      labelX,
      labelY,
      back,
      class: to.class,
      name: `${name(e.partyId)}: ${label(e.from)} waits for ${label(e.to)}`,
    });
  });

  return {
    width: layers.length ? 2 * size.margin + layers.length * columnStep - size.layerGap : 0,
    height: layers.length ? 2 * size.margin + bodyHeight + backRoom : 0,
    layers: layers.length,
    nodes,
    edges,
  };
}

/** The line over the graph, said by the view and its export: conditions, issues, verdicts by class. */
export function describeSequencing(
  layout: SequencingLayout,
  verdicts: readonly IssueVerdict[],
  asOf: string | undefined,
): string {
  if (layout.edges.length === 0) {
    return `No party makes one issue wait for another${asOf ? ` as of ${asOf}` : ''}.`;
  }
  const counts = (Object.keys(CHAIN_CLASS_STYLES) as ChainClass[])
    .map((cls) => [cls, verdicts.filter((v) => v.class === cls).length] as const)
    .filter(([, n]) => n > 0)
    .map(([cls, n]) => `${n} ${cls}`);
  const conditions = `${layout.edges.length} condition${layout.edges.length === 1 ? '' : 's'}`;
  const waiting = `${verdicts.length} issue${verdicts.length === 1 ? ' waits' : 's wait'}`;
  return `${asOf ? `As of ${asOf}: ` : ''}${conditions} between ${layout.nodes.length} issues; ${waiting} for others (${counts.join(', ')}). An arrow from one issue to another reads “waits for”, labelled with the party that sets the condition.`;
}
