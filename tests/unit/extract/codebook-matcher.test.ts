import { compileCodebook } from '../../../src/extract/codebook-matcher.ts';
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
