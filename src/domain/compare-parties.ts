import type { Issue, Position } from './dataset.ts';
import { describeCondition } from './describe.ts';
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

/** The words of each relation, as the comparison view says them. */
export const RELATION_WORDS: Readonly<Record<Relation, string>> = {
  agree: 'Agree',
  conflict: 'Conflict',
  depends: 'Depends on a condition',
  'only-first': 'One side only',
  'only-second': 'One side only',
  none: 'Neither has stated a position',
};

/** Why a row has its relation, in one or two sentences. */
export function explainComparisonRow(
  row: ComparisonRow,
  names: readonly [string, string],
  issuesById: ReadonlyMap<string, Issue>,
): string {
  const [a, b] = names;
  const parts: string[] = [];
  if (row.relation === 'agree') parts.push('Both on the same side of the scale.');
  if (row.relation === 'conflict') parts.push('On opposite sides of the scale.');
  if (row.relation === 'only-first') parts.push(`Only ${a} has stated a position.`);
  if (row.relation === 'only-second') parts.push(`Only ${b} has stated a position.`);
  for (const d of row.dependencies) {
    const [who, other] = d.side === 'first' ? [a, b] : [b, a];
    const condition = describeCondition({ issueId: d.conditionIssueId }, issuesById);
    const theirs = d.otherOnCondition
      ? `${other} is at ${d.otherOnCondition.stance}`
      : `${other} has stated no position`;
    parts.push(`${who} waits on ${condition}, where ${theirs}.`);
  }
  return parts.join(' ');
}
