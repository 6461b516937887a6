import { formatFileProblem } from '../../../src/cases/file-problem.ts';
import { parseArticle } from '../../../src/cases/parse-article.ts';
import { HEBREW_TEXT } from '../../fixtures/rtl-case.ts';

const article = (frontMatter: string, text = HEBREW_TEXT) =>
  `---\ntitle: משלחת טרסה\npublished: 2025-04-09\n${frontMatter}---\n\n${text}\n`;

describe('parseArticle() and the language of an article', () => {
  it('reads the language from front matter, keeping the text as written', () => {
    const parsed = parseArticle('tarsa.md', article('language: he\n'));
    expect(parsed).toEqual({
      ok: true,
      article: {
        id: 'tarsa',
        title: 'משלחת טרסה',
        published: '2025-04-09',
        language: 'he',
        text: HEBREW_TEXT,
      },
    });
  });

  it('leaves the language out when front matter does not give one', () => {
    const parsed = parseArticle('tarsa.md', article(''));
    expect(parsed.ok && 'language' in parsed.article).toBe(false);
  });

  it.each([
    ['language: Hebrew\n', '"Hebrew" is not a BCP 47 language tag; give one such as en, ar or he'],
    ['language: he_IL\n', '"he_IL" is not a BCP 47 language tag; give one such as en, ar or he'],
    ['language: 12\n', 'Invalid input: expected string, received number'],
  ])('refuses %j with a message naming the file and the field', (frontMatter, message) => {
    const parsed = parseArticle('articles/tarsa.md', article(frontMatter));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok)
      expect(parsed.problems.map(formatFileProblem)).toEqual([
        `articles/tarsa.md: front matter.language: ${message}`,
      ]);
  });
});
