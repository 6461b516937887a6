import {
  articleLanguage,
  directionOfLanguage,
  isEnglish,
  isLanguageTag,
  shownLanguage,
  shownQuoteLanguage,
} from '../../../src/domain/language.ts';
import {
  ARABIC_QUOTE,
  ARABIC_TEXT,
  ENGLISH_TEXT,
  ENVOY_SENTENCE,
  HEBREW_TEXT,
} from '../../fixtures/rtl-case.ts';

describe('isLanguageTag()', () => {
  it.each([
    'en',
    'ar',
    'he',
    'EN',
    'pt-BR',
    'ar-EG',
    'sr-Latn',
    'zh-Hant-TW',
    'es-419',
    'he-x-test',
  ])('takes %s', (tag) => expect(isLanguageTag(tag)).toBe(true));

  it.each(['', 'English', 'arabic', 'en_US', 'e', 'en-', '-en', 'en GB', 'ar-EG-', 'عربي'])(
    'refuses %j',
    (tag) => expect(isLanguageTag(tag)).toBe(false),
  );
});

describe('directionOfLanguage() and isEnglish()', () => {
  it.each([
    ['ar', 'rtl'],
    ['he', 'rtl'],
    ['iw', 'rtl'],
    ['fa-IR', 'rtl'],
    ['ur', 'rtl'],
    ['en', 'ltr'],
    ['fr', 'ltr'],
    ['az-Arab', 'rtl'],
    ['ku-Latn', 'ltr'],
    ['ar-Latn', 'ltr'],
  ])('%s is written %s', (tag, direction) => expect(directionOfLanguage(tag)).toBe(direction));

  it('knows English by its language subtag', () => {
    expect([isEnglish('en'), isEnglish('en-GB'), isEnglish('EN'), isEnglish('eng')]).toEqual([
      true,
      true,
      true,
      false,
    ]);
  });
});

describe('articleLanguage()', () => {
  it('takes the declared language, else the script’s, else none (English)', () => {
    expect(articleLanguage('fr', ARABIC_TEXT)).toBe('fr');
    expect(articleLanguage(undefined, ARABIC_TEXT)).toBe('ar');
    expect(articleLanguage(undefined, HEBREW_TEXT)).toBe('he');
    expect(articleLanguage(undefined, 'ܫܠܡܐ ܥܠܡܐ')).toBe('und');
    expect(articleLanguage(undefined, ENGLISH_TEXT)).toBeUndefined();
  });
});

describe('shownLanguage() and shownQuoteLanguage()', () => {
  it('shows a source in its declared language, else its script’s', () => {
    expect(shownLanguage(ENGLISH_TEXT, 'en')).toEqual({ lang: 'en', dir: 'ltr' });
    expect(shownLanguage(HEBREW_TEXT, 'he')).toEqual({ lang: 'he', dir: 'rtl' });
    expect(shownLanguage(ARABIC_TEXT)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(shownLanguage(ENGLISH_TEXT)).toEqual({ dir: 'ltr' });
  });

  it('shows an Arabic quote of an English report as Arabic, an English one as its source', () => {
    const english = shownLanguage(ENGLISH_TEXT, 'en');
    expect(shownQuoteLanguage(ARABIC_QUOTE, english)).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(shownQuoteLanguage(ENVOY_SENTENCE, english)).toEqual({ lang: 'en', dir: 'ltr' });
    const hebrew = shownLanguage(HEBREW_TEXT, 'he');
    expect(shownQuoteLanguage('Tarsa said yes.', hebrew)).toEqual({ dir: 'ltr' });
  });
});
