import { STANCES } from '../../../src/domain/stance.ts';
import { STANCE_STYLES } from '../../../src/layout/stance-style.ts';

/** WCAG's relative luminance of a `#rrggbb` colour. */
function luminance(hex: string): number {
  const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

describe('STANCE_STYLES', () => {
  it.each(STANCES.map((stance) => [stance, STANCE_STYLES[stance]] as const))(
    '%s has text that reaches WCAG AAA contrast (7:1) on its fill',
    (_stance, style) => {
      expect(contrast(style.text, style.fill)).toBeGreaterThanOrEqual(7);
    },
  );

  it('checks contrast as WCAG does (black on white is 21:1)', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
  });
});
