import type { TextDirection } from './text-direction.ts';
import { detectScriptLanguage } from './text-direction.ts';

/**
 * A well-formed BCP 47 language tag (RFC 5646) with a two- or three-letter language: `en`,
 * `ar`, `he`, `pt-BR`, `sr-Latn`, `ar-EG`, `zh-Hant-TW`. Case is free, as BCP 47 says; names
 * ("English") and underscores (`en_US`) are not tags.
 */
export const LANGUAGE_TAG_PATTERN =
  /^[A-Za-z]{2,3}(?:-[A-Za-z]{3}){0,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?(?:-(?:[A-Za-z\d]{5,8}|\d[A-Za-z\d]{3}))*(?:-[\dA-WY-Za-wy-z](?:-[A-Za-z\d]{2,8})+)*(?:-x(?:-[A-Za-z\d]{1,8})+)?$/;

/** What a bad language tag is told, after its field's name. */
export const LANGUAGE_TAG_MESSAGE = 'must be a BCP 47 language tag such as en, ar or he';

/** Whether a text is a well-formed language tag (see {@link LANGUAGE_TAG_PATTERN}). */
export function isLanguageTag(tag: string): boolean {
  return LANGUAGE_TAG_PATTERN.test(tag);
}

// Languages written right to left in their usual script (iw and ji are old codes of he and yi).
const RTL_LANGUAGES = new Set([
  'ar',
  'arc',
  'ckb',
  'dv',
  'fa',
  'he',
  'iw',
  'ji',
  'ks',
  'mzn',
  'nqo',
  'pnb',
  'prs',
  'ps',
  'sd',
  'syr',
  'ug',
  'ur',
  'yi',
]);
// Scripts written right to left, as a tag's script subtag names them (ISO 15924).
const RTL_SCRIPTS = new Set([
  'arab',
  'hebr',
  'syrc',
  'thaa',
  'nkoo',
  'samr',
  'mand',
  'adlm',
  'rohg',
]);

/** A tag's language subtag, lower case: `pt-BR` → `pt`. */
export function primaryLanguage(tag: string): string {
  return (tag.split('-')[0] ?? '').toLowerCase();
}

/** The direction a language is written in: its script subtag's, else its language's usual one. */
export function directionOfLanguage(tag: string): TextDirection {
  const script = tag.split('-').find((part, i) => i > 0 && /^[A-Za-z]{4}$/.test(part));
  if (script !== undefined) return RTL_SCRIPTS.has(script.toLowerCase()) ? 'rtl' : 'ltr';
  return RTL_LANGUAGES.has(primaryLanguage(tag)) ? 'rtl' : 'ltr';
}

/** Whether a tag names English (`en`, `en-GB`…). */
export function isEnglish(tag: string): boolean {
  return primaryLanguage(tag) === 'en';
}

/**
 * The language an article is read in: the one its front matter declares, else the one its
 * script tells (`ar`, `he`, or `und` for another right-to-left script); undefined for a text
 * in Latin or other left-to-right script, which the extractor takes for English.
 */
export function articleLanguage(declared: string | undefined, text: string): string | undefined {
  if (declared !== undefined) return declared;
  const script = detectScriptLanguage(text);
  return script.direction === 'rtl' ? (script.language ?? 'und') : undefined;
}

/** How a text is shown: its `lang` when known, and its direction. */
export interface ShownLanguage {
  lang?: string;
  dir: TextDirection;
}

/** A source's language as shown: the one it declares, else the one its script tells. */
export function shownLanguage(text: string, declared?: string): ShownLanguage {
  if (declared !== undefined) return { lang: declared, dir: directionOfLanguage(declared) };
  const script = detectScriptLanguage(text);
  return script.language
    ? { lang: script.language, dir: script.direction }
    : { dir: script.direction };
}

/**
 * A quote's language as shown, within its source's: the source's, unless the quote is mostly
 * written the other way (an English report quoting a sentence in Arabic), when its script tells.
 */
export function shownQuoteLanguage(quote: string, source: ShownLanguage): ShownLanguage {
  const own = detectScriptLanguage(quote);
  if (own.direction === source.dir) return source;
  return own.language ? { lang: own.language, dir: own.direction } : { dir: own.direction };
}
