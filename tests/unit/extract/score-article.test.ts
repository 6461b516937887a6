import { compileCodebook } from '../../../src/extract/codebook-matcher.ts';
import type { GoldArticle } from '../../../src/extract/evaluate.ts';
import { GoldArticleSchema, monthsMeet, scoreArticle } from '../../../src/extract/evaluate.ts';
import { LAKES_CODEBOOK } from '../../fixtures/lakes-codebook.ts';
import { makeMeeting, makePosition } from '../../fixtures/dataset-builders.ts';

const matcher = compileCodebook(LAKES_CODEBOOK);

function gold(overrides: Partial<GoldArticle>): GoldArticle {
  return GoldArticleSchema.parse({ article: 'lakes-report', ...overrides });
}

const found = (...positions: Parameters<typeof makePosition>[0][]) =>
  positions.map((p, i) => makePosition({ id: `p${i}`, ...p }));

describe('scoreArticle()', () => {
  it('matches positions on party, issue and stance, counting a person for their party', () => {
    const score = scoreArticle(
      gold({
        positions: [{ party: 'arlen', issue: 'amnesty', stance: 'reject', quote: 'q' }],
      }),
      {
        positions: found(
          { actorId: 'mira-holt', issueId: 'amnesty', stance: 'reject' },
          { actorId: 'arlen', issueId: 'amnesty', stance: 'oppose' },
        ),
        meetings: [],
      },
      matcher,
    );
    expect(score.positions).toMatchObject({
      truePositives: 1,
      falsePositives: 1,
      falseNegatives: 0,
    });
    // On party and issue alone the two found records are one pair, and it is right.
    expect(score.partyIssue).toMatchObject({ truePositives: 1, falsePositives: 0 });
  });

  it('takes any alternative reading of a gold label, but one found record per label', () => {
    const score = scoreArticle(
      gold({
        positions: [
          {
            party: 'brisk-front',
            issue: 'ceasefire',
            stance: 'demand',
            alternatives: [{ issue: 'autonomy' }, { stance: 'support' }],
            quote: 'q',
          },
        ],
      }),
      {
        positions: found(
          { actorId: 'brisk-front', issueId: 'ceasefire', stance: 'support' },
          { actorId: 'brisk-front', issueId: 'autonomy', stance: 'demand' },
        ),
        meetings: [],
      },
      matcher,
    );
    expect(score.positions).toMatchObject({ truePositives: 1, falsePositives: 1 });
  });

  it('pairs records so that a label with two readings does not take the only match of another', () => {
    const score = scoreArticle(
      gold({
        positions: [
          {
            party: 'arlen',
            issue: 'ceasefire',
            stance: 'support',
            alternatives: [{ issue: 'elections' }],
            quote: 'q',
          },
          { party: 'arlen', issue: 'ceasefire', stance: 'support', quote: 'q2' },
        ],
      }),
      {
        positions: found(
          { actorId: 'arlen', issueId: 'ceasefire', stance: 'support' },
          { actorId: 'arlen', issueId: 'elections', stance: 'support' },
        ),
        meetings: [],
      },
      matcher,
    );
    expect(score.positions).toMatchObject({
      truePositives: 2,
      falsePositives: 0,
      falseNegatives: 0,
    });
  });

  it('counts a gold label repeated in two sentences once', () => {
    const label = { party: 'arlen', issue: 'amnesty', stance: 'reject' as const };
    const score = scoreArticle(
      gold({
        positions: [
          { ...label, quote: 'one' },
          { ...label, quote: 'two' },
        ],
      }),
      {
        positions: found({ actorId: 'arlen', issueId: 'amnesty', stance: 'reject' }),
        meetings: [],
      },
      matcher,
    );
    expect(score.positions).toMatchObject({ truePositives: 1, falseNegatives: 0 });
  });

  it.each([
    ['a shared mediator and the same month', { mediatorIds: ['norvia'] }, 1],
    ['the same place without a shared mediator', { mediatorIds: [], place: 'Oslavik' }, 1],
    ['another mediator elsewhere', { mediatorIds: ['lakes-council'], place: 'Tessa' }, 0],
    [
      'a shared mediator two months off',
      { mediatorIds: ['norvia'], date: { start: '2025-03-02', precision: 'day' as const } },
      0,
    ],
  ])('matches a meeting with %s: %i', (_, overrides, expected) => {
    const score = scoreArticle(
      gold({
        meetings: [
          {
            participants: ['arlen', 'brisk-front'],
            mediators: ['norvia'],
            date: { start: '2025-05-14', precision: 'day' },
            place: 'Oslavik',
            quote: 'q',
          },
        ],
      }),
      {
        positions: [],
        meetings: [
          makeMeeting({
            date: { start: '2025-05-02', precision: 'day' },
            place: 'Vell',
            ...overrides,
          }),
        ],
      },
      matcher,
    );
    expect(score.meetings.truePositives).toBe(expected);
  });
});

