import type { Dataset, Position } from '../domain/dataset.ts';
import { stanceRank } from '../domain/stance.ts';
import { latestByCell, numberCells } from './party-positions.ts';

/** How a cell moved between two dates. */
export type StanceChange = 'changed' | 'appeared' | 'disappeared' | 'unchanged';

/** One party's stance on one issue at two dates, with both positions as evidence. */
export interface CellChange {
  partyId: string;
  issueId: string;
  change: StanceChange;
  before?: Position;
  after?: Position;
  /** For a change: +1 toward demand on the stance scale, −1 toward reject, 0 for a new condition only. */
  direction: -1 | 0 | 1;
}

/**
 * Compares each party's latest stance on each issue as of `from` and as of `to`:
 * which cells changed stance (and which way on the scale), appeared or disappeared.
 * A later position with the same stance (and condition) is unchanged.
 */
export function compareStancesBetween(dataset: Dataset, from: string, to: string): CellChange[] {
  const [early, late] = from <= to ? [from, to] : [to, from];
  const numbering = numberCells(dataset);
  const [before = [], after = []] = latestByCell(dataset, numbering, [early, late]);
  const changes: CellChange[] = [];
  // Object literals, not spreads: spreading 10,000 cells cost more than the rest together.
  numbering.cells.forEach(({ partyId, issueId }, i) => {
    const b = before[i];
    const a = after[i];
    if (!b && a) {
      changes.push({ partyId, issueId, change: 'appeared', after: a, direction: 0 });
    } else if (b && !a) {
      changes.push({ partyId, issueId, change: 'disappeared', before: b, direction: 0 });
    } else if (a && b) {
      const same = a.stance === b.stance && sameCondition(a, b);
      const delta = Math.sign(stanceRank(a.stance) - stanceRank(b.stance)) as -1 | 0 | 1;
      changes.push({
        partyId,
        issueId,
        change: same ? 'unchanged' : 'changed',
        before: b,
        after: a,
        direction: same ? 0 : delta,
      });
    }
  });
  // By party, then issue, in code-unit order (stable across locales, and much faster).
  return changes.sort(
    (x, y) => compareIds(x.partyId, y.partyId) || compareIds(x.issueId, y.issueId),
  );
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sameCondition(a: Position, b: Position): boolean {
  return a.condition?.issueId === b.condition?.issueId && a.condition?.text === b.condition?.text;
}

/**
 * A change in words, for a cell's accessible name: "changed from open to demand",
 * "appeared as demand (no position before)", "disappeared (was demand, no position now)",
 * "unchanged: demand".
 */
export function describeChange(change: CellChange): string {
  switch (change.change) {
    case 'changed':
      return `changed from ${change.before?.stance} to ${change.after?.stance}`;
    case 'appeared':
      return `appeared as ${change.after?.stance} (no position before)`;
    case 'disappeared':
      return `disappeared (was ${change.before?.stance}, no position now)`;
    default:
      return `unchanged: ${change.after?.stance}`;
  }
}
