import type { SelectedPoints } from '../../../src/workspace/selected-span.ts';
import { checkSelectedSpan, EMPTY_SELECTION } from '../../../src/workspace/selected-span.ts';

const TEXT = 'Northland demands full harbour access.  Southport refuses.\n';
const OTHER = 'Envoys met both sides.';
const SOURCES = [
  { id: 'report', title: 'Harbour talks resume', text: TEXT },
  { id: 'follow-up', title: 'Envoys return', text: OTHER },
];

const at = (offset: number, sourceId = 'report', excerpt?: number) => ({
  sourceId,
  offset,
  ...(excerpt !== undefined && { excerpt }),
});

describe('checkSelectedSpan()', () => {
  it('gives evidence whose quote is the text at its offsets', () => {
    const result = checkSelectedSpan({ start: at(10), end: at(37) }, SOURCES);
    expect(result).toEqual({
      ok: true,
      evidence: { sourceId: 'report', start: 10, end: 37, quote: 'demands full harbour access' },
    });
  });

  it('trims the offsets to the text that is not space, on both sides', () => {
    // "access.  Southport refuses.\n" selected with the spaces and the newline around it.
    const result = checkSelectedSpan({ start: at(38), end: at(TEXT.length) }, SOURCES);
    expect(result).toMatchObject({
      ok: true,
      evidence: { start: 40, end: 58, quote: 'Southport refuses.' },
    });
  });

  it('orders a selection made backwards', () => {
    const result = checkSelectedSpan({ start: at(9), end: at(0) }, SOURCES);
    expect(result).toMatchObject({ ok: true, evidence: { start: 0, end: 9, quote: 'Northland' } });
  });

  it.each<[string, SelectedPoints | null, RegExp]>([
    ['nothing selected', null, /^Select some text of the article first\.$/],
    ['a selection outside every article', { start: null, end: null }, /^Select some text/],
    ['only spaces', { start: at(38), end: at(40) }, /^Select some text/],
    ['a collapsed selection', { start: at(5), end: at(5) }, /^Select some text/],
    ['an end outside the text', { start: at(3), end: null }, /goes beyond the article text/],
    ['a start outside the text', { start: null, end: at(3) }, /goes beyond the article text/],
    [
      'two sources',
      { start: at(3), end: at(4, 'follow-up') },
      /spans two sources \(“Harbour talks resume” and “Envoys return”\)/,
    ],
    [
      'two excerpts of one source',
      { start: at(3, 'report', 1), end: at(50, 'report', 2) },
      /two excerpts of “Harbour talks resume”/,
    ],
    ['an unknown source', { start: at(0, 'gone'), end: at(3, 'gone') }, /no source of this case/],
    [
      'offsets past the end',
      { start: at(3), end: at(TEXT.length + 5) },
      /outside the text of “Harbour talks resume”, which has 59 characters/,
    ],
    ['a negative offset', { start: at(-2), end: at(3) }, /outside the text/],
  ])('refuses %s with a message', (_what, points, message) => {
    const result = checkSelectedSpan(points, SOURCES);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toMatch(message);
  });

  it('says the same thing for an empty selection however it comes', () => {
    expect(checkSelectedSpan(null, SOURCES)).toEqual({ ok: false, message: EMPTY_SELECTION });
  });
});
