// `npm run eval`: scores the extractor against every gold standard under tests/gold/ and tests/heldout/.
import { existsSync } from 'node:fs';
import { readGoldCases } from '../cases/read-gold.ts';
import { compileCodebook } from '../extract/codebook-matcher.ts';
import type { ArticleScore, Score } from '../extract/evaluate.ts';
import { scoreArticle, summarise } from '../extract/evaluate.ts';
import { extractArticle } from '../extract/extract-article.ts';

/** The scores of a set of gold articles, one by one and in total. */
export interface SetScore {
  articles: (ArticleScore & { caseName: string })[];
  positions: Score;
  partyIssue: Score;
  meetings: Score;
  proposals: Score;
  responses: Score;
}

/** Scores every gold article of the cases under `goldDir` (only those `keep` accepts). */
export function evaluateGold(
  goldDir = 'tests/gold',
  keep: (caseName: string) => boolean = () => true,
): SetScore {
  const articles: (ArticleScore & { caseName: string })[] = [];
  for (const goldCase of readGoldCases(goldDir)) {
    if (!keep(goldCase.name)) continue;
    const matcher = compileCodebook(goldCase.codebook);
    for (const { article, gold } of goldCase.articles) {
      const result = extractArticle(article, matcher);
      articles.push({ caseName: goldCase.name, ...scoreArticle(gold, result, matcher) });
    }
  }
  return totalOf(articles);
}

function totalOf(articles: SetScore['articles']): SetScore {
  const total = (pick: (a: ArticleScore) => Score) =>
    summarise(
      articles.reduce((n, a) => n + pick(a).truePositives, 0),
      articles.reduce((n, a) => n + pick(a).falsePositives, 0),
      articles.reduce((n, a) => n + pick(a).falseNegatives, 0),
    );
  return {
    articles,
    positions: total((a) => a.positions),
    partyIssue: total((a) => a.partyIssue),
    meetings: total((a) => a.meetings),
    proposals: total((a) => a.proposals),
    responses: total((a) => a.responses),
  };
}

/** The seed case's gold folder: scored on its own line, apart from the development set. */
export const SEED_CASE = 'gaza-2023';

const pct = (x: number) => x.toFixed(2);
const row = (name: string, s: Score) =>
  `${name.padEnd(44)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f1)}  (${s.truePositives} found, ${s.falsePositives} false, ${s.falseNegatives} missed)`;

function printDetails(title: string, result: SetScore, details: boolean): void {
  console.log(`\n== ${title}\n${'article'.padEnd(44)} P     R     F1`);
  for (const a of result.articles) {
    console.log(`${a.caseName} / ${a.article}`);
    console.log(row('  positions (party, issue, stance)', a.positions));
    console.log(row('  party + issue', a.partyIssue));
    console.log(row('  meetings (mediator or place, month)', a.meetings));
    if (a.proposals.truePositives + a.proposals.falsePositives + a.proposals.falseNegatives > 0) {
      console.log(row('  proposals (a shared term)', a.proposals));
      console.log(row('  responses (party, answer, proposal)', a.responses));
    }
    if (a.conditionsChecked > 0)
      console.log(`  conditions named as in gold: ${a.conditionsAgreed}/${a.conditionsChecked}`);
    if (!details) continue;
    const kinds = [a.positions, a.meetings, a.proposals, a.responses];
    for (const m of kinds.flatMap((k) => k.misses)) console.log(`    miss:      ${m}`);
    for (const f of kinds.flatMap((k) => k.falseHits)) console.log(`    false hit: ${f}`);
  }
  console.log(row('overall positions', result.positions));
  console.log(row('overall party + issue', result.partyIssue));
  console.log(row('overall meetings', result.meetings));
  console.log(row('overall proposals', result.proposals));
  console.log(row('overall responses', result.responses));
}

