import { parseDocument } from 'yaml';
import { IsoDateSchema, LanguageTagSchema } from '../domain/dataset-schema.ts';
import { formatPath } from '../domain/validate-dataset.ts';
import { z } from '../domain/zod.ts';
import type { FileProblem } from './file-problem.ts';
import { describeYamlError } from './file-problem.ts';

/** A news report: its front matter and its text, word for word. */
export interface Article {
  id: string;
  title: string;
  published: string;
  publisher?: string;
  url?: string;
  /** The BCP 47 tag of the language it is written in (`en`, `ar`, `he`), when front matter says. */
  language?: string;
  text: string;
}

const FrontMatterSchema = z.object({
  id: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]*$/, 'must be lowercase letters, digits and hyphens')
    .optional(),
  title: z.string().min(1, 'must not be empty'),
  published: IsoDateSchema,
  publisher: z.string().optional(),
  url: z.url().optional(),
  language: LanguageTagSchema.optional(),
});

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;

/** The outcome of reading an article file. */
export type ArticleParse = { ok: true; article: Article } | { ok: false; problems: FileProblem[] };

/**
 * Reads a Markdown or text article: YAML front matter between `---` lines, then
 * the report's text. The text is kept as written, less blank lines around it.
 * `defaults` fills what a `.txt` without front matter cannot say.
 */
export function parseArticle(
  file: string,
  content: string,
  defaults: Partial<Omit<Article, 'text'>> = {},
): ArticleParse {
  const match = FRONT_MATTER.exec(content);
  let meta: Record<string, unknown> = {};
  let body = content;
  if (match) {
    const doc = parseDocument(match[1] ?? '');
    if (doc.errors.length > 0) {
      return {
        ok: false,
        problems: doc.errors.map((e) => ({
          file,
          path: 'front matter',
          message: describeYamlError(e, 1),
        })),
      };
    }
    const value: unknown = doc.toJS();
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      meta = value as Record<string, unknown>;
    } else if (value !== null) {
      return {
        ok: false,
        problems: [{ file, path: 'front matter', message: 'must be a YAML mapping' }],
      };
    }
    body = content.slice(match[0].length);
  }
  const merged = {
    ...stripUndefined(defaults),
    ...meta,
    id: meta.id ?? defaults.id ?? idFromFile(file),
  };
  const parsed = FrontMatterSchema.safeParse(merged);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        file,
        path: `front matter.${formatPath(issue.path)}`,
        message:
          issue.path[0] === 'language' && typeof merged.language === 'string'
            ? `"${merged.language}" is not a BCP 47 language tag; give one such as en, ar or he`
            : issue.message,
      })),
    };
  }
  const text = body.replace(/^(?:[ \t]*\r?\n)+/, '').trimEnd();
  if (text === '')
    return { ok: false, problems: [{ file, path: 'text', message: 'the article has no text' }] };
  const { id, ...rest } = parsed.data;
  return { ok: true, article: { ...rest, id: id ?? idFromFile(file), text } };
}

/** An article id made from its file name: `2023-12-20-talks.md` → `2023-12-20-talks`. */
export function idFromFile(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  const slug = stem
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'article' : slug;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
