import type { ProposalKind, ResponseKind } from '../../domain/dataset.ts';

/** A noun that names a proposal or a deal ("the deal", "Biden's proposal", "the Paris framework"). */
export interface ProposalNoun {
  id: string;
  /** Regular expression source, case-insensitive. */
  pattern: string;
  kind: ProposalKind;
  /** Names a proposal only when it points back to one already named ("the text", "the terms"). */
  anaphorOnly?: boolean;
  example: string;
}

/** Proposal and deal nouns, longest first where they overlap. */
export const PROPOSAL_NOUNS: readonly ProposalNoun[] = [
  {
    id: 'deal',
    pattern:
      '(?:peace\\s+|ceasefire\\s+|cease-fire\\s+|truce\\s+|framework\\s+)?(?:deal|agreement|accord|settlement|pact|declaration|treaty|protocol|charter)s?',
    kind: 'deal',
    example: 'The cabinet approved the deal.',
  },
  {
    id: 'proposal',
    pattern:
      '(?:counter-?proposals?|counter-?offers?|proposals?|plans?|frameworks?|initiatives?|road\\s*maps?|blueprints?|formulas?|offers?|peace\\s+plans?|memorand(?:um|a))',
    kind: 'proposal',
    example: 'Egypt put forward a three-stage proposal.',
  },
  {
    id: 'draft',
    pattern: '(?:draft|text|document|terms|outline|paper|understandings?)',
    kind: 'proposal',
    anaphorOnly: true,
    example: 'Hamas said it was studying the text.',
  },
];

/** A verb or phrase by which a proposal states its terms: "the deal includes …". */
export interface TermCue {
  id: string;
  /** Regular expression source, case-insensitive. */
  pattern: string;
  example: string;
}

/** Term cues after a proposal named as subject ("The plan calls for…", "a deal that would see…"). */
export const TERM_VERBS: readonly TermCue[] = [
  {
    id: 'includes',
    pattern:
      '(?:(?:would|will|could|also|is\\s+to|is\\s+expected\\s+to)\\s+)*(?:includ(?:e|es|ed|ing)|involv(?:e|es|ed|ing)|entail(?:s|ed)?|comprises?|compris(?:ed|ing)|consists?\\s+of|contain(?:s|ed)?|cover(?:s|ed)?|feature(?:s|d)?|encompass(?:es|ed)?)',
    example: 'The deal includes the release of 50 captives.',
  },
  {
    id: 'calls-for',
    pattern:
      '(?:(?:would|will|also)\\s+)*(?:call(?:s|ed)?\\s+for|provid(?:e|es|ed)\\s+for|envisag(?:e|es|ed)|envision(?:s|ed)?|stipulat(?:e|es|ed)|foresee(?:s)?|foresaw|set(?:s)?\\s+out|lay(?:s)?\\s+out|laid\\s+out|outline(?:s|d)?|propos(?:e|es|ed)|offer(?:s|ed)?|require(?:s|d)?|demand(?:s|ed)?|guarantee(?:s|d)?|ensure(?:s|d)?|mandate(?:s|d)?|seek(?:s)?|sought)',
    example: 'The proposal calls for a six-week pause.',
  },
  {
    id: 'would-see',
    pattern:
      '(?:would|will|could|is\\s+to|was\\s+to)\\s+(?:also\\s+)?(?:see|bring(?:\\s+about)?|lead\\s+to|allow(?:\\s+for)?|result\\s+in|mean|start\\s+with|begin\\s+with|open\\s+with|secure|free|release|halt|end|pause|pave\\s+the\\s+way\\s+for)|sees|saw',
    example: 'The agreement would see a phased withdrawal.',
  },
  {
    id: 'based-on',
    pattern:
      '(?:is|was|would\\s+be|are)\\s+(?:based|built|centred|centered|focused|premised)\\s+on|(?:is|was)\\s+aimed\\s+at|aims?\\s+(?:at|to)',
    example: 'The framework is based on a prisoner exchange.',
  },
];

/** Phrases that open a sentence of terms of the proposal in context: "Under the deal, …". */
export const TERM_FRAMES: readonly TermCue[] = [
  {
    id: 'under-the',
    pattern:
      '(?:under|according\\s+to|as\\s+part\\s+of|in\\s+line\\s+with|per)\\s+(?:the\\s+(?:terms\\s+of\\s+)?)?(?:the\\s+|this\\s+|that\\s+|a\\s+|an\\s+)?(?:[\\p{L}-]+\\s+){0,3}?(?:deal|agreement|accord|proposal|plan|framework|draft|offer|text|initiative|arrangement|terms|outline|roadmap|road\\s+map)',
    example: 'Under the deal, the group would free 33 captives.',
  },
  {
    id: 'phase',
    pattern:
      '(?:in\\s+|during\\s+)?(?:the\\s+|its\\s+|a\\s+)?(?:first|second|third|final|initial|opening|next|later|last)\\s+(?:phase|stage)s?|(?:phase|stage)\\s+(?:one|two|three|1|2|3)',
    example: 'In the first phase, fighting would stop for six weeks.',
  },
  {
    id: 'terms-colon',
    pattern:
      "(?:what['’]s\\s+in\\s+the\\s+(?:deal|plan|proposal)|the\\s+(?:main\\s+)?terms?(?:\\s+include)?)\\s*[:—–-]",
    example: 'The terms: a truce and an exchange.',
  },
];

/** A response to a proposal by the party named as subject: "Hamas accepted the plan". */
export interface ResponseCue {
  id: string;
  /** Regular expression source, case-insensitive. */
  pattern: string;
  response: ResponseKind;
  /** The cue needs a proposal right after it as its object ("approved the deal"). */
  needsObject?: boolean;
  /** Mediators do not answer this way: a mediator that welcomes a deal brokered it. */
  partiesOnly?: boolean;
  example: string;
}

