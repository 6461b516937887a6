import {
  articleFromForm,
  checkArticleText,
  decodeTextFile,
  MAX_ARTICLE_BYTES,
  slugify,
  uniqueId,
} from '../../../src/workspace/read-input.ts';

const form = {
  title: 'Talks resume',
  publisher: '',
  published: '2024-03-02',
  url: '',
  language: '',
  text: 'Text.',
};

describe('checkArticleText()', () => {
  it.each([
    ['', /is empty/],
    ['  \n\t ', /is empty/],
    ['x'.repeat(10_000_000), /is 10 MB; the limit is 2 MB per article/],
  ])('refuses %#', (text, message) => {
    const result = checkArticleText('The article text', text);
    expect(result.ok || result.message).toMatch(message);
  });

  it('takes a text at the limit, counted in UTF-8 bytes', () => {
    expect(checkArticleText('t', 'a'.repeat(MAX_ARTICLE_BYTES)).ok).toBe(true);
    expect(checkArticleText('t', 'é'.repeat(MAX_ARTICLE_BYTES / 2 + 1)).ok).toBe(false);
  });
});

describe('articleFromForm()', () => {
  it('makes an article, keeping HTML in the text as text', () => {
    const result = articleFromForm({ ...form, text: '<script>alert(1)</script> Hamas said.\r\n' });
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'talks-resume-2024-03-02',
        title: 'Talks resume',
        published: '2024-03-02',
        text: '<script>alert(1)</script> Hamas said.',
      },
    });
  });

  it('lists every missing or malformed field', () => {
    const result = articleFromForm({
      ...form,
      title: ' ',
      published: '2024-02-30',
      url: 'javascript:x',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.details).toHaveLength(3);
  });

  it('carries the language tag given, and refuses one that is not a BCP 47 tag', () => {
    const hebrew = articleFromForm({ ...form, language: ' he ', text: 'המשלחת חזרה מהשיחות.' });
    expect(hebrew.ok && hebrew.value.language).toBe('he');
    const bad = articleFromForm({ ...form, language: 'Hebrew_IL' });
    expect(bad.ok).toBe(false);
    if (!bad.ok)
      expect(bad.details).toEqual([
        'Language: “Hebrew_IL” is not a BCP 47 language tag; give one such as en, ar or he, or leave it empty.',
      ]);
  });
});

describe('decodeTextFile()', () => {
  it('strips a byte-order mark', () => {
    expect(decodeTextFile('a', new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toEqual({
      ok: true,
      value: 'A',
    });
  });
});

describe('slugify() and uniqueId()', () => {
  it('makes ids from titles and keeps them unique', () => {
    expect(slugify('Mossad chief in Doha — “talks”')).toBe('mossad-chief-in-doha-talks');
    expect(uniqueId('a', new Set(['a', 'a-2']))).toBe('a-3');
  });
});
