// `npm run extract -- <article files…> [--codebook FILE] [--published YYYY-MM-DD]`
// Prints one Dataset JSON document (the articles' extracted positions and meetings) on stdout.
// Warnings go to stderr; bad input exits 1 with one line naming the file and the problem.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { buildDatasetFrame, readCodebook } from '../cases/build-case-dataset.ts';
import { formatFileProblem } from '../cases/file-problem.ts';
import type { Article } from '../cases/parse-article.ts';
import { parseArticle } from '../cases/parse-article.ts';
import type { Dataset } from '../domain/dataset.ts';
import { IsoDateSchema } from '../domain/dataset-schema.ts';
import { validateDataset } from '../domain/validate-dataset.ts';
import { compileCodebook } from '../extract/codebook-matcher.ts';
import { extractArticle } from '../extract/extract-article.ts';

/** The largest article file the command reads: checked before reading. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A command-line failure: one line, naming the file and the problem. */
export class CliError extends Error {}

interface CliOptions {
  files: string[];
  codebook?: string;
  published?: string;
}

/** Parses the command's arguments; throws a CliError on an unknown flag or a missing value. */
export function parseExtractArgs(argv: readonly string[]): CliOptions {
  const options: CliOptions = { files: [] };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const [flag, inline] = arg.startsWith('--')
      ? (arg.split(/=(.*)/s) as [string, string?])
      : [arg];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v.startsWith('--')) throw new CliError(`${flag} needs a value`);
      return v;
    };
    if (flag === '--codebook') options.codebook = value();
    else if (flag === '--published') options.published = value();
    else if (flag === '--help' || flag === '-h') throw new CliError(USAGE);
    else if (arg.startsWith('-')) throw new CliError(`unknown option ${flag} (${USAGE})`);
    else options.files.push(arg);
  }
  if (options.files.length === 0) throw new CliError(`no article files given (${USAGE})`);
  if (options.published !== undefined && !IsoDateSchema.safeParse(options.published).success) {
    throw new CliError(`--published ${options.published}: not a valid date; use YYYY-MM-DD`);
  }
  return options;
}

const USAGE =
  'usage: npm run extract -- <article files…> [--codebook FILE] [--published YYYY-MM-DD]';

/** Reads an article file as UTF-8 text, refusing what is too large, empty, binary or not UTF-8. */
export function readArticleFile(file: string): string {
  if (!existsSync(file) || !statSync(file).isFile()) throw new CliError(`${file}: no such file`);
  const size = statSync(file).size;
  if (size > MAX_FILE_BYTES) {
    throw new CliError(
      `${file}: ${(size / 1024 / 1024).toFixed(1)} MB is larger than the 50 MB limit for one article`,
    );
  }
  if (size === 0) throw new CliError(`${file}: the file is empty`);
  const bytes = readFileSync(file);
  if (bytes.includes(0))
    throw new CliError(`${file}: this is a binary file, not an article's text`);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes).replace(/^\uFEFF/, '');
  } catch {
    throw new CliError(`${file}: the text is not valid UTF-8; save it as UTF-8 and try again`);
  }
}

/** The codebook of an article's case folder: `<case>/articles/x.md` → `<case>/codebook.yaml`. */
function findCaseCodebook(file: string): string | undefined {
  const dir = dirname(resolve(file));
  return [join(dirname(dir), 'codebook.yaml'), join(dir, 'codebook.yaml')].find((p) =>
    existsSync(p),
  );
}

/** Runs the command: returns the Dataset to print and the warnings, or throws a CliError. */
export function runExtract(argv: readonly string[]): { dataset: Dataset; warnings: string[] } {
  const options = parseExtractArgs(argv);
  const texts = options.files.map((file) => ({ file, text: readArticleFile(file) }));

  const codebookPaths = options.codebook
    ? [options.codebook]
    : [...new Set(options.files.map(findCaseCodebook))];
  if (codebookPaths.some((p) => p === undefined)) {
    const orphan = options.files.find((f) => findCaseCodebook(f) === undefined);
    throw new CliError(
      `${orphan}: no codebook.yaml in its case folder; give one with --codebook FILE`,
    );
  }
  if (codebookPaths.length > 1) {
    throw new CliError(
      `the articles come from different case folders (${codebookPaths.join(', ')}); give one --codebook FILE`,
    );
  }
  const codebookPath = codebookPaths[0] ?? '';
  if (!existsSync(codebookPath)) throw new CliError(`${codebookPath}: no such codebook file`);
  const codebookRead = readCodebook({
    path: codebookPath,
    content: readFileSync(codebookPath, 'utf8'),
  });
  if (!codebookRead.ok) {
    const [first] = codebookRead.problems;
    const more =
      codebookRead.problems.length > 1
        ? ` (and ${codebookRead.problems.length - 1} more problems)`
        : '';
    throw new CliError(`${first ? formatFileProblem(first) : codebookPath}${more}`);
  }

  const articles: Article[] = [];
  for (const { file, text } of texts) {
    const defaults = {
      title: basename(file).replace(/\.[^.]+$/, ''),
      ...(options.published && { published: options.published }),
    };
    const parsed = parseArticle(file, text, defaults);
    if (!parsed.ok) {
      const problem = parsed.problems[0];
      const hint = problem?.path.includes('published')
        ? ' (give --published YYYY-MM-DD for a text without front matter)'
        : '';
      throw new CliError(`${problem ? formatFileProblem(problem) : file}${hint}`);
    }
    const article = options.published
      ? { ...parsed.article, published: options.published }
      : parsed.article;
    if (articles.some((a) => a.id === article.id))
      throw new CliError(`${file}: another article has the id "${article.id}"`);
    articles.push(article);
  }

  const matcher = compileCodebook(codebookRead.codebook);
  const warnings: string[] = [];
  const results = articles.map((article, i) => {
    const result = extractArticle(article, matcher);
    // An article the extractor does not read (not in English) has said why already.
    if (
      result.positions.length === 0 &&
      result.meetings.length === 0 &&
      result.warnings.length === 0
    ) {
      warnings.push(
        `${options.files[i]}: no positions or meetings found; does the codebook name this negotiation's actors and issues?`,
      );
    }
    warnings.push(...result.warnings.map((w) => `${options.files[i]}: ${w}`));
    return result;
  });
  const dataset: Dataset = {
    ...buildDatasetFrame(codebookRead.codebook, articles),
    positions: results.flatMap((r) => r.positions),
    meetings: results.flatMap((r) => r.meetings),
    proposals: results.flatMap((r) => r.proposals),
    responses: results.flatMap((r) => r.responses),
  };
  const validation = validateDataset(dataset);
  if (!validation.ok) {
    throw new Error(
      `internal error: the extracted dataset is not valid: ${validation.problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`,
    );
  }
  return { dataset: validation.dataset, warnings };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename ?? '')) {
  try {
    const { dataset, warnings } = runExtract(process.argv.slice(2));
    for (const w of warnings) process.stderr.write(`warning: ${w}\n`);
    process.stdout.write(`${JSON.stringify(dataset, null, 2)}\n`);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`extract: ${message}\n`);
    process.exitCode = 1;
  }
}
