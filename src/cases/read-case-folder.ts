import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CaseBuild, CaseFiles } from './build-case-dataset.ts';

/** A case that built. */
export type BuiltCase = Extract<CaseBuild, { ok: true }>;
import { buildCaseDataset } from './build-case-dataset.ts';
import type { FileProblem } from './file-problem.ts';
import { formatFileProblem } from './file-problem.ts';

const ARTICLE_FILE = /\.(md|markdown|txt)$/i;

/** Reads a case folder (`codebook.yaml`, `curated.yaml`, `articles/`) from disk. */
export function readCaseFolder(dir: string, root = process.cwd()): CaseFiles | FileProblem {
  const name = (path: string) => relative(root, path) || path;
  const codebookPath = join(dir, 'codebook.yaml');
  if (!existsSync(codebookPath)) {
    return { file: name(dir), path: '(folder)', message: 'a case folder needs a codebook.yaml' };
  }
  const read = (path: string) => ({ path: name(path), content: readFileSync(path, 'utf8') });
  const curatedPath = join(dir, 'curated.yaml');
  const articlesDir = join(dir, 'articles');
  const articles = existsSync(articlesDir)
    ? readdirSync(articlesDir)
        .filter((f) => ARTICLE_FILE.test(f))
        .sort()
        .map((f) => read(join(articlesDir, f)))
    : [];
  return {
    codebook: read(codebookPath),
    ...(existsSync(curatedPath) && { curated: read(curatedPath) }),
    articles,
  };
}

/** Case folders under a seeds directory, in name order. */
export function listCaseFolders(seedsDir: string): string[] {
  if (!existsSync(seedsDir)) return [];
  return readdirSync(seedsDir)
    .map((f) => join(seedsDir, f))
    .filter((p) => statSync(p).isDirectory())
    .sort();
}

/** Builds every case under `seedsDir`, or throws one message listing every problem. */
export function loadSeedCases(seedsDir: string, root = process.cwd()): BuiltCase[] {
  const builds: BuiltCase[] = [];
  const problems: FileProblem[] = [];
  for (const dir of listCaseFolders(seedsDir)) {
    const files = readCaseFolder(dir, root);
    if ('message' in files) {
      problems.push(files);
      continue;
    }
    const build = buildCaseDataset(files);
    if (build.ok) builds.push(build);
    else problems.push(...build.problems);
  }
  if (problems.length > 0) throw new SeedCaseError(problems);
  return builds;
}

/** A broken seed case: its message lists every problem, one per line. */
export class SeedCaseError extends Error {
  constructor(readonly problems: FileProblem[]) {
    super(
      `The seed cases could not be loaded (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  ${formatFileProblem(p)}`).join('\n'),
    );
    this.name = 'SeedCaseError';
  }
}
