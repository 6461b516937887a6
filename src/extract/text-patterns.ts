/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Start and end of a word: letters and digits only, so "U.S." and "Israel’s" match whole. */
export const WORD_START = '(?<![\\p{L}\\p{N}])';
export const WORD_END = '(?![\\p{L}\\p{N}])';

/** An English possessive ending: `’s`, `'s`, or a bare apostrophe after s. */
export const POSSESSIVE = "(?:['’]s|['’](?<=s['’]))?";

/**
 * A pattern for one word and its inflections: "cease" also matches "ceases",
 * "ceased", "ceasing"; "stop" matches "stops", "stopped"; "captive" "captives".
 * Short words (3 letters or fewer) only take a plural `s`.
 */
export function inflectWord(word: string): string {
  const lower = word.toLowerCase();
  if (!/^[\p{L}]+$/u.test(lower)) return escapeRegExp(lower);
  if (lower.length <= 3) return `${escapeRegExp(lower)}s?`;
  let stem = lower;
  const keepsFinalS = /(?:ss|us|is)$/.test(stem); // "process", "status", "crisis"
  if (/ies$/.test(stem)) stem = stem.slice(0, -3) + 'y';
  else if (!keepsFinalS && /(?:ches|shes|xes)$/.test(stem)) stem = stem.slice(0, -2);
  else if (!keepsFinalS && /s$/.test(stem)) stem = stem.slice(0, -1);
  else if (/ing$/.test(stem) && stem.length > 5) stem = stem.slice(0, -3);
  else if (/ed$/.test(stem) && stem.length > 4) stem = stem.slice(0, -2);
  if (stem.endsWith('y') && stem.length > 3 && !/[aeiou]y$/.test(stem)) {
    return `${escapeRegExp(stem.slice(0, -1))}(?:y|ies|ied|ying)`;
  }
  if (stem.endsWith('e')) {
    return `${escapeRegExp(stem.slice(0, -1))}(?:e|es|ed|ing)`;
  }
  const last = stem.slice(-1);
  const doubled = /[bdgklmnprt]/.test(last) && /[aeiou][bdgklmnprt]$/.test(stem) ? `${last}?` : '';
  return `${escapeRegExp(stem)}(?:${doubled}(?:ed|ing)|s|es)?`;
}

// Words a reporter may slip into a codebook phrase: "release of the 129 captives".
const FILLER =
  '(?:the|a|an|any|more|all|its|their|his|her|our|some|further|remaining|other|new|several|two|three|four|five|six|seven|eight|nine|ten|\\d[\\d,.]*%?)';

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

/** A pattern for a name as written (case and spelling kept), with a possessive. */
export function namePattern(name: string): string {
  const words = name
    .trim()
    .split(/\s+/)
    .map((w) => escapeRegExp(w).replace(/['’]/g, "['’]"));
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
        : new RegExp(
            sorted.map((e) => `${WORD_START}(${e.pattern})${WORD_END}`).join('|'),
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
