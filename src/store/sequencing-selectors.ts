import type { SequencingLayout } from '../layout/sequencing-layout.ts';
import { layoutSequencing } from '../layout/sequencing-layout.ts';
import { selectSequencingGraph } from './analysis-selectors.ts';
import { memo, selectIndex } from './selectors.ts';

// Apart from analysis-selectors.ts, which the matrix loads on first paint: the layout brings D3's shapes.

/** The sequencing graph placed as the view draws it; its export draws the same placement. */
export const selectSequencingLayout = memo(
  (s) => [selectSequencingGraph(s), selectIndex(s)],
  (graph, index): SequencingLayout | undefined =>
    graph && index && layoutSequencing(graph, index.issuesById, index.actorsById),
);