describe('monthsMeet()', () => {
  it.each([
    [{ start: '2025-05-31', precision: 'day' }, { start: '2025-05-01', precision: 'month' }, true],
    [{ start: '2025-05-31', precision: 'day' }, { start: '2025-06-01', precision: 'day' }, false],
    [{ start: '2025-05-20', precision: 'before' }, { start: '2025-02-03', precision: 'day' }, true],
    [{ start: '2025-05-20', precision: 'after' }, { start: '2025-02-03', precision: 'day' }, false],
    [
      { start: '2025-04-28', end: '2025-06-02', precision: 'day' },
      { start: '2025-05-10', precision: 'day' },
      true,
    ],
  ] as const)('%j and %j: %s', (a, b, expected) => {
    expect(monthsMeet(a, b)).toBe(expected);
  });
});

describe('scoreArticle() on proposals and responses', () => {
  const plan = {
    id: 'plan-1',
    title: 'Norvian plan',
    kind: 'proposal' as const,
    proposerIds: ['norvia'],
    date: '2025-05-16',
    terms: [
      { id: 't1', issueId: 'ceasefire', provides: 'a truce' },
      { id: 't2', issueId: 'amnesty', provides: 'an amnesty' },
    ],
    origin: 'extracted' as const,
  };
  const accepted = {
    id: 'r1',
    actorId: 'dan-ovo',
    proposalId: 'plan-1',
    response: 'accept' as const,
    date: '2025-05-16',
    origin: 'extracted' as const,
    confidence: 0.7,
  };
  const goldPlan = GoldArticleSchema.parse({
    article: 'lakes-report',
    proposals: [
      { title: 'Norvian truce plan', proposers: ['norvia'], terms: ['ceasefire'], quote: 'q' },
    ],
    responses: [
      { party: 'brisk-front', proposal: 'Norvian truce plan', response: 'accept', quote: 'q' },
      { party: 'arlen', proposal: 'Norvian truce plan', response: 'review', quote: 'q' },
    ],
  });

  it('matches a proposal on a shared term and a response on party, answer and that proposal', () => {
    const score = scoreArticle(
      goldPlan,
      { positions: [], meetings: [], proposals: [plan], responses: [accepted] },
      matcher,
    );
    expect(score.proposals).toMatchObject({ truePositives: 1, falsePositives: 0 });
    expect(score.responses).toMatchObject({ truePositives: 1, falseNegatives: 1 });
  });

  it('does not count an answer to another proposal', () => {
    const other = {
      ...plan,
      id: 'plan-2',
      terms: [{ id: 't', issueId: 'elections', provides: 'a vote' }],
    };
    const score = scoreArticle(
      goldPlan,
      {
        positions: [],
        meetings: [],
        proposals: [plan, other],
        responses: [{ ...accepted, proposalId: 'plan-2' }],
      },
      matcher,
    );
    expect(score.responses).toMatchObject({ truePositives: 0, falsePositives: 1 });
    expect(score.proposals).toMatchObject({ truePositives: 1, falsePositives: 1 });
  });

  it('refuses a response to a proposal the file does not have', () => {
    const parsed = GoldArticleSchema.safeParse({
      article: 'a',
      responses: [{ party: 'arlen', proposal: 'Nothing', response: 'accept', quote: 'q' }],
    });
    expect(parsed.success).toBe(false);
  });
});
