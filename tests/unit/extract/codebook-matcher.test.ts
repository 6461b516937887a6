import { compileCodebook } from '../../../src/extract/codebook-matcher.ts';
import { ISSUE_QUALIFIERS } from '../../../src/extract/rules/issue-qualifiers.ts';
import { inflectPhrase } from '../../../src/extract/text-patterns.ts';
import { LAKES_CODEBOOK } from '../../fixtures/lakes-codebook.ts';

const matcher = compileCodebook(LAKES_CODEBOOK);
const actorsIn = (text: string) => matcher.findActors(text).map((m) => [m.text, m.actorId]);
const issuesIn = (text: string) => matcher.findIssues(text).map((m) => [m.text, m.issueId]);

describe('compileCodebook().findActors()', () => {
  it.each([
    [
      'a possessive, curly or straight',
      "Arlen’s and Norvia's envoys",
      [
        ['Arlen’s', 'arlen'],
        ["Norvia's envoys", 'norvia'],
      ],
    ],
    [
      'an adjective with a member noun',
      'Arlenian officials and a Brisk Front negotiator',
      [
        ['Arlenian officials', 'arlen'],
        ['Brisk Front negotiator', 'brisk-front'],
      ],
    ],
    [
      'a capital standing for its government',
      'Tessa said no; Oslavik hosted.',
      [
        ['Tessa', 'arlen'],
        ['Oslavik', 'norvia'],
      ],
    ],
    ['a role phrase for a person', 'the Norvian envoy spoke', [['Norvian envoy', 'ilse-brand']]],
  ])('finds %s', (_name, text, expected) => {
    expect(actorsIn(text)).toEqual(expected);
  });

  it('takes a member noun after a lower-case name by case too', () => {
    expect(actorsIn('cabinet hawks officials met; Cabinet hawks Officials did not')).toEqual([
      ['cabinet hawks officials', 'arlen-hawks'],
      ['Cabinet hawks', 'arlen-hawks'],
    ]);
  });

  it('reads a sentence the same whichever sentence the other matchers read last', () => {
    const first = 'Arlenian officials want a ceasefire.';
    const second = 'Norvia called for a ceasefire.';
    const expected = actorsIn(first);
    issuesIn(second);
    expect(actorsIn(first)).toEqual(expected);
    expect(issuesIn(first)).toEqual([['ceasefire', 'ceasefire']]);
    expect(actorsIn(second)).toEqual([['Norvia', 'norvia']]);
  });

  it('matches capitalised names case-sensitively: "BF" is not "bf"', () => {
    expect(actorsIn('the bf said')).toEqual([]);
  });

  it('resolves a person’s party through parentId', () => {
    expect(matcher.partyOf('mira-holt')?.id).toBe('arlen');
    expect(matcher.partyOf('arlen-hawks')?.id).toBe('arlen');
  });
});

describe('compileCodebook().findIssues()', () => {
  it.each([
    ['plurals', 'two ceasefires', [['ceasefires', 'ceasefire']]],
    [
      'verb forms of a paraphrase',
      'once the shelling stopped',
      [['shelling stopped', 'ceasefire']],
    ],
    [
      'filler words inside a phrase',
      'the release of the 40 detainees',
      [['release of the 40 detainees', 'detainee_release']],
    ],
    [
      'hyphens',
      'full self-rule and self rule',
      [
        ['self-rule', 'autonomy'],
        ['self rule', 'autonomy'],
      ],
    ],
    ['the longest phrase first', 'a prisoner swap', [['prisoner swap', 'detainee_release']]],
  ])('matches %s', (_name, text, expected) => {
    expect(issuesIn(text)).toEqual(expected);
  });

  it('does not match a word inside another word', () => {
    expect(issuesIn('votes were counted; the truck came')).toEqual([['votes', 'elections']]);
    expect(new RegExp(inflectPhrase('truce'), 'i').test('truck')).toBe(false);
  });
});

describe('compileCodebook().findIssues() with two kinds of ceasefire', () => {
  const twoKinds = compileCodebook({
    ...LAKES_CODEBOOK,
    issues: [
      {
        id: 'lasting_peace',
        label: 'Permanent ceasefire',
        phrases: ['permanent ceasefire', 'ceasefire', 'end of the war'],
      },
      { id: 'pause', label: 'Temporary truce', phrases: ['truce', 'humanitarian pause'] },
      { id: 'aid', label: 'Aid', phrases: ['humanitarian aid'] },
    ],
  });
  const kinds = (text: string) => twoKinds.findIssues(text).map((m) => [m.text, m.issueId]);

  it.each([
    ['a duration before it', 'agreed a four-day ceasefire', [['ceasefire', 'pause']]],
    ['a duration after it', 'a ceasefire of six weeks', [['ceasefire', 'pause']]],
    ['a phase', 'the first phase of the ceasefire', [['ceasefire', 'pause']]],
    ['a permanent qualifier on a truce', 'a lasting truce', [['truce', 'lasting_peace']]],
    ['a truce extension', 'a truce extension', [['truce', 'pause']]],
    ['no qualifier', 'called for a ceasefire', [['ceasefire', 'lasting_peace']]],
    [
      'a sentence opening with the first stage',
      'In the first stage, lasting about a month, the ceasefire would hold',
      [['ceasefire', 'pause']],
    ],
    [
      'a sentence that moves on to a later stage',
      'The first stage ends once the second stage brings a ceasefire',
      [['ceasefire', 'lasting_peace']],
    ],
    ['an issue outside the ceasefires', 'more humanitarian aid', [['humanitarian aid', 'aid']]],
  ])('moves a ceasefire by %s', (_name, text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it.each(ISSUE_QUALIFIERS.map((q) => [q.id, q.kind, q.example]))(
    'qualifier %s (%s) decides its example',
    (_id, kind, example) => {
      const [mention] = twoKinds.findIssues(example);
      expect(mention?.issueId).toBe(kind === 'temporary' ? 'pause' : 'lasting_peace');
    },
  );

  it('leaves a codebook with one ceasefire issue as it is', () => {
    expect(issuesIn('a four-day ceasefire')).toEqual([['ceasefire', 'ceasefire']]);
  });
});
