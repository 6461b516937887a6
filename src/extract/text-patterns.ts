/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Start and end of a word: letters and digits only, so "U.S." and "Israel’s" match whole. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** An English possessive ending: `’s`, `'s`, or a bare apostrophe after s. */
export const POSSESSIVE = "(?:['’]s|['’](?<=s['’]))?";

/** A word less its inflection ("ceases" → "cease", "parties" → "party", "stopped" → "stopp"). */
export function stemOf(word: string): string {
  const lower = word.toLowerCase();
  if (lower.length <= 3) return lower;
  const keepsFinalS = /(?:ss|us|is)$/.test(lower); // "process", "status", "crisis"
  if (/ies$/.test(lower)) return lower.slice(0, -3) + 'y';
  if (!keepsFinalS && /(?:ches|shes|xes)$/.test(lower)) return lower.slice(0, -2);
  if (!keepsFinalS && /s$/.test(lower)) return lower.slice(0, -1);
  if (/ing$/.test(lower) && lower.length > 5) return lower.slice(0, -3);
  if (/ed$/.test(lower) && lower.length > 4) return lower.slice(0, -2);
  return lower;
}

/**
 * A pattern for one word and its inflections: "cease" also matches "ceases",
 * "ceased", "ceasing"; "stop" matches "stops", "stopped"; "captive" "captives".
 * Short words take their endings too ("end" → "ends", "ended", "ending"; "cut" → "cutting"),
 * except the shortest function words, which stay as they are.
 */
export function inflectWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[\p{L}]+$/u.test(lower)) return escapeRegExp(lower);
  if (lower.length <= 2 || /^(?:the|and|for|its|our|any|all|his|her|who)$/u.test(lower))
    return escapeRegExp(lower);
  if (lower.length === 3) {
    const doubled = /[aeiou][bdgklmnprt]$/.test(lower) ? `${lower.slice(-1)}?` : '';
    return `${escapeRegExp(lower)}(?:s|es|${doubled}(?:ed|ing))?`;
  }
  const stem = stemOf(lower);
  if (stem.endsWith('y') && stem.length > 3 && !/[aeiou]y$/.test(stem)) {
    return `${escapeRegExp(stem.slice(0, -1))}(?:y|ies|ied|ying)`;
  }
  // "free" → "frees", "freed", "freeing"; "agree" → "agreed".
  if (stem.endsWith('ee')) return `${escapeRegExp(stem)}(?:s|d|ing)?`;
  if (stem.endsWith('e')) {
    return `${escapeRegExp(stem.slice(0, -1))}(?:e|es|ed|ing)`;
  }
  const last = stem.slice(-1);
  const doubled = /[bdgklmnprt]/.test(last) && /[aeiou][bdgklmnprt]$/.test(stem) ? `${last}?` : '';
  return `${escapeRegExp(stem)}(?:${doubled}(?:ed|ing)|s|es)?`;
}

// Words a reporter may slip into a codebook phrase: "release of the 129 captives", and the
// modals of a clause the phrase is ("the fighting would stop", "troops to withdraw").
const FILLER =
  '(?:the|a|an|any|more|all|its|their|his|her|our|some|further|remaining|other|new|several|two|three|four|five|six|seven|eight|nine|ten|would|will|to|must|could|should|can|shall|\\d[\\d,.]*%?)';

/**
 * A pattern for a multi-word phrase: each word inflected, separated by spaces or
 * hyphens, with up to two filler words between words.
 */
export function inflectPhrase(phrase: string): string {
  const words = phrase
    .trim()
    .split(/[\s-]+/)
    .filter(Boolean);
  const gap = `(?:[\\s-]+${FILLER}){0,2}[\\s-]+`;
  return words.map(inflectWord).join(gap);
}

/**
 * A pattern for a name as written (case and spelling kept), with a possessive. A leading
 * lower-case word ("the Palestinian group") may open a sentence with a capital.
 */
export function namePattern(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"));
  const first = words[0] ?? '';
  if (/^\p{Ll}/u.test(first))
    words[0] = `[${first.charAt(0)}${first.charAt(0).toUpperCase()}]${first.slice(1)}`;
  return `${words.join('\\s+')}${POSSESSIVE}`;
}

/** Whether a phrase should match regardless of case: it has no capital letters. */
export function isLowerCase(phrase: string): boolean {
  return phrase === phrase.toLowerCase();
}

/** A match of a pattern inside a text: which entry matched, and where. */
export interface PatternMatch<T> {
  value: T;
  start: number;
  end: number;
  text: string;
}

/**
 * A set of patterns compiled into one regular expression (one capture group per
 * entry), scanned once over a text: longest match wins where entries overlap.
 */
export class PatternSet<T> {
  private readonly regex: RegExp | undefined;
  private readonly values: T[];

  constructor(entries: readonly { pattern: string; value: T }[], flags: string) {
    // Longer patterns first so "permanent ceasefire" beats "ceasefire" at the same place.
    const sorted = [...entries].sort((a, b) => b.pattern.length - a.pattern.length);
    this.values = sorted.map((e) => e.value);
    this.regex =
      sorted.length === 0
        ? undefined
        : // One word-start check for all alternatives, rather than one per alternative.
          new RegExp(
            `${WORD_START}(?:${sorted.map((e) => `(${e.pattern})`).join('|')})${WORD_END}`,
            `g${flags}u`,
          );
  }

