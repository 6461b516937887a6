/** A sentence of a text, with its character offsets (`text.slice(start, end) === sentence.text`). */
export interface Sentence {
  index: number;
  start: number;
  end: number;
  text: string;
  /** Index of the paragraph the sentence belongs to (blank lines separate paragraphs). */
  paragraph: number;
}

// Words that end with a period without ending a sentence. Lower-cased, without the period.
const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'prof',
  'gen',
  'lt',
  'col',
  'maj',
  'capt',
  'cpt',
  'sgt',
  'adm',
  'cmdr',
  'gov',
  'sen',
  'rep',
  'rev',
  'hon',
  'amb',
  'pres',
  'st',
  'mt',
  'ft',
  'jr',
  'sr',
  'inc',
  'ltd',
  'co',
  'corp',
  'vs',
  'nos',
  'jan',
  'feb',
  'mar',
  'apr',
  'jun',
  'jul',
  'aug',
  'sep',
  'sept',
  'oct',
  'nov',
  'dec',
  'approx',
  'est',
  'dept',
  'univ',
  'fig',
  'cf',
  'al',
]);

// After a dotted acronym ("U.S."), only these words start a new sentence.
const SENTENCE_STARTERS = new Set([
  'The',
  'A',
  'An',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'But',
  'However',
  'In',
  'On',
  'At',
  'This',
  'That',
  'These',
  'Those',
  'Meanwhile',
  'Earlier',
  'Later',
  'Officials',
  'Talks',
  'Its',
  'Their',
]);

const CLOSERS = '"\'”’)]»';
const OPENERS = '"\'“‘([«';

/**
 * Splits a text into sentences. Survives abbreviations ("Gen.", "U.S."), initials
 * ("J. R. Okafor"), decimals, quotes and parentheses; blank lines always end a sentence.
 */
export function segmentSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = skipSpace(text, 0);
  let depth = 0; // open parentheses: a period inside them does not end the sentence
  const push = (end: number) => {
    let e = end;
    while (e > start && /\s/.test(text[e - 1] ?? '')) e--;
    if (e > start) {
      sentences.push({
        index: sentences.length,
        start,
        end: e,
        text: text.slice(start, e),
        paragraph,
      });
    }
  };
  for (let i = start; i < text.length; i++) {
    const ch = text[i] ?? '';
    if (ch === '\n') {
      const rest = /^\n[ \t\r]*\n\s*/.exec(text.slice(i));
      if (rest) {
        push(i);
        paragraph++;
        depth = 0;
        start = i + rest[0].length;
        i = start - 1;
        continue;
      }
    }
    if (ch === '(' || ch === '[') depth++;
    else if ((ch === ')' || ch === ']') && depth > 0) depth--;
    if (ch !== '.' && ch !== '!' && ch !== '?' && ch !== '…') continue;
    // Take the whole run of terminators and closing quotes or brackets.
    let j = i + 1;
    while (j < text.length && ('.!?…'.includes(text[j] ?? '') || CLOSERS.includes(text[j] ?? ''))) {
      if ((text[j] === ')' || text[j] === ']') && depth > 0) depth--;
      j++;
    }
    // "3.5", "U.S.-led", "example.com" go on; "…the office added.Hamas said…" (a space lost in a
    // stored copy) ends a sentence: a lower-case word, the stop, then a capitalised word.
    const glued =
      j < text.length &&
      /\p{Ll}{2}["'”’)\]]*[.!?…]+["'”’)\]]*$/u.test(text.slice(Math.max(0, i - 4), j)) &&
      /^\p{Lu}\p{Ll}/u.test(text.slice(j, j + 2));
    if (j < text.length && !/\s/.test(text[j] ?? '') && !glued) continue;
    const next = skipSpace(text, j);
    if (next >= text.length) break;
    const nextChar = text[next] ?? '';
    if (!/[\p{Lu}\p{N}]/u.test(nextChar) && !OPENERS.includes(nextChar)) continue;
    if (depth > 0 && !CLOSERS.includes(text[j - 1] ?? '')) continue;
    if (ch === '.' && !endsSentence(text, i, next)) continue;
    if (/\n[ \t\r]*\n/.test(text.slice(j, next))) continue; // the paragraph rule will split here
    push(j);
    start = next;
    depth = 0;
    i = next - 1;
  }
  push(text.length);
  return sentences;
}

function skipSpace(text: string, from: number): number {
  let i = from;
  while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  return i;
}

/** Whether the period at `dot` ends a sentence, given where the next one would start. */
function endsSentence(text: string, dot: number, next: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 20), dot))?.[1] ?? '';
  const word = before.replace(/^\.+/, '');
  if (word === '') return true;
  const nextWord = /^[\p{L}]+/u.exec(text.slice(next))?.[0] ?? '';
  // A single capital is an initial ("J. R. Okafor"), unless it is a sentence's last word.
  if (/^\p{Lu}$/u.test(word)) return false;
  // Dotted acronyms ("U.S.", "U.N.") end a sentence only before a typical sentence start.
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return SENTENCE_STARTERS.has(nextWord);
  if (ABBREVIATIONS.has(word.toLowerCase())) return false;
  return true;
}
