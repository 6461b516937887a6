import { buildPartyComparison } from '../domain/compare-parties.ts';
import type { ComparisonRow } from '../domain/compare-parties.ts';
import { memo, selectAsOf, selectIndex } from './selectors.ts';

// Apart from selectors.ts, which the first paint loads: only the lazily loaded comparison and
// its export read these.

/** The two parties compared: the chosen pair, else the first two parties of the case. */
export const selectComparePair = memo(
  (s) => [selectIndex(s), s.compare],
  (index, compare): readonly [string, string] | undefined => {
    if (compare) return compare;
    const [a, b] = index?.partyRows ?? [];
    return a && b ? [a.id, b.id] : undefined;
  },
);

/** The comparison of the two parties, issue by issue, as of the matrix's date options. */
export const selectComparison = memo(
  (s) => [selectIndex(s), selectComparePair(s), selectAsOf(s), s.range],
  (index, pair, asOf, range): readonly ComparisonRow[] =>
    index && pair ? buildPartyComparison(index, pair[0], pair[1], asOf, range) : [],
);
