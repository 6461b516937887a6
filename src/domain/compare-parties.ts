import type { Issue, Position } from './dataset.ts';
import type { DatasetIndex } from './dataset-index.ts';
import { selectCellPositions } from './position-matrix.ts';
import type { DayRange } from './position-matrix.ts';
import type { Stance } from './stance.ts';

/**
 * How two parties stand on an issue: they agree (same side of the scale), conflict (opposite
 * sides), one's condition depends on the other's stance, only one has a position, or neither.
 */
export type Relation = 'agree' | 'conflict' | 'depends' | 'only-first' | 'only-second' | 'none';

/** A conditional position whose condition is an issue, with the other party's stance on it. */
export interface Dependency {
  /** Which side of the pair states the condition. */
  side: 'first' | 'second';
  conditionIssueId: string;
  /** The other party's current position on the condition's issue, if any. */
  otherOnCondition: Position | undefined;
}

/** One issue of a comparison. */
export interface ComparisonRow {
  issue: Issue;
  first: Position | undefined;
  second: Position | undefined;
  relation: Relation;
  dependencies: readonly Dependency[];
}

/** Which side of the stance scale a stance is on: refusing (reject, oppose) or accepting. */
export function stanceSide(stance: Stance): 'refuse' | 'accept' {
  return stance === 'reject' || stance === 'oppose' ? 'refuse' : 'accept';
}

/**
 * Compares two parties issue by issue as of a date: where they agree, conflict, or where one's
 * condition waits on the other's stance — where a deal could be.
 */
export function buildPartyComparison(
  index: DatasetIndex,
  firstId: string,
  secondId: string,
  asOf: string | undefined,
  range: DayRange | null,
  issues: readonly Issue[] = index.dataset.issues,
): ComparisonRow[] {
  const latest = (rowId: string, issueId: string) =>
    selectCellPositions(index, rowId, issueId, asOf, range)[0];
  return issues.map((issue) => {
    const first = latest(firstId, issue.id);
    const second = latest(secondId, issue.id);
    const dependencies: Dependency[] = [];
    for (const [side, position, otherId] of [
      ['first', first, secondId],
      ['second', second, firstId],
    ] as const) {
      const conditionIssueId = position?.condition?.issueId;
      if (conditionIssueId === undefined) continue;
      dependencies.push({
        side,
        conditionIssueId,
        otherOnCondition: latest(otherId, conditionIssueId),
      });
    }
    let relation: Relation;
    if (!first && !second) relation = 'none';
    else if (!second) relation = 'only-first';
    else if (!first) relation = 'only-second';
    else if (
      dependencies.length > 0 ||
      first.stance === 'conditional' ||
      second.stance === 'conditional'
    )
      relation = 'depends';
    else relation = stanceSide(first.stance) === stanceSide(second.stance) ? 'agree' : 'conflict';
    return { issue, first, second, relation, dependencies };
  });
}
