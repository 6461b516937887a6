import { explainComparisonRow, RELATION_WORDS } from '../../domain/compare-parties.ts';
import { selectComparePair, selectComparison } from '../../store/compare-selectors.ts';
import { selectAsOf, selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { StanceBadge } from '../shared/stance-badge.tsx';

/**
 * Compare two parties: per issue, whether they agree, conflict, or one's condition depends on
 * the other's stance — where a deal could be. Uses the matrix's as-of date and date range.
 */
export function CompareParties() {
  const index = useDashboard(selectIndex);
  const pair = useDashboard(selectComparePair);
  const rows = useDashboard(selectComparison);
  const asOf = useDashboard(selectAsOf);
  const setCompare = useDashboard((s) => s.setCompare);
  if (!index) return null;
  const parties = index.partyRows;
  const heading = (
    <h2 id="compare-heading" className="compare__heading">
      Compare two parties
    </h2>
  );
  if (!pair) {
    return (
      <section className="panel compare-panel">
        {heading}
        <p>This case has fewer than two parties to compare.</p>
      </section>
    );
  }
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  const names = [name(pair[0]), name(pair[1])] as const;
  const choose = (side: 0 | 1, id: string) => {
    const other = pair[side === 0 ? 1 : 0];
    // Picking the other side's party swaps the two.
    if (id === other) setCompare(side === 0 ? [id, pair[0]] : [pair[1], id]);
    else setCompare(side === 0 ? [id, other] : [other, id]);
  };
  const counts = new Map<string, number>();
  for (const row of rows) {
    const word = RELATION_WORDS[row.relation];
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return (
    <section className="panel compare-panel">
      {heading}
      <div className="compare__pickers">
        {([0, 1] as const).map((side) => (
          <label key={side}>
            {side === 0 ? 'First party' : 'Second party'}
            <select value={pair[side]} onChange={(e) => choose(side, e.target.value)}>
              {parties.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      <p className="compare__summary">
        {asOf ? `As of ${asOf}: ` : ''}
        {[...counts].map(([word, n]) => `${word}: ${n}`).join(' · ')}
      </p>
      {/* Focusable so that keyboard users can scroll the table sideways on narrow screens; a named
          region, since a focusable element needs a role that says what it is. */}
      <div className="compare__scroll" tabIndex={0} role="region" aria-label="Comparison by issue">
        <table className="compare-table">
          <caption className="sr-only">
            {names[0]} and {names[1]} compared issue by issue
          </caption>
          <thead>
            <tr>
              <th scope="col">Issue</th>
              <th scope="col">{names[0]}</th>
              <th scope="col">{names[1]}</th>
              <th scope="col">Where they stand</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.issue.id} className={`compare-table__row--${row.relation}`}>
                <th scope="row">{row.issue.label}</th>
                <td>
                  <StanceBadge position={row.first} issuesById={index.issuesById} />
                </td>
                <td>
                  <StanceBadge position={row.second} issuesById={index.issuesById} />
                </td>
                <td>
                  <strong className={`relation relation--${row.relation}`}>
                    {RELATION_WORDS[row.relation]}
                  </strong>
                  <span className="relation__why">
                    {' '}
                    {explainComparisonRow(row, names, index.issuesById)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
