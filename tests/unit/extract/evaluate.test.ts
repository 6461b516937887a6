import { evaluateGold } from '../../../src/cli/eval.ts';

describe('evaluateGold() on tests/gold', () => {
  const result = evaluateGold('tests/gold');

  it('reaches position F1 ≥ 0.9 on the seed article and finds every meeting it describes', () => {
    const seed = result.articles.find((a) => a.caseName === 'gaza-2023');
    expect(seed?.positions.f1).toBeGreaterThanOrEqual(0.9);
    expect(seed?.meetings.recall).toBe(1);
    expect(seed?.meetings.falseNegatives).toBe(0);
  });

  it('scores every article of the other negotiations (their own codebooks)', () => {
    const cases = new Set(result.articles.map((a) => a.caseName));
    expect(cases.size).toBeGreaterThanOrEqual(5);
    expect(result.articles.length).toBeGreaterThanOrEqual(6);
  });

  // A regression guard over all gold articles; `npm run eval` prints the per-article table.
  it('keeps overall position and meeting F1 at or above 0.85', () => {
    expect(result.positions.f1).toBeGreaterThanOrEqual(0.85);
    expect(result.meetings.f1).toBeGreaterThanOrEqual(0.85);
  });
});
