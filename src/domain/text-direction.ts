// Right-to-left text: which way a text runs, which language its script tells, and how to
// keep a phrase written the other way from reordering the words around it.

/**
 * Right-to-left script, the same ranges as isolate-bidi.ts's (a test checks). Not imported
 * from there: the bundler then moves that module into a chunk of its own for first paint.
 */
export const SCRIPT_RTL_RANGES =
  '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc\\u{10800}-\\u{10fff}\\u{1e800}-\\u{1efff}';
const RTL_RANGES = SCRIPT_RTL_RANGES;
const HAS_RTL = new RegExp(`[${RTL_RANGES}]`, 'u');

/** Whether a text holds any character of a right-to-left script. */
export function hasRtl(text: string): boolean {
  return HAS_RTL.test(text);
}

/** A text's direction, as `dir` and SVG's `direction` spell it. */
export type TextDirection = 'ltr' | 'rtl';

const RTL_LETTER = new RegExp(`^(?=\\p{L})[${RTL_RANGES}]$`, 'u');
// Any isolate a text opens (LRI, RLI, FSI) up to the PDI that closes it, or the text's end.
const ISOLATED = /[\u2066-\u2068][^\u2069]*\u2069?/g;

/**
 * The direction of a text's first strong letter outside isolates, as `dir="auto"` and the
 * Unicode bidi algorithm (rules P2–P3) find it; undefined when it has no letter.
 */
export function firstStrongDirection(text: string): TextDirection | undefined {
  const outside = text.replace(ISOLATED, '');
  const letter = /\p{L}/u.exec(outside)?.[0];
  if (letter === undefined) return undefined;
  return RTL_LETTER.test(letter) ? 'rtl' : 'ltr';
}

/** Letters of a text: how many in all, in Arabic script, and in Hebrew script. */
export interface ScriptCounts {
  letters: number;
  arabic: number;
  hebrew: number;
  rtl: number;
}

const NOT_LETTERS = /\P{L}+/gu;
const RTL_LETTERS = new RegExp(`[${RTL_RANGES}]+`, 'gu');
const ARABIC_LETTERS = /\p{Script=Arabic}/gu;
const HEBREW_LETTERS = /\p{Script=Hebrew}/gu;
const ASTRAL = /[\u{10000}-\u{10ffff}]/gu;

/** How many characters (code points, not UTF-16 units) a text has. */
function codePoints(text: string): number {
  return text.length - (text.match(ASTRAL)?.length ?? 0);
}

/**
 * Counts a text's letters by script. A few native passes over the letters rather than one
 * match per letter: the extractor runs this on every article, whatever its length.
 */
export function countScripts(text: string): ScriptCounts {
  const letters = text.replace(NOT_LETTERS, '');
  const rtl = (letters.match(RTL_LETTERS) ?? []).join('');
  return {
    letters: codePoints(letters),
    rtl: codePoints(rtl),
    arabic: rtl.match(ARABIC_LETTERS)?.length ?? 0,
    hebrew: rtl.match(HEBREW_LETTERS)?.length ?? 0,
  };
}

/** The share of a text's letters that are right-to-left (0 when it has no letter). */
export function rtlShare(text: string): number {
  const { letters, rtl } = countScripts(text);
  return letters === 0 ? 0 : rtl / letters;
}

/**
 * At least this share of a text's letters right-to-left makes it a right-to-left text. An
 * English report quoting a sentence in Arabic stays well below it; an Arabic report naming
 * "Netanyahu" or "UNRWA" in Latin letters stays well above.
 */
export const RTL_TEXT_SHARE = 0.5;

/** What a text's script tells of it: its direction and, for Arabic or Hebrew script, its language. */
export interface ScriptLanguage {
  direction: TextDirection;
  language?: 'ar' | 'he';
}

/**
 * A text's direction by the share of its letters that are right-to-left, and its language
 * when that is Arabic or Hebrew script: `ar` or `he`, the commonest language of each (a Persian
 * or Yiddish text says so in its front matter). A text mostly in other scripts is `ltr`.
 */
export function detectScriptLanguage(text: string): ScriptLanguage {
  if (!hasRtl(text)) return { direction: 'ltr' }; // one native scan for most texts
  const { letters, arabic, hebrew, rtl } = countScripts(text);
  if (letters === 0 || rtl / letters < RTL_TEXT_SHARE) return { direction: 'ltr' };
  if (arabic === 0 && hebrew === 0) return { direction: 'rtl' };
  return { direction: 'rtl', language: arabic >= hebrew ? 'ar' : 'he' };
}

/** One piece of a text split by {@link splitBidiRuns}: kept in line, or set apart. */
export interface BidiRun {
  text: string;
  /** Set for a run written the other way than its surroundings, with that direction. */
  isolate?: TextDirection;
}

// A run of right-to-left words: from a right-to-left character to the last one before a
// left-to-right letter or a line end, with the spaces, digits and punctuation between them.
const RTL_RUN = new RegExp(`[${RTL_RANGES}](?:[^\\p{L}\\n]*[${RTL_RANGES}])*\\p{M}*`, 'gu');
// A run of left-to-right words inside right-to-left text, likewise.
const LTR_RUN = new RegExp(
  `(?:(?![${RTL_RANGES}])[\\p{L}\\p{N}])(?:[^\\p{L}\\n${RTL_RANGES}]*(?:(?![${RTL_RANGES}])[\\p{L}\\p{N}]))*\\p{M}*`,
  'gu',
);

/**
 * Splits a text into the runs written in its own direction (`base`) and those written the
 * other way, so each of the latter can be isolated (`<bdi>`): quotation marks, dashes and
 * full stops next to an Arabic phrase in an English sentence then stay where they are written.
 * The runs' texts joined are the text, character for character.
 */
export function splitBidiRuns(text: string, base: TextDirection): BidiRun[] {
  if (!hasRtl(text)) return [{ text }];
  const pattern = base === 'ltr' ? RTL_RUN : LTR_RUN;
  const other: TextDirection = base === 'ltr' ? 'rtl' : 'ltr';
  const runs: BidiRun[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) runs.push({ text: text.slice(at, match.index) });
    runs.push({ text: match[0], isolate: other });
    at = match.index + match[0].length;
  }
  if (at < text.length) runs.push({ text: text.slice(at) });
  return runs;
}
