import { readCodebook } from '../cases/build-case-dataset.ts';
import type { FileProblem } from '../cases/file-problem.ts';
import { parseArticle } from '../cases/parse-article.ts';
import type { Codebook } from '../domain/codebook-schema.ts';
import type { Dataset } from '../domain/dataset.ts';
import { DATASET_SCHEMA_VERSION } from '../domain/dataset-schema.ts';
import { validateDataset } from '../domain/validate-dataset.ts';
import type { Outcome } from './read-input.ts';
import { checkArticleText, decodeTextFile, formatBytes, MAX_IMPORT_BYTES } from './read-input.ts';
import type { UserArticle } from './user-case.ts';

// Parsers of files the user brings: loaded on demand, never on first paint.

/** A file's name and bytes, as read from an input or a drop. */
export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

const MAX_LISTED_PROBLEMS = 20;

function listProblems(problems: readonly { path: string; message: string }[]): string[] {
  const lines = problems.slice(0, MAX_LISTED_PROBLEMS).map((p) => `${p.path}: ${p.message}`);
  if (problems.length > MAX_LISTED_PROBLEMS)
    lines.push(`…and ${problems.length - MAX_LISTED_PROBLEMS} more problems`);
  return lines;
}

/**
 * Reads a Dataset JSON file: UTF-8 text, JSON, a schema version this app reads, and a
 * valid Dataset (shape, unique ids, references, evidence offsets). Problems come with paths.
 */
export function readDatasetFile(file: InputFile): Outcome<Dataset> {
  if (file.bytes.length > MAX_IMPORT_BYTES)
    return {
      ok: false,
      message: `${file.name} is ${formatBytes(file.bytes.length)}; the limit is ${formatBytes(MAX_IMPORT_BYTES)}.`,
    };
  const text = decodeTextFile(file.name, file.bytes);
  if (!text.ok) return text;
  return parseDatasetJson(file.name, text.value);
}

/** Parses and validates Dataset JSON text (see {@link readDatasetFile}). */
export function parseDatasetJson(name: string, text: string): Outcome<Dataset> {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${name} is not JSON (${why}).` };
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data))
    return { ok: false, message: `${name} is not a Dataset: it must be a JSON object.` };
  const version = (data as { schemaVersion?: unknown }).schemaVersion;
  if (typeof version === 'number' && version > DATASET_SCHEMA_VERSION) {
    return {
      ok: false,
      message: `${name} is a Dataset of schema version ${version}; this app reads version ${DATASET_SCHEMA_VERSION} and older. Open it with a newer version of the dashboard.`,
    };
  }
  const result = validateDataset(data);
  if (!result.ok) {
    return {
      ok: false,
      message: `${name} is not a valid Dataset (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}):`,
      details: listProblems(result.problems),
    };
  }
  return { ok: true, value: result.dataset };
}

function fileProblems(problems: readonly FileProblem[]): string[] {
  return listProblems(problems.map((p) => ({ path: `${p.file}: ${p.path}`, message: p.message })));
}

/** Reads a codebook from YAML text; problems name the file, the path inside it and the problem. */
export function readCodebookText(name: string, text: string): Outcome<Codebook> {
  if (text.trim() === '')
    return { ok: false, message: `${name} is empty: give a codebook in YAML.` };
  const result = readCodebook({ path: name, content: text });
  if (!result.ok)
    return {
      ok: false,
      message: `${name} is not a valid codebook:`,
      details: fileProblems(result.problems),
    };
  return { ok: true, value: result.codebook };
}

/** Reads a codebook file (UTF-8 YAML). */
export function readCodebookFile(file: InputFile): Outcome<Codebook> {
  const text = decodeTextFile(file.name, file.bytes);
  return text.ok ? readCodebookText(file.name, text.value) : text;
}

/**
 * Reads dropped or chosen `.md`/`.txt` articles. Front matter gives title, date, publisher
 * and URL; a file without it takes its title from the file name and its date from
 * `published` (the form's). One bad file refuses them all, so nothing is half added.
 */
export function readArticleFiles(
  files: readonly InputFile[],
  published: string,
): Outcome<UserArticle[]> {
  const articles: UserArticle[] = [];
  const problems: string[] = [];
  for (const file of files) {
    if (!/\.(md|markdown|txt)$/i.test(file.name)) {
      problems.push(`${file.name}: only .md and .txt articles are read.`);
      continue;
    }
    const text = decodeTextFile(file.name, file.bytes);
    if (!text.ok) {
      problems.push(text.message);
      continue;
    }
    const size = checkArticleText(file.name, text.value);
    if (!size.ok) {
      problems.push(size.message);
      continue;
    }
    const title = file.name.replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ');
    const parsed = parseArticle(file.name, text.value.replace(/\r\n?/g, '\n'), {
      title,
      ...(published !== '' && { published }),
    });
    if (!parsed.ok) {
      problems.push(
        ...parsed.problems.map((p) =>
          p.path === 'front matter.published'
            ? `${p.file}: no published date: add it in front matter or fill “Published” above.`
            : `${p.file}: ${p.path}: ${p.message}`,
        ),
      );
      continue;
    }
    articles.push(parsed.article);
  }
  if (problems.length > 0) return { ok: false, message: 'No file was added:', details: problems };
  return { ok: true, value: articles };
}
