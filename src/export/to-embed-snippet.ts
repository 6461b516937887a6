/** The smallest iframe the embedded views are laid out for. */
export const MIN_EMBED_SIZE = { width: 600, height: 400 } as const;
/** The size the Embed dialog starts with. */
export const DEFAULT_EMBED_SIZE = { width: 800, height: 500 } as const;
/** The largest size the dialog accepts (a typo such as 80000 gets a message, not a snippet). */
export const MAX_EMBED_SIZE = { width: 4000, height: 4000 } as const;

/** What an embed snippet needs: the page to frame, its size in CSS pixels and its title. */
export interface EmbedSnippetInput {
  src: string;
  width: number;
  height: number;
  title: string;
}

/** A value made safe inside a double-quoted HTML attribute. */
export function escapeHtmlAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The `<iframe>` a host page pastes to show one view. Every attribute is escaped (a case title
 * may hold quotes or `<`); `loading="lazy"` defers it until it nears the viewport, and
 * `max-width: 100%` lets it shrink in a narrow column instead of overflowing it.
 */
export function toEmbedSnippet({ src, width, height, title }: EmbedSnippetInput): string {
  const attributes = [
    ['src', src],
    ['width', String(width)],
    ['height', String(height)],
    ['title', title],
    ['loading', 'lazy'],
    ['style', 'border: 0; max-width: 100%'],
  ]
    .map(([name, value]) => `${name}="${escapeHtmlAttribute(value ?? '')}"`)
    .join(' ');
  return `<iframe ${attributes}></iframe>`;
}

/** A size field's value: a whole number of pixels, or why it is not one. */
export type EmbedSizeResult = { ok: true; value: number } | { ok: false; reason: string };

/** Reads a width or height typed into the Embed dialog, in whole CSS pixels within limits. */
export function parseEmbedSize(
  text: string,
  field: 'Width' | 'Height',
  min: number,
  max: number,
): EmbedSizeResult {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: false, reason: `${field} is empty: enter a number of pixels.` };
  if (!/^\d+$/.test(trimmed)) {
    return { ok: false, reason: `${field} must be a whole number of pixels, not “${trimmed}”.` };
  }
  const value = Number(trimmed);
  if (value < min) {
    return {
      ok: false,
      reason: `${field} must be at least ${min} pixels: the embedded view is laid out for ${MIN_EMBED_SIZE.width} × ${MIN_EMBED_SIZE.height} and up.`,
    };
  }
  if (value > max) return { ok: false, reason: `${field} must be at most ${max} pixels.` };
  return { ok: true, value };
}
