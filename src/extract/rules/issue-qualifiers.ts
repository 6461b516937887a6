/**
 * Words around a ceasefire that decide which issue it is (ANNOTATION.md "Qualifiers decide the
 * issue"): a ceasefire with a duration or a phase is a temporary truce; a permanent, lasting or
 * complete one, or an end to the war, is a permanent ceasefire. They apply only where the
 * codebook has both a temporary and a permanent issue (see `compileCodebook`).
 */
export interface IssueQualifier {
  id: string;
  /** Regular expression source, case-insensitive. */
  pattern: string;
  /** Which of the two issues the qualifier points to. */
  kind: 'temporary' | 'permanent';
  /**
   * Where the qualifier stands: right before the ceasefire words, right after them, or opening
   * the sentence, where it governs every ceasefire the sentence names ("The first phase would last
   * six weeks, with a full ceasefire …": the phase's duration wins over "full").
   */
  side: 'before' | 'after' | 'sentence';
  example: string;
}

const NUMBER =
  '(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty|thirty|forty(?:-two)?|forty-five|fifty|sixty|ninety|a\\s+few|several)';
const UNIT = '(?:hours?|days?|weeks?|months?)';

/** The qualifiers, each with a phrase it is for. */
export const ISSUE_QUALIFIERS: readonly IssueQualifier[] = [
  {
    id: 'duration-before',
    pattern: `${NUMBER}[\\s-]+${UNIT}(?:[\\s-]+long)?`,
    kind: 'temporary',
    side: 'before',
    example: 'a four-day ceasefire',
  },
  {
    id: 'duration-after',
    pattern: `(?:of|for|lasting)\\s+(?:up\\s+to\\s+|about\\s+|around\\s+|at\\s+least\\s+|an?\\s+(?:initial|further|additional)\\s+)?${NUMBER}\\s+${UNIT}|(?:extension|extended)`,
    kind: 'temporary',
    side: 'after',
    example: 'a ceasefire of six weeks',
  },
  {
    id: 'temporary-word',
    pattern:
      'temporary|short(?:-term)?|brief|initial|interim|limited|partial|humanitarian|first[\\s-]+(?:phase|stage)|phase[\\s-]+one|extended|renewed|new\\s+temporary',
    kind: 'temporary',
    side: 'before',
    example: 'a humanitarian ceasefire',
  },
  {
    id: 'extend-before',
    pattern: '(?:extend|prolong|renew)(?:s|ed|ing)?(?:\\s+(?:the|a))?(?:\\s+(?:current|existing))?',
    kind: 'temporary',
    side: 'before',
    example: 'a plan to extend the current ceasefire',
  },
  {
    id: 'phase-of',
    pattern:
      '(?:first|initial|opening)\\s+(?:phase|stage)\\s+of\\s+(?:the|a|an)?\\s*(?:[\\p{L}-]+\\s+){0,2}?',
    kind: 'temporary',
    side: 'before',
    example: 'the first phase of the ceasefire',
  },
  {
    id: 'phase-sentence',
    // No later phase between the opening and the ceasefire: "the second stage would bring a
    // permanent halt" stays permanent.
    pattern:
      '^\\W*(?:(?:in|during|under)\\s+)?(?:the\\s+|its\\s+|a\\s+)?(?:first|initial|opening)\\s+(?:phase|stage)\\b(?:(?!\\b(?:(?:second|third|final|last|next|later)\\s+(?:phase|stage)|(?:phase|stage)\\s+(?:two|three))\\b)[^;])*$',
    kind: 'temporary',
    side: 'sentence',
    example: 'The first phase would last six weeks, with a full ceasefire',
  },
  {
    id: 'permanent-word',
    pattern:
      'permanent|lasting|durable|complete|comprehensive|full|total|sustainable|sustained|definitive|general|long-term|final',
    kind: 'permanent',
    side: 'before',
    example: 'a lasting ceasefire',
  },
];