/** The summary table: one line per set, P / R / F1 for positions, party + issue and meetings. */
export function formatSummary(
  sets: readonly { name: string; score: SetScore }[],
  heading = 'set',
  countCases = true,
): string {
  const cell = (s: Score) => `${pct(s.precision)} / ${pct(s.recall)} / ${pct(s.f1)}`;
  const labels = sets.map(({ name, score }) => {
    const cases = new Set(score.articles.map((a) => a.caseName)).size;
    const n = score.articles.length;
    return `${name} (${n} article${n === 1 ? '' : 's'}${countCases ? `, ${cases} cases` : ''})`;
  });
  const width = Math.max(46, ...labels.map((l) => l.length));
  const lines = [
    `${heading.padEnd(width)} ${'positions P / R / F1'.padEnd(20)}  ${'party+issue P / R / F1'.padEnd(22)}  ${'meetings P / R / F1'.padEnd(20)}  ${'proposals P / R / F1'.padEnd(20)}  responses P / R / F1`,
  ];
  sets.forEach(({ score }, i) => {
    lines.push(
      `${(labels[i] ?? '').padEnd(width)} ${cell(score.positions).padEnd(20)}  ${cell(score.partyIssue).padEnd(22)}  ${cell(score.meetings).padEnd(20)}  ${cell(score.proposals).padEnd(20)}  ${cell(score.responses)}`,
    );
  });
  return lines.join('\n');
}

/** One set's scores case by case, so a case's codebook shows what it gets on its own. */
export function byCase(set: SetScore): { caseName: string; score: SetScore }[] {
  const names = [...new Set(set.articles.map((a) => a.caseName))];
  return names.map((caseName) => ({
    caseName,
    score: totalOf(set.articles.filter((a) => a.caseName === caseName)),
  }));
}

/**
 * The per-case table: a case whose codebook was written from its issue definitions alone
 * (an `ISSUES.md` beside the development set's codebook) is marked, since its scores are what a
 * new user writing a codebook can expect.
 */
export function formatByCase(
  sets: readonly { name: string; score: SetScore }[],
  userCodebook: (caseName: string) => boolean,
): string {
  const rows = sets.flatMap(({ name, score }) =>
    byCase(score).map((c) => ({
      name: `${name}: ${c.caseName}${userCodebook(c.caseName) ? ' (user codebook)' : ''}`,
      score: c.score,
    })),
  );
  return formatSummary(rows, 'case', false);
}

// `npm run eval [-- --quiet] [-- --heldout-details] [-- --dir DIR]`: tests/gold is the
// development set (misses and false hits listed) with the seed case on a line of its own;
// tests/heldout is read only for its scores, so rules are not fitted to it. `--dir` scores
// another folder of gold cases instead, with details.
if (process.argv[1]?.endsWith('eval.ts')) {
  const args = process.argv.slice(2);
  const dirAt = args.indexOf('--dir');
  const dir = dirAt >= 0 ? args[dirAt + 1] : undefined;
  if (dir) {
    const score = evaluateGold(dir);
    printDetails(dir, score, !args.includes('--quiet'));
    console.log(`\n${formatSummary([{ name: dir, score }])}`);
  } else {
    const sets: { name: string; score: SetScore }[] = [];
    const seed = evaluateGold('tests/gold', (name) => name === SEED_CASE);
    const development = evaluateGold('tests/gold', (name) => name !== SEED_CASE);
    printDetails('seed article (tests/gold/gaza-2023)', seed, !args.includes('--quiet'));
    printDetails('development set (tests/gold)', development, !args.includes('--quiet'));
    sets.push({ name: 'seed', score: seed }, { name: 'development', score: development });
    if (existsSync('tests/heldout')) {
      const heldout = evaluateGold('tests/heldout');
      printDetails('held-out set (tests/heldout)', heldout, args.includes('--heldout-details'));
      sets.push({ name: 'held-out (self-written)', score: heldout });
    }
    console.log(`\n${formatSummary(sets)}`);
    const userCodebook = (name: string) => existsSync(`tests/gold/${name}/ISSUES.md`);
    console.log(`\n${formatByCase(sets.slice(1), userCodebook)}`);
  }
}
