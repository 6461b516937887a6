import { useCallback } from 'react';
import type { ChainClass } from '../../analysis/sequencing.ts';
import { CHAIN_CLASS_MEANINGS } from '../../layout/chain-class-style.ts';
import { CHAIN_CLASS_STYLES, describeSequencing } from '../../layout/sequencing-layout.ts';
import { selectSequencingGraph } from '../../store/analysis-selectors.ts';
import { selectSequencingLayout } from '../../store/sequencing-selectors.ts';
import { selectAsOf, selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { SequencingChart } from './sequencing-chart.tsx';

/**
 * The region "Sequencing": which demands block each other. Issues are nodes in layers, from
 * those that wait (left) to what they wait for (right); a condition "P accepts X only once Y"
 * is an arrow X → Y labelled with P. Every node and arrow is a button that shows its
 * evidence in the evidence panel. `embedded` shows the heading to screen readers only.
 */
export function SequencingView({ embedded = false }: { embedded?: boolean }) {
  const index = useDashboard(selectIndex);
  const graph = useDashboard(selectSequencingGraph);
  const asOf = useDashboard(selectAsOf);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const layout = useDashboard(selectSequencingLayout);
  const onSelectIssue = useCallback(
    (issueId: string) => select({ kind: 'issue', issueId }),
    [select],
  );
  const onSelectEdge = useCallback(
    (positionId: string) => select({ kind: 'position', positionId }),
    [select],
  );
  if (!index || !graph || !layout) return null;

  const verdicts = [...graph.verdicts.values()];
  const selected =
    selection?.kind === 'position'
      ? ({ kind: 'position', id: selection.positionId } as const)
      : selection?.kind === 'issue'
        ? ({ kind: 'issue', id: selection.issueId } as const)
        : undefined;

  return (
    <section className="panel sequencing-panel" aria-labelledby="sequencing-heading">
      <h2 id="sequencing-heading" className={embedded ? 'sr-only' : undefined}>
        Sequencing
      </h2>
      {graph.edges.length === 0 ? (
        <p className="sequencing__summary" role="status">
          {describeSequencing(layout, verdicts, asOf)}
        </p>
      ) : (
        <>
          <p className="sequencing__summary">
            {describeSequencing(layout, verdicts, asOf)}
            {/* An embed has no evidence panel: its link to the dashboard says where to read it. */}
            {!embedded && ' Select an issue or a party label to read the evidence.'}
          </p>
          <div className="sequencing__scroll">
            <SequencingChart
              layout={layout}
              selected={selected}
              onSelectIssue={onSelectIssue}
              onSelectEdge={onSelectEdge}
            />
          </div>
          <h3 className="sequencing__subheading">Verdicts</h3>
          <ul className="sequencing__verdicts">
            {verdicts.map((v) => {
              const style = CHAIN_CLASS_STYLES[v.class];
              return (
                <li
                  key={v.issueId}
                  className={`sequencing__verdict sequencing__verdict--${v.class}`}
                >
                  <span
                    className="sequencing__verdict-glyph"
                    style={{ color: style.stroke }}
                    aria-hidden="true"
                  >
                    {style.glyph}
                  </span>{' '}
                  {v.text}
                </li>
              );
            })}
          </ul>
        </>
      )}
      <ul className="sequencing__legend" aria-label="Legend">
        {(Object.keys(CHAIN_CLASS_STYLES) as ChainClass[]).map((cls) => {
          const style = CHAIN_CLASS_STYLES[cls];
          return (
            <li key={cls}>
              <span
                className="sequencing__swatch"
                style={{ background: style.fill, borderColor: style.stroke, color: style.stroke }}
                aria-hidden="true"
              >
                {style.glyph}
              </span>
              <strong>{style.label}</strong>: {CHAIN_CLASS_MEANINGS[cls]}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
