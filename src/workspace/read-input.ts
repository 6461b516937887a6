import { isLanguageTag } from '../domain/language.ts';
import type { UserArticle } from './user-case.ts';

/** The largest article text taken, in bytes of UTF-8 (stated in the form). */
export const MAX_ARTICLE_BYTES = 2_000_000;
/** The largest Dataset JSON or codebook file taken, in bytes. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

/** A result as data: a value, or a message (and its details) for the user. */
export type Outcome<T> =
  { ok: true; value: T } | { ok: false; message: string; details?: string[] };

/** "2 MB" for a byte count (decimal units, as file managers show them). */
export function formatBytes(bytes: number): string {
  if (bytes >= 1_000_000) return `${+(bytes / 1_000_000).toFixed(1)} MB`;
  if (bytes >= 1000) return `${Math.round(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

/**
 * Decodes a file's bytes as UTF-8 text, refusing what is not text: invalid UTF-8, or
 * control bytes (NUL and others) that no article, codebook or JSON contains.
 */
export function decodeTextFile(name: string, bytes: Uint8Array): Outcome<string> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      ok: false,
      message: `${name} is not UTF-8 text (a binary file, or text in another encoding). Save it as UTF-8 and try again.`,
    };
  }
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0008\u000e-\u001a\u001c-\u001f]/.test(text)) {
    return { ok: false, message: `${name} looks like a binary file, not text.` };
  }
  return { ok: true, value: text.replace(/^\uFEFF/, '') };
}

/** Refuses an empty text and one above {@link MAX_ARTICLE_BYTES}. */
export function checkArticleText(label: string, text: string): Outcome<string> {
  if (text.trim() === '')
    return { ok: false, message: `${label} is empty: paste the report's text.` };
  // Length in UTF-16 units is at most 3 bytes each: skip encoding the common small case.
  const bytes = text.length * 3 <= MAX_ARTICLE_BYTES ? text.length : utf8Length(text);
  if (bytes > MAX_ARTICLE_BYTES) {
    return {
      ok: false,
      message: `${label} is ${formatBytes(bytes)}; the limit is ${formatBytes(MAX_ARTICLE_BYTES)} per article. Split the text into several articles.`,
    };
  }
  return { ok: true, value: text };
}

function utf8Length(text: string): number {
  return new TextEncoder().encode(text).length;
}

/** A slug for an article id, from its title. */
export function slugify(text: string): string {
  const slug = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug === '' ? 'article' : slug;
}

/** An id not in `taken`: the wanted one, else with -2, -3… */
export function uniqueId(wanted: string, taken: ReadonlySet<string>): string {
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n++) if (!taken.has(`${wanted}-${n}`)) return `${wanted}-${n}`;
}

/** The fields of the paste form. */
export interface PastedArticle {
  title: string;
  publisher: string;
  published: string;
  url: string;
  /** A BCP 47 tag (`en`, `ar`, `he`); empty to let the extractor tell it from the script. */
  language: string;
  text: string;
}

/** Checks the paste form and makes an article of it (its id still to be made unique). */
export function articleFromForm(form: PastedArticle): Outcome<UserArticle> {
  const problems: string[] = [];
  const text = checkArticleText('The article text', form.text);
  if (!text.ok) return text;
  const title = form.title.trim();
  if (title === '') problems.push('Title: give the report’s headline.');
  const published = form.published.trim();
  if (!isRealDay(published))
    problems.push('Published: give the date as YYYY-MM-DD (relative dates are read from it).');
  const url = form.url.trim();
  if (url !== '' && !isHttpUrl(url))
    problems.push('URL: give a full http(s) address, or leave it empty.');
  const language = form.language.trim();
  if (language !== '' && !isLanguageTag(language))
    problems.push(
      `Language: “${language}” is not a BCP 47 language tag; give one such as en, ar or he, or leave it empty.`,
    );
  if (problems.length > 0)
    return { ok: false, message: 'The article cannot be added yet.', details: problems };
  return {
    ok: true,
    value: {
      id: slugify(`${title}-${published}`),
      title,
      published,
      ...(form.publisher.trim() !== '' && { publisher: form.publisher.trim() }),
      ...(url !== '' && { url }),
      ...(language !== '' && { language }),
      text: form.text.replace(/\r\n?/g, '\n').trim(),
    },
  };
}

/** Whether a `YYYY-MM-DD` string names a day of the calendar. */
export function isRealDay(day: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return false;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === day;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}
