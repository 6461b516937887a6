import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parse } from 'yaml';
import type { Codebook } from '../domain/codebook-schema.ts';
import type { GoldArticle } from '../extract/evaluate.ts';
import { GoldArticleSchema } from '../extract/evaluate.ts';
import { formatPath } from '../domain/validate-dataset.ts';
import { readCodebook } from './build-case-dataset.ts';
import { formatFileProblem } from './file-problem.ts';
import type { Article } from './parse-article.ts';
import { parseArticle } from './parse-article.ts';

/** A gold-standard case: its codebook, articles and, per article, the gold records. */
export interface GoldCase {
  name: string;
  codebook: Codebook;
  articles: { article: Article; gold: GoldArticle; file: string }[];
}

/**
 * Reads every case under `tests/gold/`: a folder with `codebook.yaml` and `articles/`
 * (or a `case.yaml` pointing at them) and `gold/<article id>.yaml`. Throws a message
 * naming the file and the problem.
 */
export function readGoldCases(goldDir: string): GoldCase[] {
  return readdirSync(goldDir)
    .map((name) => join(goldDir, name))
    .filter((dir) => statSync(dir).isDirectory() && existsSync(join(dir, 'gold')))
    .sort()
    .map(readGoldCase);
}

function readGoldCase(dir: string): GoldCase {
  let codebookPath = join(dir, 'codebook.yaml');
  let articlesDir = join(dir, 'articles');
  const pointer = join(dir, 'case.yaml');
  if (existsSync(pointer)) {
    const spec = parse(readFileSync(pointer, 'utf8')) as { codebook?: string; articles?: string };
    if (spec.codebook) codebookPath = resolve(dirname(pointer), spec.codebook);
    if (spec.articles) articlesDir = resolve(dirname(pointer), spec.articles);
  }
  const codebookRead = readCodebook({
    path: relative(process.cwd(), codebookPath),
    content: readFileSync(codebookPath, 'utf8'),
  });
  if (!codebookRead.ok) throw new Error(codebookRead.problems.map(formatFileProblem).join('\n'));
  const articles = new Map<string, { article: Article; file: string }>();
  for (const f of readdirSync(articlesDir).filter((f) => /\.(md|txt)$/.test(f))) {
    const file = relative(process.cwd(), join(articlesDir, f));
    const parsed = parseArticle(file, readFileSync(join(articlesDir, f), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.problems.map(formatFileProblem).join('\n'));
    articles.set(parsed.article.id, { article: parsed.article, file });
  }
  const goldDir = join(dir, 'gold');
  const golds = readdirSync(goldDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => {
      const file = relative(process.cwd(), join(goldDir, f));
      const parsed = GoldArticleSchema.safeParse(parse(readFileSync(join(goldDir, f), 'utf8')));
      if (!parsed.success) {
        throw new Error(
          parsed.error.issues.map((i) => `${file}: ${formatPath(i.path)}: ${i.message}`).join('\n'),
        );
      }
      const source = articles.get(parsed.data.article);
      if (!source)
        throw new Error(
          `${file}: article: no article with id "${parsed.data.article}" in ${articlesDir}`,
        );
      return { ...source, gold: parsed.data };
    });
  return {
    name: dir.split(/[\\/]/).pop() ?? dir,
    codebook: codebookRead.codebook,
    articles: golds,
  };
}
