// `npm run eval`: scores the extractor against every gold standard under tests/gold/ and tests/heldout/.
import { existsSync } from 'node:fs';
import { readGoldCases } from '../cases/read-gold.ts';
import { compileCodebook } from '../extract/codebook-matcher.ts';
import type { ArticleScore, Score } from '../extract/evaluate.ts';
import { scoreArticle, summarise } from '../extract/evaluate.ts';
import { extractArticle } from '../extract/extract-article.ts';

/** Scores every gold article; returns them with the overall totals. */
export function evaluateGold(goldDir = 'tests/gold'): {
  articles: (ArticleScore & { caseName: string })[];
  positions: Score;
  meetings: Score;
} {
  const articles: (ArticleScore & { caseName: string })[] = [];
  for (const goldCase of readGoldCases(goldDir)) {
    const matcher = compileCodebook(goldCase.codebook);
    for (const { article, gold } of goldCase.articles) {
      const result = extractArticle(article, matcher);
      articles.push({ caseName: goldCase.name, ...scoreArticle(gold, result, matcher) });
    }
  }
  const total = (pick: (a: ArticleScore) => Score) =>
    summarise(
      articles.reduce((n, a) => n + pick(a).truePositives, 0),
      articles.reduce((n, a) => n + pick(a).falsePositives, 0),
      articles.reduce((n, a) => n + pick(a).falseNegatives, 0),
    );
  return { articles, positions: total((a) => a.positions), meetings: total((a) => a.meetings) };
}

const pct = (x: number) => x.toFixed(2);
const row = (name: string, s: Score) =>
  `${name.padEnd(52)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  (${s.truePositives} found, ${s.falsePositives} false, ${s.falseNegatives} missed)`;

function printReport(
  title: string,
  result: ReturnType<typeof evaluateGold>,
  details: boolean,
): void {
  console.log(`\n== ${title}\n${'article'.padEnd(52)} P     R     F1`);
  for (const a of result.articles) {
    console.log(`${a.caseName} / ${a.article}`);
    console.log(row('  positions (party, issue, stance)', a.positions));
    console.log(row('  meetings (parties, mediators, date)', a.meetings));
    if (a.conditionsChecked > 0)
      console.log(`  conditions named as in gold: ${a.conditionsAgreed}/${a.conditionsChecked}`);
    if (!details) continue;
    for (const m of [...a.positions.misses, ...a.meetings.misses])
      console.log(`    miss:      ${m}`);
    for (const f of [...a.positions.falseHits, ...a.meetings.falseHits])
      console.log(`    false hit: ${f}`);
  }
  console.log(row('overall positions', result.positions));
  console.log(row('overall meetings', result.meetings));
}

// `npm run eval [-- --quiet] [-- --heldout-details]`: tests/gold is the development set (misses
// and false hits listed); tests/heldout is read only for its scores, so rules are not fitted to it.
if (process.argv[1]?.endsWith('eval.ts')) {
  const args = process.argv.slice(2);
  printReport(
    'development set (tests/gold)',
    evaluateGold('tests/gold'),
    !args.includes('--quiet'),
  );
  if (existsSync('tests/heldout')) {
    printReport(
      'held-out set (tests/heldout)',
      evaluateGold('tests/heldout'),
      args.includes('--heldout-details'),
    );
  }
}
