import {
  choosePngScale,
  fitPngScale,
  MAX_CANVAS_SIDE,
  MAX_PNG_PIXELS,
} from '../../../src/export/to-png.ts';

describe('fitPngScale()', () => {
  it('keeps the asked scale when the canvas fits', () => {
    expect(fitPngScale(1000, 800, 2)).toBe(2);
    expect(fitPngScale(1000, 800, 1)).toBe(1);
  });

  it('reduces the scale so that no side passes the canvas limit', () => {
    const scale = fitPngScale(5000, 10_600, 2);
    expect(scale).toBeLessThan(2);
    expect(10_600 * scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  });
});

describe('choosePngScale()', () => {
  it.each([
    // width, height, asked → scale, limit
    [1000, 800, 2, 2, undefined],
    [5000, 4000, 2, 1.5, 'pixels'], // 2× is 80 million pixels, 1.5× is 45 million
    [5000, 10_867, 2, 1, 'pixels'], // the 200 × 50 matrix: 2× passes a canvas side, 1.5× the budget
    [5000, 10_867, 1, 1, undefined], // 1× is never reduced for the budget
    [3000, 9000, 2, 1.5, 'canvas'], // 2× passes a canvas side, 1.5× fits both
    [20_000, 1000, 1, 0.81, 'canvas'], // even 1× is too wide for a canvas
  ] as const)(
    'draws a %i × %i export asked at %i× at %f× (limit %s)',
    (w, h, asked, scale, limit) => {
      expect(choosePngScale(w, h, asked)).toEqual(limit ? { scale, limit } : { scale });
    },
  );

  it('never draws more than the budget above 1×', () => {
    for (const [w, h] of [
      [4000, 4000],
      [6000, 7000],
      [2000, 9000],
    ] as const) {
      const { scale } = choosePngScale(w, h, 2);
      if (scale > 1) expect(w * h * scale * scale).toBeLessThanOrEqual(MAX_PNG_PIXELS);
    }
  });
});
