import { detectScriptLanguage, firstStrongDirection, hasRtl } from '../domain/text-direction.ts';

/**
 * The fonts an exported chart names: DejaVu Sans (whose widths the layout estimates), fonts
 * with Arabic and Hebrew glyphs, and fallbacks every system has one of.
 */
export const EXPORT_FONT_FAMILY =
  'DejaVu Sans, Noto Sans Arabic, Noto Sans Hebrew, Liberation Sans, Arial, sans-serif';

/** The fonts of a text written right to left: its script's Noto font first, then the others. */
export const RTL_FONT_FAMILIES = {
  ar: 'Noto Sans Arabic, DejaVu Sans, Arial, sans-serif',
  he: 'Noto Sans Hebrew, DejaVu Sans, Arial, sans-serif',
} as const;

// In a right-to-left text, `start` is its right end: the anchor flips so the text stays put.
const FLIPPED_ANCHOR: Readonly<Record<string, string>> = {
  start: 'end',
  end: 'start',
  middle: 'middle',
};

/** Average advance of a character as a share of the font size, for DejaVu Sans (a wide font). */
const CHAR_WIDTH = 0.6;

// Characters XML 1.0 does not allow (C0 controls but tab, LF, CR; lone surrogates; U+FFFE/F):
// a document holding one does not parse, so they are dropped from exported text.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

// Any character escapeXml changes; most attribute values (numbers, colours) hold none, and
// testing once is much quicker than six replacements on each of a large export's ~300,000 values.
const NEEDS_ESCAPE =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[&<>"'\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/;

/** Text made safe for an XML text node or attribute: escaped, and stripped of characters XML forbids. */
export function escapeXml(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** The estimated width of a text line in pixels at a font size. */
export function textWidth(text: string, fontSize: number): number {
  return [...text].length * fontSize * CHAR_WIDTH;
}

/** A text cut with "…" to fit a width in pixels at a font size. */
export function fitText(text: string, width: number, fontSize: number): string {
  const chars = Math.floor(width / (fontSize * CHAR_WIDTH));
  const glyphs = [...text];
  if (glyphs.length <= chars) return text;
  return chars <= 1
    ? ''
    : `${glyphs
        .slice(0, chars - 1)
        .join('')
        .trimEnd()}…`;
}

/**
 * A text broken into lines that fit a width, at spaces; a word longer than a line is cut, or
 * kept whole on its own line when `breakLongWords` is false (the caller condenses it). With
 * `maxLines`, the last line ends in "…" when text is left over.
 */
export function wrapText(
  text: string,
  width: number,
  fontSize: number,
  maxLines = Infinity,
  breakLongWords = true,
): string[] {
  const chars = Math.max(1, Math.floor(width / (fontSize * CHAR_WIDTH)));
  const lines: string[] = [];
  let line = '';
  for (const paragraph of text.split('\n')) {
    for (let word of paragraph.split(/\s+/).filter(Boolean)) {
      while (breakLongWords && [...word].length > chars) {
        if (line) lines.push(line);
        line = '';
        const glyphs = [...word];
        lines.push(glyphs.slice(0, chars).join(''));
        word = glyphs.slice(chars).join('');
      }
      const next = line ? `${line} ${word}` : word;
      if ([...next].length > chars) {
        lines.push(line);
        line = word;
      } else line = next;
    }
    if (line) lines.push(line);
    line = '';
  }
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  const last = kept[maxLines - 1] ?? '';
  kept[maxLines - 1] = fitText(`${last} …`, width, fontSize).replace(/ ?…?$/, '…');
  return kept;
}

/** Attribute values; `undefined` leaves the attribute out. */
export type SvgAttributes = Record<string, string | number | undefined>;

/** The attributes as SVG source: ` name="value"`, values escaped, numbers rounded to 0.01. */
export function attrs(attributes: SvgAttributes): string {
  let out = '';
  for (const name in attributes) {
    const value = attributes[name];
    if (value === undefined) continue;
    // A rounded number needs no escaping.
    out +=
      typeof value === 'number'
        ? ` ${name}="${Math.round(value * 100) / 100}"`
        : ` ${name}="${escapeXml(value)}"`;
  }
  return out;
}

/** An element with attributes and (already serialised) children; empty when it has none. */
export function el(name: string, attributes: SvgAttributes, children = ''): string {
  return children === ''
    ? `<${name}${attrs(attributes)}/>`
    : `<${name}${attrs(attributes)}>${children}</${name}>`;
}

/**
 * A `<text>` element holding a text, escaped. A text whose first strong letter (outside
 * isolates) is right-to-left is set `direction="rtl"`, in its script's font, with its anchor
 * flipped so that it covers the same place a left-to-right text would.
 */
export function textEl(text: string, attributes: SvgAttributes): string {
  return `<text${attrs(hasRtl(text) ? withDirection(text, attributes) : attributes)}>${escapeXml(text)}</text>`;
}

/** The attributes of a text that holds right-to-left script, by its first strong direction. */
export function withDirection(text: string, attributes: SvgAttributes): SvgAttributes {
  if (firstStrongDirection(text) !== 'rtl') return attributes;
  const anchor = String(attributes['text-anchor'] ?? 'start');
  const script = detectScriptLanguage(text).language;
  return {
    ...attributes,
    direction: 'rtl',
    'text-anchor': FLIPPED_ANCHOR[anchor] ?? anchor,
    ...(script && { 'font-family': RTL_FONT_FAMILIES[script] }),
  };
}

/** A `<title>`: what an SVG viewer shows on hover and a screen reader reads. */
export function titleEl(text: string): string {
  return `<title>${escapeXml(text)}</title>`;
}

/**
 * A `<text>` that fits a width: a text estimated wider than `room` is condensed to it
 * (`textLength`) rather than cut, so that a long word stays whole and readable.
 */
export function condensedTextEl(
  text: string,
  room: number,
  fontSize: number,
  attributes: SvgAttributes,
): string {
  const squeeze = textWidth(text, fontSize) > room;
  return textEl(text, {
    ...attributes,
    'font-size': fontSize,
    textLength: squeeze ? room : undefined,
    lengthAdjust: squeeze ? 'spacingAndGlyphs' : undefined,
  });
}
