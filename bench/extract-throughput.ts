// `npm run bench:extract`: extractor throughput on one core, in MB of article text per second,
// for 10 KB, 1 MB and 10 MB inputs (median of several runs, after a warm-up), to check it is
// linear in length; and the time of a process's first article, which compiles the rules.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parse } from 'yaml';
import { parseArticle } from '../src/cases/parse-article.ts';
import { validateCodebook } from '../src/domain/validate-codebook.ts';
import { compileCodebook } from '../src/extract/codebook-matcher.ts';
import { extractArticle, MAX_ARTICLE_CHARS } from '../src/extract/extract-article.ts';

const codebook = validateCodebook(parse(readFileSync('seeds/gaza-2023/codebook.yaml', 'utf8')));
if (!codebook.ok) throw new Error('seed codebook is invalid');
const matcher = compileCodebook(codebook.codebook);

// Real report text: the seed article and the gold articles, paragraphs cycled to the wanted size.
const paragraphs = [
  'seeds/gaza-2023/articles',
  ...readdirSync('tests/gold').map((d) => join('tests/gold', d, 'articles')),
]
  .flatMap((dir) => {
    try {
      return readdirSync(dir).map((f) => join(dir, f));
    } catch {
      return [];
    }
  })
  .flatMap((file) => {
    const parsed = parseArticle(file, readFileSync(file, 'utf8'));
    return parsed.ok ? parsed.article.text.split(/\n\s*\n/) : [];
  });

function textOfSize(bytes: number): string {
  const out: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const p = paragraphs[i % paragraphs.length] ?? '';
    out.push(p);
    size += Buffer.byteLength(p) + 2;
  }
  return out.join('\n\n');
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const firstArticle = {
  id: 'first',
  title: 'First',
  published: '2024-01-15',
  text: textOfSize(10_000),
};
const coldStart = performance.now();
extractArticle(firstArticle, matcher);
console.log(
  `first 10 KB article of the process: ${(performance.now() - coldStart).toFixed(0)} ms (the engine compiles the rules' regular expressions on first use)`,
);
console.log('size      runs  median ms   MB/s   positions  meetings');
for (const [label, bytes, runs] of [
  ['10 KB', 10_000, 21],
  ['1 MB', 1_000_000, 7],
  ['10 MB', 10_000_000, 3],
] as const) {
  const text = textOfSize(bytes);
  const article = { id: 'bench', title: 'Benchmark', published: '2024-01-15', text };
  // Warm-up on at least 1 MB of text at every size, so that each is timed with code the engine
  // has optimised (one 10 KB run leaves most of it unoptimised).
  let result = extractArticle(article, matcher);
  for (let done = bytes; done < 1_000_000; done += bytes) result = extractArticle(article, matcher);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    result = extractArticle(article, matcher);
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const mb = Buffer.byteLength(text) / 1e6;
  console.log(
    `${label.padEnd(9)} ${String(runs).padStart(4)}  ${ms.toFixed(1).padStart(9)}  ${(mb / (ms / 1000)).toFixed(2).padStart(5)}   ${String(result.positions.length).padStart(8)}  ${String(result.meetings.length).padStart(8)}`,
  );
}
try {
  extractArticle(
    { id: 'huge', title: 'Huge', published: '2024-01-15', text: 'x'.repeat(MAX_ARTICLE_CHARS + 1) },
    matcher,
  );
} catch (error) {
  console.log(
    `50 MB input: refused before any work (${error instanceof Error ? error.message : String(error)})`,
  );
}
