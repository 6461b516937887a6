/** A word that opens a condition clause: what a conditional position waits for. */
export interface ConditionMarker {
  id: string;
  /** Regular expression source, case-insensitive. */
  pattern: string;
  /** Only a condition when it opens its clause ("if" elsewhere is often "asked if"). */
  leadingOnly?: boolean;
  /** Only a condition with "only" before it in the clause ("would only take effect after …"). */
  needsOnly?: boolean;
  /** Only a condition after a refusal in the clause ("would not … while …"). */
  needsNegation?: boolean;
  example: string;
}

/** Condition markers, as in "will not release captives until the attacks cease". */
export const CONDITION_MARKERS: readonly ConditionMarker[] = [
  {
    id: 'until',
    pattern: 'until|till|unless',
    example: 'It will not release captives until the attacks cease.',
  },
  {
    id: 'only-if',
    pattern:
      'only\\s+(?:if|when|after|once|in\\s+the\\s+event\\s+of)|in\\s+the\\s+event\\s+of|except\\s+(?:if|when|after)',
    example: 'The union will sign only if pensions are protected.',
  },
  {
    id: 'once',
    pattern: 'once|as\\s+soon\\s+as',
    example: 'Once the shelling stops, the group is willing to talk.',
  },
  {
    id: 'provided',
    pattern:
      'provided(?:\\s+that)?|providing(?:\\s+that)?|as\\s+long\\s+as|so\\s+long\\s+as|on\\s+(?:the\\s+)?condition\\s+that|conditional\\s+(?:up)?on|subject\\s+to|contingent\\s+(?:up)?on|tied\\s+to|linked\\s+to',
    example: 'Valdor will accept the quota provided that monitors are deployed.',
  },
  {
    id: 'exchange',
    pattern: '(?:only\\s+)?in\\s+(?:exchange|return)\\s+for|in\\s+a\\s+swap\\s+for',
    example: 'The group would free the captives in exchange for prisoners.',
  },
  {
    id: 'if',
    pattern: 'if',
    leadingOnly: true,
    example: 'If the sanctions are lifted, the ministry would resume talks.',
  },
  {
    // "would not agree to end the war while Hamas still ruled Gaza", "will not talk about an
    // exchange before the aggression stops": after a refusal, "while" and "before" condition it.
    id: 'while-not',
    pattern: 'while|before|as\\s+long\\s+as',
    needsNegation: true,
    example: 'Israel would not pull its troops out while the group still ruled the strip.',
  },
  {
    // "would only take effect after the sanctions are lifted": "only" earlier in the clause.
    id: 'after',
    pattern: 'after|when',
    needsOnly: true,
    example: 'The sea truce would only take effect after the sanctions are lifted.',
  },
];

/** "X, not just Y": Y is acceptable only with X. */
export const NOT_JUST =
  'not\\s+(?:just|only|merely|simply|solely)|rather\\s+than\\s+(?:just|only|merely)?';
