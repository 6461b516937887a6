/** A pattern that reports a meeting or round of talks. */
export interface MeetingCue {
  id: string;
  /** Regular expression source, case-insensitive, non-capturing groups only. */
  pattern: string;
  /** The cue names travel to a place for talks: the place follows "in"/"to". */
  travel?: boolean;
  /** The place may stand before the cue ("in Jeddah, the two delegations signed …"). */
  placeBefore?: boolean;
  example: string;
}

const TALKS =
  '(?:talks|discussions|negotiations|meetings?|consultations|summit|conference|sessions?|(?:the|this|a|new|latest|next|first|second|third|fourth|fifth|final)\\s+round|round\\s+of\\s+talks|mediation\\s+efforts|shuttle\\s+diplomacy)';

/** Meeting cues, from the most to the least specific. */
export const MEETING_CUES: readonly MeetingCue[] = [
  {
    id: 'travel-for-talks',
    travel: true,
    pattern: `(?:arriv(?:e|es|ed|ing)|return(?:ed|s|ing)?|travell?(?:ed|ing|s)?|fl(?:ew|ies|own|y)|head(?:ed|s|ing)?|went|go(?:es|ing)?|land(?:ed|s)?|visit(?:ed|s|ing)?|was\\s+in|were\\s+in|is\\s+in|are\\s+in)\\b[^.;]{0,60}?(?:\\b(?:for|to\\s+(?:hold|attend|join|begin|resume|discuss)|to)\\b[^.;]{0,40}?\\b${TALKS}|\\bto\\s+(?:negotiate|agree|finali[sz]e|conclude|meet))`,
    example: 'The rebel leader arrived in Addis Ababa for talks on Monday.',
  },
  {
    id: 'visit',
    travel: true,
    pattern:
      'visit(?:ed|s|ing)?\\s+(?=\\p{Lu}|the\\s+\\p{Lu}[\\p{L}-]+\\s+capital)|trip\\s+to|visit\\s+to',
    example: 'The envoy visited Valdor on Tuesday.',
  },
  {
    id: 'met-with',
    pattern:
      '(?:met|meets|meeting|meet)(?:\\s+(?:separately|jointly|again|privately|briefly|face\\s+to\\s+face))?(?:\\s+(?:with|in))?',
    example: 'The minister met with the union leaders on Friday.',
  },
  {
    id: 'talks-between',
    pattern: `${TALKS}\\s+(?:between|with|among|involving|bringing\\s+together|in|at)`,
    example: 'Talks between the two governments resumed in Geneva.',
  },
  {
    id: 'talks-hosted-by',
    pattern: `${TALKS}\\b[^.;]{0,60}?\\b(?:(?:hosted|chaired|convened|mediated|brokered|facilitated)\\s+by|under\\s+the\\s+(?:joint\\s+)?auspices\\s+of)`,
    example: 'The talks, chaired by the fisheries commission, opened on Tuesday.',
  },
  {
    id: 'signing',
    // A signing before a mediator is a meeting: "in Jeddah, the two forces signed a declaration".
    pattern: 'sign(?:ed|s)\\s+(?:a|an|the)\\b|signing\\s+(?:ceremony|of\\s+(?:a|an|the))',
    placeBefore: true,
    example: 'In Jeddah, envoys of the two forces signed a declaration on Thursday.',
  },
  {
    id: 'talks-took-place',
    pattern: `${TALKS}\\b[^.;]{0,80}?\\b(?:opened|began|resumed|started|ended|concluded|broke\\s+down|collapsed|stalled|took\\s+place|(?:was|were)\\s+held|convened|adjourned|got\\s+under\\s+way|brought\\b[^.;]{0,60}\\btogether)`,
    example: 'The round opened on Monday in Geneva.',
  },
  {
    id: 'held-talks',
    pattern: `(?:held|hold(?:s|ing)?|host(?:ed|s|ing)?|conven(?:e|ed|es|ing)|chair(?:ed|s|ing)?|broker(?:ed|s|ing)?|mediat(?:e|ed|es|ing)|join(?:ed|s)?|attend(?:ed|s|ing)?|resum(?:e|ed|es|ing)|open(?:ed|s)?|began|begin|start(?:ed|s)?)\\b[^.;]{0,40}?\\b${TALKS}`,
    example: 'Norway hosted two days of talks last week.',
  },
];

/** Plural references to the parties of earlier sentences: "the two governments met…". */
export const PARTIES_ANAPHOR =
  '(?:the\\s+)?(?:two|three|four|both|all\\s+(?:three|four|the))\\s+(?:sides|governments|countries|parties|delegations|states|neighbou?rs|camps)|the\\s+(?:sides|parties|delegations|negotiating\\s+teams)|both\\s+sides';

/** Words that make a meeting only hoped for, refused or denied: no meeting is recorded. */
export const UNREAL_MEETING =
  "(?:not|n['’]t|never|refus(?:e|es|ed|ing)\\s+to|declin(?:e|es|ed|ing)\\s+to|hop(?:e|es|ed|ing)\\s+to|could|might|may|would\\s+like\\s+to|call(?:s|ed)?\\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|no)";
