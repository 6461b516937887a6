import type { Stance } from '../../domain/stance.ts';

/** A word or phrase that states a stance toward what follows it (or, `after`, what precedes it). */
export interface StanceCue {
  id: string;
  /** Regular expression source, case-insensitive, non-capturing groups only. */
  pattern: string;
  stance: Stance;
  /** The cue follows the issue it qualifies: "a truce is non-negotiable". */
  after?: boolean;
  /** The cue is itself a negation ("will not", "refuses"): it is not flipped by one. */
  negative?: boolean;
  /** A noun cue whose holder is the actor named just before it: "a Justice Ministry offer to". */
  attached?: boolean;
  /** The stance is `demand` where the holder does not grant the issue (codebook `grantedBy`). */
  byGranter?: boolean;
  /** A sentence of the shape this cue is for. */
  example: string;
}

/** Cue words of the stance scale. Longer cues win over shorter ones at the same place. */
export const STANCE_CUES: readonly StanceCue[] = [
  // demand
  {
    id: 'insist',
    pattern: 'insist(?:s|ed|ing|ence)?(?:\\s+(?:on|upon|that))?',
    stance: 'demand',
    example: 'The union insists on a pay rise.',
  },
  {
    id: 'demand',
    pattern: 'demand(?:s|ed|ing)?(?:\\s+(?:for|that))?',
    stance: 'demand',
    // "Hamas' demand for a permanent ceasefire": the possessor holds the demand.
    attached: true,
    example: 'Valdor demanded the withdrawal of troops.',
  },
  {
    id: 'only-way',
    pattern:
      '(?:the\\s+)?only\\s+(?:way|path|means)\\s+(?:to|of)|work(?:s|ed|ing)?\\s+(?:for|towards?)|keep\\s+working\\s+(?:for|towards?)|push(?:es|ed|ing)?\\s+(?:on\\s+)?(?:for|towards?)',
    stance: 'demand',
    example: 'Military pressure is the only way to bring the captives home, he said.',
  },
  {
    id: 'call-for',
    // "called on Sunday for …": a day or an adverb may stand between the verb and "for".
    pattern:
      'call(?:s|ed|ing)?\\s+(?:(?:on|late\\s+on|early\\s+on)\\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day\\s+|again\\s+|anew\\s+|today\\s+|repeatedly\\s+|publicly\\s+)?for',
    stance: 'demand',
    example: 'The ministry called for a full inquiry.',
  },
  {
    id: 'urge',
    pattern: 'urg(?:e|es|ed|ing)|press(?:es|ed|ing)?',
    stance: 'demand',
    example: 'She urged an immediate ceasefire.',
  },
  {
    id: 'must',
    pattern: 'must(?:\\s+(?:be\\s+)?(?:based\\s+on|include|guarantee|ensure|see|have))?',
    stance: 'demand',
    example: 'Any deal must be based on a permanent ceasefire.',
  },
  {
    id: 'has-to',
    pattern: '(?:has|have|had|needs?|need)\\s+to(?:\\s+be)?',
    stance: 'demand',
    example: 'Any deal has to bring a lasting ceasefire, he said.',
  },
  {
    id: 'will-be-no',
    // "We will have no truce, no talks", "there can be no pause while …".
    pattern:
      '(?:(?:will|would|shall|can)\\s+(?:be|have|accept|allow|sign|agree\\s+to)|there\\s+(?:is|was|will\\s+be|would\\s+be|can\\s+be|could\\s+be))\\s+no(?!\\s+(?:agreement|deal|accord|settlement)\\s+(?:that|which|without)\\b)',
    stance: 'reject',
    negative: true,
    example: 'We will have no truce with them, the general said.',
  },
  {
    id: 'no-deal-without',
    // "There will be no agreement that does not end the war": the double negation is a demand.
    pattern:
      "no\\s+(?:agreement|deal|accord|settlement|truce)\\s+(?:(?:that|which)\\s+(?:does|will|would|did)\\s+not|(?:that|which)\\s+(?:doesn['’]t|won['’]t)|without)",
    stance: 'demand',
    negative: true,
    example: 'There will be no agreement that does not end the war, the official said.',
  },
  {
    id: 'adamant',
    pattern: 'adamant(?:ly)?(?:\\s+(?:about|on|that|in))?',
    stance: 'demand',
    example: 'The government is adamant about full control of the border.',
  },
  {
    id: 'require',
    pattern: 'requir(?:e|es|ed|ing)|precondition|prerequisite|non-?starter\\s+without',
    stance: 'demand',
    example: 'The rebels require an amnesty.',
  },
  {
    id: 'press-for',
    pattern: '(?:press|push)(?:es|ed|ing)?\\s+(?:hard\\s+)?for',
    stance: 'demand',
    example: 'Negotiators pressed for a prisoner swap.',
  },
  {
    id: 'hold-firm',
    pattern: '(?:hold|holds|holding|held|stand|stands|standing|stood)\\s+firm',
    stance: 'demand',
    example: 'The movement is holding firm on its demands.',
  },
  {
    id: 'aim',
    pattern:
      'aim(?:s|ed|ing)?\\s+(?:at|to|for)|determined\\s+to|seek(?:s|ing)?|sought|secur(?:e|es|ed|ing)|achiev(?:e|es|ed|ing)|pursu(?:e|es|ed|ing)|set\\s+on|bent\\s+on|goal\\s+of|objective\\s+of',
    stance: 'demand',
    example: 'The army aims at dismantling the militia.',
  },
  {
    id: 'goal-is',
    // "whose stated objective is the dismantling of …", "its aim is to destroy …", "in order to free …".
    pattern:
      '(?:(?:stated|declared|main|key|chief|ultimate|overriding|primary|central)\\s+)?(?:aim|goal|objective|intention|purpose|priority|mission)s?\\s+(?:is|was|are|were|remains?|remained)(?:\\s+to)?|in\\s+order\\s+to|so\\s+as\\s+to',
    stance: 'demand',
    example: 'The premier, whose stated objective is the dismantling of the militia, spoke first.',
  },
  {
    id: 'want',
    pattern: 'want(?:s|ed|ing)?',
    stance: 'demand',
    example: 'The farmers want a guaranteed water share.',
  },
  {
    id: 'nothing-less',
    pattern: 'nothing\\s+(?:less|short)\\s+(?:than|of)|no\\s+less\\s+than|accept\\s+only',
    stance: 'demand',
    example: 'Qasrin would sign nothing less than a binding treaty.',
  },
  {
    id: 'priority',
    pattern:
      '(?:must|should|has\\s+to|have\\s+to)\\s+come\\s+(?:first|before)|(?:is|are|was|were|remains?)\\s+(?:a|the|its|their|our)\\s+(?:top\\s+|first\\s+|main\\s+)?priority|(?:the\\s+)?(?:centrepiece|centerpiece|cornerstone|core|crux|heart)\\s+of\\s+(?:its|their|his|her|our|the)\\s+(?:demands|position|platform|proposals?|agenda)',
    stance: 'demand',
    after: true,
    example: 'Disarmament must come first, the minister said.',
  },
  {
    id: 'must-be',
    // "an end to the war must be finalised first", "the swap has to be completed before …".
    pattern:
      '(?:must|should|has\\s+to|have\\s+to|needs?\\s+to|ought\\s+to)\\s+(?:first\\s+|also\\s+)?be\\s+(?!(?:based|built|centred|centered|aimed|tied|linked|conditioned)\\b)(?:[\\p{L}]+ed|part\\s+of|included|guaranteed|agreed)',
    stance: 'demand',
    after: true,
    example: 'An end to the war must be finalised before the second phase, the movement said.',
  },
  {
    id: 'is-a-condition',
    // "A pullback from the east remains an essential condition for Moscow."
    pattern:
      '(?:is|was|are|were|remains?|remained)\\s+(?:an?|the|its|their|one\\s+of\\s+(?:the|its|their))\\s+(?:(?:essential|key|main|vital|necessary|basic|central|core|first|major|non-negotiable)\\s+)?(?:pre)?conditions?|(?:is|was|are|were|remains?)\\s+(?:an?|the|its|their)\\s+(?:(?:key|main|central|core|chief|principal|primary)\\s+)?demands?',
    stance: 'demand',
    after: true,
    example:
      'A pullback from the east remains an essential condition for Moscow, the spokesman said.',
  },
  {
    id: 'non-negotiable',
    pattern:
      '(?:is|are|was|were|remains?|remained)\\s+non-?negotiable|(?:is|are|was|were)\\s+a\\s+red\\s+line',
    stance: 'demand',
    after: true,
    example: 'The right of return is non-negotiable, he said.',
  },
  // support
  {
    id: 'support',
    pattern:
      'support(?:s|ed|ing)?|backs|backed|backing|endors(?:e|es|ed|ing)|favou?r(?:s|ed|ing)?|in\\s+favou?r\\s+of|champion(?:s|ed|ing)?',
    stance: 'support',
    example: 'Qatar supports a phased exchange.',
  },
  {
    id: 'welcome',
    pattern: 'welcom(?:e|es|ed|ing)',
    stance: 'support',
    example: 'The employers welcomed the arbitration proposal.',
  },
  {
    id: 'accept',
    pattern:
      'accept(?:s|ed|ing)?|agree(?:s|d)?\\s+(?:to|on)|sign(?:s|ed)?\\s+(?:up\\s+|off\\s+)?(?:to|on)|consent(?:s|ed)?\\s+to|approv(?:e|es|ed|ing)',
    stance: 'support',
    example: 'The rebels accepted the disarmament timetable.',
  },
  {
    id: 'propose',
    // "The reply proposes a truce in three stages": what the proposer offers it supports, what it
    // asks of the other side it demands.
    pattern: 'propos(?:e|es|ed)|offer(?:s|ed)|put(?:s)?\\s+forward|tabl(?:e|es|ed)',
    stance: 'support',
    byGranter: true,
    example: 'The movement’s reply proposes a truce in three stages.',
  },
  {
    id: 'offer',
    pattern:
      'offer(?:s|ed|ing)?\\s+to|offer\\s+of|propos(?:e|es|ed|ing)\\s+to|proposal\\s+(?:to|for)|plan\\s+to',
    stance: 'support',
    attached: true,
    example: 'A Justice Ministry offer to release 60 detainees was dismissed.',
  },
  {
    id: 'ready',
    pattern: '(?:ready|prepared|happy|glad)\\s+(?:to|for)|readiness\\s+(?:to|for)',
    stance: 'support',
    example: 'The ministry is ready to release the detainees.',
  },
  {
    id: 'commit',
    // A commitment to what the holder grants is support ("committed to freeing prisoners");
    // to what the other side must grant, a demand ("committed to bringing every captive home").
    pattern:
      '(?:fully\\s+)?commit(?:s|ted|ting)?\\s+(?:itself\\s+|themselves\\s+)?to|commitments?\\s+to|(?:pledg|promis)(?:e|es|ed|ing)\\s+to|vow(?:s|ed|ing)?\\s+to',
    stance: 'support',
    byGranter: true,
    example: 'The government is committed to releasing the detainees.',
  },
  // open
  {
    id: 'open-to',
    pattern:
      'open(?:ness)?\\s+to|receptive\\s+to|(?:signal(?:l?ed|l?ing|s)?|show(?:s|ed|ing)?)\\s+(?:some\\s+)?flexibility(?:\\s+(?:on|over))?|flexib(?:le|ility)\\s+(?:on|over|about)',
    stance: 'open',
    example: 'The government signalled openness to a phased withdrawal.',
  },
  {
    id: 'willing-to-talk',
    pattern:
      '(?:willing(?:ness)?|ready|prepared|agree(?:s|d)?)\\s+to\\s+(?:negotiate|discuss|consider|talk\\s+about|explore|look\\s+at|examine|study)',
    stance: 'open',
    example: 'The union is willing to negotiate on working hours.',
  },
  {
    id: 'willing',
    pattern: 'willing(?:ness)?\\s+to',
    stance: 'support',
    example: 'The ministry is willing to restore the water quota.',
  },
  {
    id: 'consider',
    pattern:
      'consider(?:s|ed|ing)?|weigh(?:s|ed|ing)?|mull(?:s|ed|ing)?|explor(?:e|es|ed|ing)|(?:did|does|do|has|have|had)\\s+not\\s+rul(?:e|ed)\\s+out|not\\s+ruling\\s+out|left\\s+the\\s+door\\s+open\\s+to',
    stance: 'open',
    example: 'Officials did not rule out a longer truce.',
  },
  // oppose
  {
    id: 'oppose',
    pattern:
      'oppos(?:e|es|ed|ing|ition\\s+to)|object(?:s|ed|ing|ion)?\\s+to|resist(?:s|ed|ing)?|(?:is|are|was|were|remains?)\\s+against|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|(?:wary|sceptical|skeptical)\\s+(?:of|about)|reluctant\\s+to|balk(?:s|ed|ing)?\\s+at',
    stance: 'oppose',
    example: 'The farmers opposed the new dam quotas.',
  },
  {
    id: 'come-out-against',
    pattern:
      '(?:come|came|comes|coming|speak|spoke|speaks|speaking|campaign(?:s|ed|ing)?|protest(?:s|ed|ing)?|lobb(?:y|ies|ied|ying)|rall(?:y|ies|ied|ying))\\s+(?:out\\s+)?against|push(?:es|ed|ing)?\\s+back\\s+(?:against|on)',
    stance: 'oppose',
    example: 'Nationalist lawmakers have come out against buying electricity from the dam.',
  },
  {
    id: 'caution-against',
    // "warned Netanyahu against any deal": up to two words may name who is warned.
    pattern:
      "(?:caution|warn|argu|advis|speak|spok|lobb(?:y|ie))(?:e|es|s|ed|ing|en)?(?:\\s+[\\p{L}'’.-]+){0,2}?\\s+against",
    stance: 'oppose',
    example: 'He cautioned against brief pauses in the fighting.',
  },
  // reject
  {
    id: 'reject',
    pattern:
      'reject(?:s|ed|ing|ion\\s+of)?|dismiss(?:es|ed|ing)?|rebuff(?:s|ed|ing)?|rul(?:e|es|ed|ing)\\s+out|turn(?:s|ed|ing)?\\s+down|(?:said|says)\\s+no\\s+to|vetoe(?:s|d)|vetoing|(?:will|would|to|could)\\s+veto',
    stance: 'reject',
    negative: true,
    example: 'The employers rejected the pay claim.',
  },
  {
    id: 'refuse',
    pattern: 'refus(?:e|es|ed|ing|al)(?:\\s+to)?|declin(?:e|es|ed|ing)\\s+to',
    stance: 'reject',
    negative: true,
    example: 'The rebels refuse to hand over their weapons.',
  },
  {
    id: 'will-not',
    pattern:
      "(?:will|would|shall|can|could|did|does|do)\\s+not|won['’]t|wouldn['’]t|can['’]t|cannot|never",
    stance: 'reject',
    negative: true,
    example: 'The group will not release any more captives.',
  },
];

