import { useCallback } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { DayRange, PositionMatrix } from '../../domain/position-matrix.ts';
import {
  selectAsOf,
  selectIndex,
  selectPartyScope,
  selectPositionMatrix,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { selectAnalysedMatrixRows } from '../../store/analysis-selectors.ts';
import { AnalysisControls } from '../change/analysis-controls.tsx';
import { EmptyState } from '../shared/empty-state.tsx';
import { allMediatorsHidden, describeShownMediators } from '../shared/mediator-words.ts';
import { MatrixGrid } from './matrix-grid.tsx';
import { MatrixLegend } from './matrix-legend.tsx';
import { MatrixToolbar } from './matrix-toolbar.tsx';

/** The grid's caption: the as-of date, the date range, and how many cells hold a position. */
export function describeMatrixCaption(
  matrix: PositionMatrix,
  asOf: string | undefined,
  range: DayRange | null,
  change?: DayRange,
): string {
  const total = matrix.rows.length * matrix.columns.length;
  const when = asOf ? ` as of ${asOf}` : '';
  const within = range ? `, counting positions stated from ${range.from} to ${range.to}` : '';
  const cells = `${matrix.filledCount} of ${total} cell${total === 1 ? '' : 's'} hold a position.`;
  const changes = change
    ? ` Cells that changed between ${change.from} and ${change.to} show an arrow and both stances; unchanged ones are grey.`
    : '';
  return `Latest stated position of each party${when}${within}. ${cells}${changes}`;
}

function emptyReason(
  matrix: PositionMatrix,
  index: DatasetIndex,
  hiddenMediators: readonly string[],
  hiddenParties: readonly string[],
  scoped: boolean,
): string | undefined {
  if (matrix.columns.length === 0) return 'Every issue is unselected in the filters.';
  if (matrix.rows.length > 0) return undefined;
  if (allMediatorsHidden(index, hiddenMediators))
    return 'No mediator is selected, so no party engaged through a mediator is shown. Select a mediator in the filters.';
  if (scoped)
    return 'No shown party took part in a meeting of the selected mediators. Select more mediators or parties.';
  if (hiddenParties.length > 0) return 'Every party is unselected in the filters.';
  return 'This case has no parties.';
}

/**
 * The matrix section: sorting, a note on the parties shown, the grid and its legend.
 * `embedded` (embed mode) leaves out the controls and shows the heading to screen readers only:
 * the embed's own heading names the view.
 */
export function PositionsMatrix({ embedded = false }: { embedded?: boolean }) {
  const index = useDashboard(selectIndex);
  const matrix = useDashboard(selectPositionMatrix);
  const layout = useDashboard(selectAnalysedMatrixRows);
  const scope = useDashboard(selectPartyScope);
  const asOf = useDashboard(selectAsOf);
  const range = useDashboard((s) => s.range);
  const hiddenMediators = useDashboard((s) => s.hiddenMediators);
  const hiddenParties = useDashboard((s) => s.hiddenParties);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const toggleExpanded = useDashboard((s) => s.toggleExpanded);
  const onSelect = useCallback(
    (rowId: string, issueId: string) => select({ kind: 'cell', rowId, issueId }),
    [select],
  );
  if (!index || !matrix || !layout) return null;

  const reason = emptyReason(matrix, index, hiddenMediators, hiddenParties, scope !== null);
  let scopeNote: string | undefined;
  if (scope !== null && !allMediatorsHidden(index, hiddenMediators)) {
    const { mediators, withoutMediator } = describeShownMediators(index, hiddenMediators);
    const held = [
      mediators && `mediated by ${mediators}`,
      withoutMediator && 'held without a mediator',
    ].filter(Boolean);
    scopeNote = `Showing only the parties engaged through these mediators: those that took part in meetings ${held.join(' or ')}.`;
  }

  return (
    <section className="panel matrix-panel" aria-labelledby="matrix-heading">
      <h2 id="matrix-heading" className={embedded ? 'sr-only' : undefined}>
        Positions
      </h2>
      {!embedded && <MatrixToolbar />}
      {!embedded && <AnalysisControls />}
      {scopeNote && <p className="matrix-panel__scope">{scopeNote}</p>}
      {reason ? (
        <EmptyState message={reason} />
      ) : (
        <MatrixGrid
          layout={layout}
          caption={describeMatrixCaption(matrix, asOf, range, layout.change)}
          selected={selection?.kind === 'cell' ? selection : undefined}
          onSelect={onSelect}
          onToggleRow={toggleExpanded}
        />
      )}
      <MatrixLegend />
    </section>
  );
}
