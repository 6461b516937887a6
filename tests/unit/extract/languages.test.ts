import { extractArticle } from '../../../src/extract/extract-article.ts';
import { LAKES_CODEBOOK, makeLakesArticle } from '../../fixtures/lakes-codebook.ts';
import { ARABIC_QUOTE, ARABIC_TEXT, HEBREW_TEXT } from '../../fixtures/rtl-case.ts';

const NOT_ENGLISH = 'the extractor reads English only; code this article by hand';

describe('extractArticle() on text that is not English', () => {
  it.each([
    ['an Arabic report without a language', makeLakesArticle(ARABIC_TEXT), 'ar'],
    ['a Hebrew report declared he', makeLakesArticle(HEBREW_TEXT, { language: 'he' }), 'he'],
    ['a French report', makeLakesArticle('Le Front exige une amnistie.', { language: 'fr' }), 'fr'],
    ['Syriac script', makeLakesArticle('ܫܠܡܐ ܥܠܡܐ ܘܫܠܡܐ'), 'und'],
  ])('leaves %s to a person, and says why', (_, article, language) => {
    expect(extractArticle(article, LAKES_CODEBOOK)).toEqual({
      positions: [],
      meetings: [],
      proposals: [],
      responses: [],
      warnings: [`language ${language}: ${NOT_ENGLISH}`],
    });
  });

  it('reads an English report quoting Arabic as usual, the quote inside its evidence', () => {
    const sentence = `The Brisk Front demands a general amnesty, its negotiator adding: «${ARABIC_QUOTE}».`;
    for (const language of [undefined, 'en-GB']) {
      const result = extractArticle(
        makeLakesArticle(sentence, language ? { language } : {}),
        LAKES_CODEBOOK,
      );
      expect(result.warnings).toEqual([]);
      expect(result.positions).toEqual([
        expect.objectContaining({
          actorId: 'brisk-front',
          issueId: 'amnesty',
          stance: 'demand',
          evidence: expect.objectContaining({ quote: sentence, start: 0, end: sentence.length }),
        }),
      ]);
    }
  });

  it('does not fail on Arabic and Hebrew text it is told is English', () => {
    for (const text of [ARABIC_TEXT, HEBREW_TEXT, `${HEBREW_TEXT}\n\n${ARABIC_TEXT}`]) {
      const result = extractArticle(makeLakesArticle(text, { language: 'en' }), LAKES_CODEBOOK);
      expect(result.warnings).toEqual([]);
      for (const p of result.positions)
        expect(text.slice(p.evidence?.start, p.evidence?.end)).toBe(p.evidence?.quote);
    }
  });
});
