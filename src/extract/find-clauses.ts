import type { Sentence } from './segment-sentences.ts';

/** A clause of a sentence: a stretch that has its own subject and verb. */
export interface Clause {
  start: number;
  end: number;
}

// Connectives that open a new clause after a comma: "…, but the group refused".
// "but only if …" stays with its clause: it is that clause's condition.
// Participles that open a clause of their own: ", calling the terms delusional", "and vowing to …".
const PARTICIPLE =
  '(?!(?:including|during|according|following|regarding|concerning|notwithstanding|pending|excluding|involving|bring|thing|something|nothing|anything|everything|morning|evening|meeting|building|ceasing|king|ring|spring|wing)\\b)[a-z]{2,}ing\\b';
const CLAUSE_BREAK = new RegExp(
  [
    ';',
    '\\s[—–]\\s',
    // "…, but the group refused"; "but only if …" stays with its clause: it is that clause's condition.
    ',\\s+(?=(?:but(?!\\s+(?:only|also)\\b)|while|whereas|although|though|yet|even\\s+as|meanwhile)\\b)',
    // "Gaza must be demilitarised, and this can only happen if …": "and" with a new subject.
    ',\\s+(?=and\\s+(?:this|that|it|we|they|he|she|i)\\s)',
    // "… would not change despite agreeing to the deal": a concession is a clause of its own.
    ',?\\s(?=(?:despite|in\\s+spite\\s+of)\\b)',
    `,\\s+(?=(?:and\\s+)?${PARTICIPLE})`,
    `\\s(?=and\\s+${PARTICIPLE})`,
    '\\s(?=but\\s+(?!only\\b|also\\b|rather\\b))(?<!\\bnot\\s+(?:only|just)\\b[^,;]{0,60}\\s)',
  ].join('|'),
  'giu',
);
// A leading subordinate clause ends at its first comma: "While X insists on Y, Z …".
const LEADING_SUBORDINATE =
  /^(?:while|whereas|although|though|even\s+though|despite|however|meanwhile)\b[^,]*,/iu;

/** Splits a sentence into clauses at semicolons, dashes and contrastive connectives. */
export function splitClauses(sentence: Sentence): Clause[] {
  const cuts: number[] = [];
  const lead = LEADING_SUBORDINATE.exec(sentence.text);
  // "However," alone is a discourse marker, not a clause.
  if (lead && !/^(?:however|meanwhile),$/iu.test(lead[0])) cuts.push(lead[0].length);
  CLAUSE_BREAK.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = CLAUSE_BREAK.exec(sentence.text)) !== null) cuts.push(m.index);
  const sorted = [...new Set(cuts)]
    .filter((c) => c > 0 && c < sentence.text.length)
    .sort((a, b) => a - b);
  const clauses: Clause[] = [];
  let from = 0;
  for (const cut of [...sorted, sentence.text.length]) {
    if (cut > from) clauses.push({ start: sentence.start + from, end: sentence.start + cut });
    from = cut;
  }
  return clauses;
}

// ", which negotiates alongside the ministry,": a description set off by commas.
const RELATIVE =
  /,\s*(?:(?:during|in|under|by|through|after|before|for|of)\s+)?(?:which|who|whose|whom)\b[^,;]*(?:,|(?=;)|$)/giu;

/** Non-restrictive relative clauses: what they say belongs to their antecedent, not the main clause. */
export function findRelativeSpans(sentence: Sentence): Clause[] {
  const spans: Clause[] = [];
  RELATIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = RELATIVE.exec(sentence.text)) !== null) {
    spans.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length });
  }
  return spans;
}