/** Words that turn a cue around when they stand just before it. */
export const NEGATORS =
  "(?:not|n['’]t|never|no\\s+longer|neither|nor|hardly|dropp(?:ed|ing)|drops|abandon(?:ed|s|ing)?|g(?:ave|ives|iving)\\s+up|withdr(?:ew|aws|awing)|relinquish(?:ed|es|ing)?|soften(?:ed|s|ing)?|reluctant(?:ly)?\\s+to|unwilling(?:ness)?\\s+to|hesitant\\s+to|loath\\s+to|(?:stopped|stops|stopping)\\s+short\\s+of)";

/** Negations that refuse outright ("will not accept" is a rejection, not an opposition). */
export const VOLITIONAL_NEGATORS =
  "(?:will|would|shall|can|could)\\s+not|won['’]t|wouldn['’]t|can['’]t|cannot|never|refus(?:e|es|ed|ing)\\s+to";

/** What a stance becomes when negated: "does not oppose" is open; "no longer insists" is open. */
export const NEGATED_STANCE: Readonly<Record<Stance, Stance>> = {
  demand: 'open',
  support: 'oppose',
  conditional: 'open',
  open: 'reject',
  oppose: 'open',
  reject: 'open',
};

/**
 * "We will continue the war until …", "the army will keep fighting": the speaker opposes a
 * permanent ceasefire, or grants it only on the condition that follows (ANNOTATION.md: "continue
 * the war until Y" is the permanent ceasefire conditional on Y).
 */
export const WAR_GOES_ON = {
  id: 'war-goes-on',
  pattern:
    '(?:continu(?:e|es|ed|ing)|keep(?:s|ing)?\\s+up|press(?:es|ed|ing)?\\s+on\\s+with|carry(?:ing)?\\s+on|resum(?:e|es|ed|ing)|return(?:s|ed|ing)?\\s+to)\\s+(?:the\\s+|its\\s+|our\\s+|their\\s+|his\\s+)?(?:(?:intensive|full|heavy)\\s+)?(?:war|fighting|offensive|military\\s+operations?|operations|military\\s+campaign)|(?:keep|keeps|kept|go\\s+on|goes\\s+on|went\\s+on)\\s+fighting|fight(?:s|ing)?\\s+on|(?:war|fighting|offensive)\\s+(?:will|would)\\s+(?:continue|go\\s+on)|(?:will|would|shall)\\s+not\\s+stop(?:\\s+fighting)?|(?:war|fighting|conflict)\\s+(?:will|would|shall)\\s+not\\s+end',
  example: 'We will continue the war until all our goals are met, he said.',
} as const;
