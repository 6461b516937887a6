import { FSI, PDI, RTL_RANGES, isolateBidi } from '../../../src/domain/isolate-bidi.ts';
import {
  SCRIPT_RTL_RANGES,
  countScripts,
  detectScriptLanguage,
  firstStrongDirection,
  hasRtl,
  rtlShare,
  splitBidiRuns,
} from '../../../src/domain/text-direction.ts';
import {
  ARABIC_QUOTE,
  ARABIC_TEXT,
  ENGLISH_TEXT,
  ENVOY_SENTENCE,
  FRONT_NAME,
  HEBREW_SENTENCE,
  HEBREW_TEXT,
} from '../../fixtures/rtl-case.ts';

describe('isolateBidi()', () => {
  it('sets apart a name holding Arabic or Hebrew script with FSI … PDI', () => {
    expect(isolateBidi(FRONT_NAME)).toBe(`\u2068${FRONT_NAME}\u2069`);
    expect(isolateBidi('משלחת טרסה')).toBe(`${FSI}משלחת טרסה${PDI}`);
    expect(isolateBidi('Crossings (المعابر)')).toBe(`${FSI}Crossings (المعابر)${PDI}`);
  });

  it('leaves a name without right-to-left script unchanged, byte for byte', () => {
    for (const name of ['Hamas', 'Israel', 'Nouvelle-Calédonie', '東京', '']) {
      expect(isolateBidi(name)).toBe(name);
    }
  });

  it('knows the same right-to-left ranges as text-direction.ts', () => {
    expect(SCRIPT_RTL_RANGES).toBe(RTL_RANGES);
  });
});

describe('hasRtl() and firstStrongDirection()', () => {
  it.each([
    [ARABIC_QUOTE, true, 'rtl'],
    [HEBREW_SENTENCE, true, 'rtl'],
    [ENVOY_SENTENCE, true, 'ltr'],
    ['2025-04-08 — «', false, undefined],
    ['Tarsa', false, 'ltr'],
    // A name isolated inside an English sentence does not decide the sentence's direction.
    [`${isolateBidi(FRONT_NAME)} — Water sharing: open`, true, 'ltr'],
    [`${FSI}Tarsa${PDI} ${FRONT_NAME}`, true, 'rtl'],
  ])('%j: hasRtl %s, first strong %s', (text, rtl, direction) => {
    expect(hasRtl(text)).toBe(rtl);
    expect(firstStrongDirection(text)).toBe(direction);
  });
});

describe('countScripts(), rtlShare() and detectScriptLanguage()', () => {
  it('counts letters by script', () => {
    expect(countScripts('Tarsa طرسة טרסה 2025')).toEqual({
      letters: 13,
      arabic: 4,
      hebrew: 4,
      rtl: 8,
    });
    expect(rtlShare('2025')).toBe(0);
  });

  it('counts a letter outside the basic plane once, and marks and digits not at all', () => {
    // U+10900 PHOENICIAN LETTER ALF is right-to-left and two UTF-16 units long.
    expect(countScripts('\u{10900}a\u0651 ٣')).toEqual({
      letters: 2,
      arabic: 0,
      hebrew: 0,
      rtl: 1,
    });
  });

  it.each([
    ['an Arabic report', ARABIC_TEXT, { direction: 'rtl', language: 'ar' }],
    ['a Hebrew report', HEBREW_TEXT, { direction: 'rtl', language: 'he' }],
    ['an English report quoting Arabic', ENGLISH_TEXT, { direction: 'ltr' }],
    [
      'an Arabic sentence naming a party in Latin letters',
      'قال وفد Tarsa إن الجولة المقبلة ستعقد في ميناء ألمار.',
      { direction: 'rtl', language: 'ar' },
    ],
    ['Syriac', 'ܫܠܡܐ ܥܠܡܐ', { direction: 'rtl' }],
    ['digits only', '2025-04-08', { direction: 'ltr' }],
  ])('reads %s', (_, text, expected) => {
    expect(detectScriptLanguage(text)).toEqual(expected);
  });
});

describe('splitBidiRuns()', () => {
  it('sets apart the Arabic quoted in an English sentence, keeping its guillemets outside', () => {
    const sentence = `The Front's spokesman told reporters: «${ARABIC_QUOTE}», meaning no.`;
    const runs = splitBidiRuns(sentence, 'ltr');
    expect(runs).toEqual([
      { text: "The Front's spokesman told reporters: «" },
      { text: ARABIC_QUOTE, isolate: 'rtl' },
      { text: '», meaning no.' },
    ]);
    expect(runs.map((r) => r.text).join('')).toBe(sentence);
  });

  it('sets apart a Latin name inside Hebrew text', () => {
    const text = 'דובר משלחת Tarsa Delegation אמר.';
    expect(splitBidiRuns(text, 'rtl')).toEqual([
      { text: 'דובר משלחת ' },
      { text: 'Tarsa Delegation', isolate: 'ltr' },
      { text: ' אמר.' },
    ]);
  });

  it('never splits a text without right-to-left script, and keeps runs to one line', () => {
    expect(splitBidiRuns('Tarsa supports it.', 'ltr')).toEqual([{ text: 'Tarsa supports it.' }]);
    const runs = splitBidiRuns(`${ARABIC_QUOTE}\n${ARABIC_QUOTE}`, 'ltr');
    expect(runs.filter((r) => r.isolate)).toHaveLength(2);
    expect(runs.map((r) => r.text).join('')).toBe(`${ARABIC_QUOTE}\n${ARABIC_QUOTE}`);
  });
});