/** Response cues. Longer cues win over shorter ones at the same place. */
export const RESPONSE_CUES: readonly ResponseCue[] = [
  {
    id: 'accepted',
    pattern:
      'accept(?:s|ed|ing)?|approv(?:e|es|ed|ing)|ratif(?:y|ies|ied|ying)|endors(?:e|es|ed|ing)|embrac(?:e|es|ed|ing)|sign(?:s|ed|ing)?(?:\\s+(?:off\\s+on|up\\s+to|onto|on\\s+to))?|agree(?:s|d|ing)?\\s+(?:to|on|with)|(?:said|says)\\s+yes\\s+to|okay(?:s|ed)?|green-?light(?:s|ed)?|back(?:s|ed|ing)?|(?:vot(?:e|es|ed|ing))\\s+(?:to\\s+(?:approve|back|accept|endorse)|in\\s+favou?r\\s+of|for)|g(?:ave|ives|iving)\\s+(?:its|their|his|her|the)\\s+(?:approval|blessing|green\\s+light|consent|backing)\\s+(?:to|for)',
    response: 'accept',
    needsObject: true,
    example: 'Israel’s cabinet approved the deal.',
  },
  {
    id: 'welcomed',
    pattern: 'welcom(?:e|es|ed|ing)',
    response: 'accept',
    needsObject: true,
    partiesOnly: true,
    example: 'The group welcomed the proposal.',
  },
  {
    id: 'positive-response',
    pattern:
      '(?:respond(?:s|ed)?|repl(?:y|ied|ies)|react(?:s|ed)?)\\s+(?:positively|constructively|favou?rably)(?:\\s+to)?|(?:gave|give|gives|delivered|sent|handed\\s+over)\\s+(?:a|its|their)\\s+positive\\s+(?:response|reply|answer)\\s+to',
    response: 'accept',
    example: 'The movement responded positively to the offer.',
  },
  {
    id: 'open-to',
    pattern:
      '(?:is|are|was|were|remains?|remained|be)\\s+open\\s+to|(?:signall?(?:ed|ing|s)?|showed|shows|expressed)\\s+(?:its\\s+|their\\s+)?openness\\s+to',
    response: 'review',
    needsObject: true,
    example: 'The group has said it is open to a deal along those lines.',
  },
  {
    id: 'rejected',
    pattern:
      'vot(?:e|es|ed|ing)\\s+against|reject(?:s|ed|ing)?|turn(?:s|ed|ing)?\\s+down|rebuff(?:s|ed|ing)?|spurn(?:s|ed|ing)?|dismiss(?:es|ed|ing)?|(?:said|says)\\s+no\\s+to|veto(?:es|ed|ing)?|walk(?:s|ed)?\\s+away\\s+from|refus(?:e|es|ed|ing)\\s+(?:to\\s+(?:accept|sign|approve|endorse|back)\\b)?',
    response: 'reject',
    needsObject: true,
    example: 'Hamas turned down the offer.',
  },
  {
    id: 'reviewing',
    pattern:
      '(?:(?:is|are|was|were|has\\s+been|have\\s+been)\\s+(?:still\\s+)?(?:studying|reviewing|examining|considering|weighing|assessing|looking\\s+(?:at|into)|discussing|going\\s+over|mulling))|(?:will|would|is\\s+to|plans\\s+to|promised\\s+to|agreed\\s+to)\\s+(?:study|review|examine|consider|weigh|assess|look\\s+at|respond\\s+to|reply\\s+to)|(?:studies|studied|reviewed|examined|considered|weighed|mulled)|(?:has|have)\\s+yet\\s+to\\s+(?:respond|reply)\\s+to',
    response: 'review',
    needsObject: true,
    example: 'Hamas said it was studying the proposal.',
  },
  {
    id: 'counter',
    pattern:
      '(?:respond(?:s|ed)?|repl(?:y|ied|ies)|answer(?:s|ed)?)\\s+(?:to\\s+[^,.;]{0,40}?\\s+)?with\\s+(?:its\\s+own\\s+|a\\s+|new\\s+|several\\s+|some\\s+)?(?:amendments|changes|counter-?proposals?|counter-?offers?|proposal|remarks|reservations|comments|observations|modifications|demands)|(?:proposed|sought|demanded|requested|asked\\s+for|submitted|presented)\\s+(?:several\\s+|some\\s+|a\\s+number\\s+of\\s+)?(?:amendments|changes|modifications)\\s+to',
    response: 'counter',
    example: 'Hamas responded with amendments to the draft.',
  },
];

/** Verbs by which an actor puts a proposal forward: the subject is its proposer. */
export const PROPOSE_VERBS =
  'propos(?:e|es|ed|ing)|put(?:s|ting)?(?:\\s+forward)?|presen(?:t|ts|ted|ting)|submit(?:s|ted|ting)?|draft(?:s|ed|ing)?|drew\\s+up|draw(?:s|n)?\\s+up|tabl(?:e|es|ed|ing)|float(?:s|ed|ing)?|unveil(?:s|ed|ing)?|offer(?:s|ed|ing)?|(?:laid|lay|lays|set|sets)\\s+out|outlin(?:e|es|ed|ing)|sen(?:t|ds|ding)|hand(?:s|ed)?\\s+over|pitch(?:es|ed)?|circulat(?:e|es|ed|ing)|announc(?:e|es|ed|ing)';

/** Participles that tie a proposal to its author in its own noun phrase: "a US-drafted plan". */
export const AUTHORED_BY =
  '(?:proposed|drafted|drawn\\s+up|put\\s+forward|presented|submitted|tabled|authored|written|floated|unveiled|backed|sponsored|offered|made)\\s+by|from';
