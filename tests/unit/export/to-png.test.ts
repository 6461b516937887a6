import { fitPngScale, MAX_CANVAS_SIDE } from '../../../src/export/to-png.ts';

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
