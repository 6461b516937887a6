/** An SVG holds something the canvas painter does not draw: an element, attribute or value. */
export class UnsupportedSvgError extends Error {
  constructor(readonly what: string) {
    super(`The canvas painter does not support ${what}.`);
    this.name = 'UnsupportedSvgError';
  }
}
