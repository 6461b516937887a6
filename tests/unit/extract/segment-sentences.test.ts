import { segmentSentences } from '../../../src/extract/segment-sentences.ts';

const textsOf = (text: string) => segmentSentences(text).map((s) => s.text);

describe('segmentSentences()', () => {
  it.each([
    [
      'titles',
      'Gen. Ada Moyo and Dr. Kim met. They agreed.',
      ['Gen. Ada Moyo and Dr. Kim met.', 'They agreed.'],
    ],
    [
      'dotted acronyms inside a sentence',
      'The U.S. envoy and the U.N. team left. Talks end.',
      ['The U.S. envoy and the U.N. team left.', 'Talks end.'],
    ],
    [
      'an acronym ending a sentence',
      'Aid came from the U.S. The talks resumed.',
      ['Aid came from the U.S.', 'The talks resumed.'],
    ],
    ['initials', 'J. R. Okafor spoke. He left.', ['J. R. Okafor spoke.', 'He left.']],
    [
      'decimals',
      'Prices rose 3.5 percent. Talks went on.',
      ['Prices rose 3.5 percent.', 'Talks went on.'],
    ],
    [
      'a closing quote after the period',
      '“We will not yield.” The envoy left.',
      ['“We will not yield.”', 'The envoy left.'],
    ],
    [
      'a quoted question mid-sentence',
      '“Will you sign?” he asked. She did.',
      ['“Will you sign?” he asked.', 'She did.'],
    ],
    [
      'parentheses',
      'The council (led by Mr. Hale. Or so) met. Done.',
      ['The council (led by Mr. Hale. Or so) met.', 'Done.'],
    ],
    [
      'paragraph breaks',
      'No final stop here\n\nNext paragraph.',
      ['No final stop here', 'Next paragraph.'],
    ],
  ])('survives %s', (_name, text, expected) => {
    expect(textsOf(text)).toEqual(expected);
  });

  it('gives offsets that slice the text back', () => {
    const text = '  First one.  Second (with Mr. X) here!\n\nThird?';
    for (const s of segmentSentences(text)) expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(segmentSentences(text).map((s) => s.paragraph)).toEqual([0, 0, 1]);
  });
});

describe('segmentSentences() on stored copies that lost a space', () => {
  it('ends a sentence at a stop glued to the next capitalised word', () => {
    const text = 'The envoy left on Monday.The talks go on. It said: “no”.Later the team met.';
    expect(segmentSentences(text).map((s) => s.text)).toEqual([
      'The envoy left on Monday.',
      'The talks go on.',
      'It said: “no”.',
      'Later the team met.',
    ]);
  });

  it('keeps acronyms, decimals and addresses whole', () => {
    const text = 'A U.S.-led plan gave 3.5 points, said example.com on Monday.';
    expect(segmentSentences(text)).toHaveLength(1);
  });
});
