import { buildPartyComparison } from '../../../src/domain/compare-parties.ts';
import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { makeHarbourDataset, makePosition } from '../../fixtures/dataset-builders.ts';

describe('buildPartyComparison()', () => {
  const dataset = makeHarbourDataset();
  dataset.positions.push(
    makePosition({ actorId: 'southport', issueId: 'harbour_access', stance: 'reject' }),
    makePosition({ actorId: 'northland', issueId: 'blockade', stance: 'oppose' }),
  );
  const rows = buildPartyComparison(
    buildDatasetIndex(dataset),
    'northland',
    'southport',
    undefined,
    null,
  );
  const relations = Object.fromEntries(rows.map((r) => [r.issue.id, r.relation]));

  it('finds conflict, dependence and one-sided issues', () => {
    expect(relations).toEqual({
      harbour_access: 'conflict',
      fishing_quota: 'depends',
      blockade: 'only-first',
    });
  });

  it("tells what a condition waits on: the other party's stance on the condition's issue", () => {
    const quota = rows.find((r) => r.issue.id === 'fishing_quota');
    expect(quota?.dependencies).toEqual([
      expect.objectContaining({
        side: 'second',
        conditionIssueId: 'blockade',
        otherOnCondition: expect.objectContaining({ actorId: 'northland', stance: 'oppose' }),
      }),
    ]);
  });

  it('finds agreement on the same side of the scale', () => {
    const agree = makeHarbourDataset({
      positions: [
        makePosition({ stance: 'demand' }),
        makePosition({ actorId: 'southport', stance: 'support' }),
      ],
    });
    const [access] = buildPartyComparison(
      buildDatasetIndex(agree),
      'northland',
      'southport',
      undefined,
      null,
    );
    expect(access?.relation).toBe('agree');
  });
});
