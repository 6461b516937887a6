import type { Dataset, Position } from '../domain/dataset.ts';
import { stanceRank } from '../domain/stance.ts';
import { makePartyResolver, partyIssueKey, selectLatestPartyPositions } from './party-positions.ts';

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
  const before = selectLatestPartyPositions(dataset, early);
  const after = selectLatestPartyPositions(dataset, late);
  const partyOf = makePartyResolver(dataset);
  const changes: CellChange[] = [];
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    const b = before.get(key);
    const a = after.get(key);
    const sample = a ?? b;
    if (!sample) continue;
    const partyId = partyOf(sample.actorId);
    const cell = { partyId, issueId: sample.issueId };
    if (!b && a) changes.push({ ...cell, change: 'appeared', after: a, direction: 0 });
    else if (b && !a) changes.push({ ...cell, change: 'disappeared', before: b, direction: 0 });
    else if (a && b) {
      const same = a.stance === b.stance && conditionKey(a) === conditionKey(b);
      const delta = Math.sign(stanceRank(a.stance) - stanceRank(b.stance)) as -1 | 0 | 1;
      changes.push({
        ...cell,
        change: same ? 'unchanged' : 'changed',
        before: b,
        after: a,
        direction: same ? 0 : delta,
      });
    }
  }
  return changes.sort((x, y) =>
    partyIssueKey(x.partyId, x.issueId).localeCompare(partyIssueKey(y.partyId, y.issueId)),
  );
}

function conditionKey(p: Position): string {
  return `${p.condition?.issueId ?? ''}|${p.condition?.text ?? ''}`;
}

/** The accessible description of a change: "changed from open to demand". */
export function describeChange(change: CellChange): string {
  switch (change.change) {
    case 'changed':
      return `changed from ${change.before?.stance} to ${change.after?.stance}`;
    case 'appeared':
      return `appeared: ${change.after?.stance}`;
    case 'disappeared':
      return `no longer stated (was ${change.before?.stance})`;
    default:
      return `unchanged: ${change.after?.stance}`;
  }
}
