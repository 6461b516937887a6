import { useId } from 'react';
import type { ChainClass } from '../../analysis/sequencing.ts';
import type {
  PlacedConditionEdge,
  PlacedIssueNode,
  SequencingLayout,
} from '../../layout/sequencing-layout.ts';
import { CHAIN_CLASS_STYLES } from '../../layout/sequencing-layout.ts';

interface ChartProps {
  layout: SequencingLayout;
  selected: { kind: 'position'; id: string } | { kind: 'issue'; id: string } | undefined;
  onSelectIssue: (issueId: string) => void;
  onSelectEdge: (positionId: string) => void;
}

const CLASSES = Object.keys(CHAIN_CLASS_STYLES) as ChainClass[];

function EdgeButton({
  edge,
  selected,
  onSelect,
}: {
  edge: PlacedConditionEdge;
  selected: boolean;
  onSelect: (positionId: string) => void;
}) {
  return (
    <button
      type="button"
      className={`sequencing-edge__label sequencing-edge__label--${edge.class}`}
      style={{ left: edge.labelX, top: edge.labelY }}
      aria-label={edge.name}
      aria-pressed={selected}
      title={edge.name}
      onClick={() => onSelect(edge.positionId)}
    >
      {edge.partyName}
    </button>
  );
}

function NodeButton({
  node,
  selected,
  onSelect,
}: {
  node: PlacedIssueNode;
  selected: boolean;
  onSelect: (issueId: string) => void;
}) {
  const style = CHAIN_CLASS_STYLES[node.class];
  return (
    <button
      type="button"
      className={`sequencing-node sequencing-node--${node.class}`}
      style={{
        left: node.x,
        top: node.y,
        width: node.width,
        height: node.height,
        background: style.fill,
        borderColor: style.stroke,
      }}
      aria-label={node.name}
      aria-pressed={selected}
      title={node.status}
      onClick={() => onSelect(node.issueId)}
    >
      <span className="sequencing-node__label">{node.label}</span>
      <span className="sequencing-node__status">
        <span className="sequencing-node__glyph" style={{ color: style.stroke }} aria-hidden="true">
          {style.glyph}
        </span>{' '}
        {node.shortStatus}
      </span>
    </button>
  );
}

/**
 * Draws a placed sequencing graph: edges as SVG paths with arrowheads (decorative), issues and
 * conditions as buttons on top, in a list per issue so the tab order follows the graph: each
 * issue, then the conditions it waits for.
 */
export function SequencingChart({ layout, selected, onSelectIssue, onSelectEdge }: ChartProps) {
  // useId's characters are not all valid in a url(#…) reference.
  const idPrefix = `sequencing-${useId().replace(/[^\w-]/g, '')}`;
  const edgesFrom = new Map<string, PlacedConditionEdge[]>();
  for (const edge of layout.edges) {
    edgesFrom.set(edge.from, [...(edgesFrom.get(edge.from) ?? []), edge]);
  }
  return (
    <div className="sequencing__chart" style={{ width: layout.width, height: layout.height }}>
      <svg
        className="sequencing__svg"
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          {CLASSES.map((cls) => (
            <marker
              key={cls}
              id={`${idPrefix}-arrow-${cls}`}
              viewBox="0 0 10 10"
              refX={9}
              refY={5}
              markerUnits="userSpaceOnUse"
              markerWidth={12}
              markerHeight={12}
              orient="auto-start-reverse"
            >
              <path d="M0,0L10,5L0,10z" fill={CHAIN_CLASS_STYLES[cls].stroke} />
            </marker>
          ))}
        </defs>
        {layout.edges.map((edge) => (
          <path
            key={edge.key}
            className={`sequencing-edge sequencing-edge--${edge.class}${
              edge.back ? ' sequencing-edge--back' : ''
            }${selected?.kind === 'position' && selected.id === edge.positionId ? ' sequencing-edge--selected' : ''}`}
            d={edge.path}
            stroke={CHAIN_CLASS_STYLES[edge.class].stroke}
            markerEnd={`url(#${idPrefix}-arrow-${edge.class})`}
          />
        ))}
      </svg>
      <ul className="sequencing__items" aria-label="Issues and the conditions they wait for">
        {layout.nodes.map((node) => {
          const edges = edgesFrom.get(node.issueId) ?? [];
          return (
            <li key={node.key}>
              <NodeButton
                node={node}
                selected={selected?.kind === 'issue' && selected.id === node.issueId}
                onSelect={onSelectIssue}
              />
              {edges.length > 0 && (
                <ul aria-label={`Conditions on ${node.label}`}>
                  {edges.map((edge) => (
                    <li key={edge.key}>
                      <EdgeButton
                        edge={edge}
                        selected={selected?.kind === 'position' && selected.id === edge.positionId}
                        onSelect={onSelectEdge}
                      />
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
