/** Verbs of reported speech: the subject before them is who states what follows. */
export const SPEECH_VERBS =
  'said|says|say|stated|states|told|tells|added|adds|noted|notes|argued|argues|claimed|claims|declared|declares|announced|announces|emphasi[sz]ed|emphasi[sz]es|stressed|stresses|reiterated|reiterates|confirmed|confirms|explained|explains|maintained|maintains|asserted|asserts|wrote|writes|posted|tweeted|signall?ed|signals|indicated|indicates|suggested|suggests|underlined|underscored|repeated|affirmed|acknowledged|conceded|cautioned|warned|insisted|insists|replied|responded|countered|pledged|promised|vowed|threatened|hinted|conveyed|informed';

/** Introductions of a source: "according to X", "in the words of X". */
export const ACCORDING_TO =
  'according\\s+to|in\\s+the\\s+words\\s+of|(?:quoted|cited)\\s+by|(?:told|telling)\\s+(?:reporters|journalists|the\\s+\\w+)';

/** General English anaphors and the kinds of actor they can refer back to. */
export const ANAPHORS: readonly {
  pattern: string;
  refersTo: 'person' | 'organisation' | 'group';
}[] = [
  { pattern: 'he|she|him|her', refersTo: 'person' },
  {
    pattern:
      'the\\s+(?:official|spokes(?:man|woman|person)|minister|leader|envoy|negotiator|premier|president|chief|commander)',
    refersTo: 'person',
  },
  {
    // "the group", "the terror group", "the Islamist movement": one describing word is allowed.
    pattern:
      'the\\s+(?:[\\p{L}-]+\\s+)?(?:group|movement|organi[sz]ation|militants?|rebels?|faction|union|party|coalition|alliance|bloc)',
    refersTo: 'group',
  },
  {
    // "The plan also calls for…": a proposal speaks for the party that made it, named just before.
    pattern:
      'the\\s+(?:[\\p{L}-]+\\s+)?(?:plan|proposal|counter-?proposal|offer|response|reply|document|text|draft|framework|terms)',
    refersTo: 'organisation',
  },
  {
    pattern:
      'it|they|the\\s+(?:government|administration|country|state|ministry|authorities|cabinet|regime|side|delegation|company|employer|management)',
    refersTo: 'organisation',
  },
];

/**
 * "a senior Hamas official", "an Israeli negotiator", "Kremlin aides": a party's name before a
 * role noun describes an unnamed person of that party, whom a later "he" or "the official"
 * refers back to.
 */
export const UNNAMED_PERSON_AFTER_ACTOR =
  '(?:(?:senior|top|chief|lead|former|deputy|high-ranking|two|three|several)\\s+)?(?:official|spokes(?:man|woman|person)|negotiator|leader|minister|source|diplomat|envoy|commander|delegate|representative|aide|adviser|advisor)s?';