  /** Every non-overlapping match in `text`, offsets shifted by `offset`. */
  matchAll(text: string, offset = 0): PatternMatch<T>[] {
    if (!this.regex) return [];
    const out: PatternMatch<T>[] = [];
    this.regex.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = this.regex.exec(text)) !== null) {
      const group = m.findIndex((g, i) => i > 0 && g !== undefined);
      const value = this.values[group - 1];
      if (value !== undefined) {
        out.push({
          value,
          start: offset + m.index,
          end: offset + m.index + m[0].length,
          text: m[0],
        });
      }
      if (m[0].length === 0) this.regex.lastIndex++;
    }
    return out;
  }
}

/** Merges match lists, keeping the longest where two overlap, in text order. */
export function longestNonOverlapping<T extends { start: number; end: number }>(
  matches: readonly T[],
): T[] {
  const sorted = [...matches].sort(
    (a, b) => a.start - b.start || b.end - b.start - (a.end - a.start),
  );
  const out: T[] = [];
  for (const m of sorted) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start) out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}

/** The index key of a phrase or word: the first three letters or digits of its first word, lower-cased. */
export function keyOf(text: string): string {
  const word = /[\p{L}\p{N}]+/u.exec(text)?.[0] ?? '';
  return word.slice(0, 3).toLowerCase();
}

/** An entry of a {@link KeyedPatternSet}: a pattern anchored at a word start, and its key. */
export interface KeyedEntry<T> {
  pattern: string;
  value: T;
  /** {@link keyOf} the words the pattern starts with (for an inflected word, of its stem). */
  key: string;
  /** Match regardless of case. */
  caseless: boolean;
  /** Where entries can match at the same place, the higher rank is tried first (default: the pattern's length). */
  rank?: number;
}

const WORD = /[\p{L}\p{N}]+/gu;

/** A word of a text: where it starts and its index key. */
interface KeyedWord {
  index: number;
  key: string;
}

// The words of the last text scanned: the actor and issue sets scan each sentence in turn.
let lastText: string | undefined;
let lastWords: KeyedWord[] = [];

function keyedWords(text: string): KeyedWord[] {
  if (text === lastText) return lastWords;
  const words: KeyedWord[] = [];
  WORD.lastIndex = 0;
  let word: RegExpExecArray | null;
  while ((word = WORD.exec(text)) !== null)
    words.push({ index: word.index, key: word[0].slice(0, 3).toLowerCase() });
  lastText = text;
  lastWords = words;
  return words;
}

/**
 * Many phrase patterns (codebook names and issue phrases) matched in one pass: each
 * word of the text looks up only the patterns that can start with it, by its first
 * three letters, instead of trying hundreds of alternatives at every character. At
 * one place the longest pattern that matches wins, and matches never overlap.
 */
export class KeyedPatternSet<T> {
  /** Per key, one sticky alternation per case mode (longest pattern first), and its values. */
  private readonly byKey = new Map<string, { regex: RegExp; values: T[] }[]>();

  constructor(entries: readonly KeyedEntry<T>[]) {
    const groups = new Map<string, KeyedEntry<T>[]>();
    for (const e of entries) {
      const group = `${e.key}\u0000${e.caseless ? 'i' : ''}`;
      groups.set(group, [...(groups.get(group) ?? []), e]);
    }
    for (const [group, list] of groups) {
      const [key = '', flags = ''] = group.split('\u0000');
      const rankOf = (e: KeyedEntry<T>) => e.rank ?? e.pattern.length;
      const sorted = [...list].sort((a, b) => rankOf(b) - rankOf(a));
      const regex = new RegExp(
        `(?:${sorted.map((e) => `(${e.pattern})`).join('|')})${WORD_END}`,
        `y${flags}u`,
      );
      this.byKey.set(key, [
        ...(this.byKey.get(key) ?? []),
        { regex, values: sorted.map((e) => e.value) },
      ]);
    }
  }

  /** Every non-overlapping match in `text`, offsets shifted by `offset`. */
  matchAll(text: string, offset = 0): PatternMatch<T>[] {
    const out: PatternMatch<T>[] = [];
    let end = 0;
    for (const word of keyedWords(text)) {
      if (word.index < end) continue;
      const groups = this.byKey.get(word.key);
      if (!groups) continue;
      let best: { value: T; length: number; text: string } | undefined;
      for (const { regex, values } of groups) {
        regex.lastIndex = word.index;
        const m = regex.exec(text);
        if (!m || (best && m[0].length <= best.length)) continue;
        const value = values[m.findIndex((g, i) => i > 0 && g !== undefined) - 1];
        if (value !== undefined) best = { value, length: m[0].length, text: m[0] };
      }
      if (!best) continue;
      out.push({
        value: best.value,
        start: offset + word.index,
        end: offset + word.index + best.length,
        text: best.text,
      });
      end = word.index + best.length;
    }
    return out;
  }
}
