// The one part of right-to-left handling first paint needs (the matrix's cell names), apart
// from text-direction.ts so that first paint takes only this.

/**
 * Characters of the right-to-left scripts, as a character class body: Hebrew, Arabic, Syriac,
 * Thaana, NKo, Samaritan, Mandaic and their supplements, the Hebrew and Arabic presentation
 * forms, and the historic and Adlam blocks beyond the BMP.
 */
export const RTL_RANGES =
  '\\u0590-\\u08ff\\ufb1d-\\ufdff\\ufe70-\\ufefc\\u{10800}-\\u{10fff}\\u{1e800}-\\u{1efff}';
const HAS_RTL = new RegExp(`[${RTL_RANGES}]`, 'u');

/** First strong isolate and pop directional isolate: U+2068 and U+2069. */
export const FSI = '\u2068';
export const PDI = '\u2069';

/**
 * A name or label set apart (FSI … PDI) when it holds right-to-left script, for text built as
 * a string around it (an accessible name, an SVG `<title>`): an Arabic party name before
 * " — Release: demand" then leaves the dash and colon where they are written. Text without
 * right-to-left script is returned unchanged.
 */
export function isolateBidi(text: string): string {
  return HAS_RTL.test(text) ? `${FSI}${text}${PDI}` : text;
}
