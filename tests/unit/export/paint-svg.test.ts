import {
  paintSvg,
  parseDashArray,
  parseTransform,
  pathEnd,
} from '../../../src/export/paint-svg.ts';
import type { PaintContext } from '../../../src/export/paint-svg.ts';
import { readSvg } from '../../../src/export/read-svg.ts';
import { UnsupportedSvgError } from '../../../src/export/unsupported-svg-error.ts';

/** A Path2D stand-in that records how it was built. */
class FakePath {
  ops: string[] = [];
  constructor(d?: string) {
    if (d !== undefined) this.ops.push(`d ${d}`);
  }
  toString() {
    return `path(${this.ops.join('; ')})`;
  }
}
for (const name of [
  'rect',
  'roundRect',
  'arc',
  'ellipse',
  'moveTo',
  'lineTo',
  'closePath',
  'addPath',
]) {
  Object.defineProperty(FakePath.prototype, name, {
    value(this: FakePath, ...args: unknown[]) {
      this.ops.push(`${name}(${args.map(format).join(', ')})`);
    },
  });
}

function format(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(format).join(', ')}]`;
  if (value instanceof FakePath) return value.toString();
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

/** A 2D context that records each property set and call, measuring text at 6 px a character. */
function recordingContext() {
  const calls: string[] = [];
  const context = new Proxy({} as Record<string | symbol, unknown>, {
    get(state, key) {
      if (key in state) return state[key];
      if (key === 'measureText') return (text: string) => ({ width: text.length * 6 });
      if (key === 'createLinearGradient') {
        return (...args: number[]) => {
          calls.push(`createLinearGradient(${args.join(', ')})`);
          return { addColorStop: (o: number, c: string) => calls.push(`stop ${o} ${c}`) };
        };
      }
      return (...args: unknown[]) => calls.push(`${String(key)}(${args.map(format).join(', ')})`);
    },
    set(state, key, value) {
      state[key] = value;
      calls.push(`${String(key)}=${format(value)}`);
      return true;
    },
  });
  // A stand-in: only the members the painter uses exist, which is what the test checks.
  return { calls, context: context as unknown as PaintContext };
}

function paint(body: string, defs = '') {
  const { calls, context } = recordingContext();
  paintSvg(
    `<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="100" height="50" viewBox="0 0 100 50" font-family="DejaVu Sans, sans-serif" font-size="12">${defs ? `<defs>${defs}</defs>` : ''}${body}</svg>`,
    context,
    { scaleX: 2, scaleY: 2, Path2D: FakePath as unknown as typeof Path2D },
  );
  return calls;
}

describe('parseTransform()', () => {
  it.each([
    ['translate(16,20)', { a: 1, b: 0, c: 0, d: 1, e: 16, f: 20 }],
    ['translate(5)', { a: 1, b: 0, c: 0, d: 1, e: 5, f: 0 }],
    ['scale(2)', { a: 2, b: 0, c: 0, d: 2, e: 0, f: 0 }],
    ['scale(2 3)', { a: 2, b: 0, c: 0, d: 3, e: 0, f: 0 }],
    ['matrix(1,2,3,4,5,6)', { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6 }],
    ['translate(10,0) scale(2)', { a: 2, b: 0, c: 0, d: 2, e: 10, f: 0 }],
  ])('reads %s', (text, matrix) => {
    expect(parseTransform(text)).toEqual(matrix);
  });

  it('reads rotate(90) as a quarter turn', () => {
    const m = parseTransform('rotate(90)');
    expect([m.a, m.b, m.c, m.d].map((v) => Math.round(v))).toEqual([0, 1, -1, 0]);
  });

  it.each(['skewX(10)', 'translate(1,2', 'rotate(30 5 5)', 'translate(a)'])(
    'rejects %s',
    (text) => {
      expect(() => parseTransform(text)).toThrow(UnsupportedSvgError);
    },
  );
});

describe('parseDashArray()', () => {
  it.each([
    ['4 3', [4, 3]],
    ['4,3', [4, 3]],
    [' 2 , 2 ', [2, 2]],
    ['none', []],
    ['0 0', []],
  ])('reads "%s"', (text, dash) => {
    expect(parseDashArray(text)).toEqual(dash);
  });

  it('rejects a negative dash', () => {
    expect(() => parseDashArray('4 -3')).toThrow(UnsupportedSvgError);
  });
});

describe('pathEnd()', () => {
  it('ends a cubic curve along its last control line', () => {
    const end = pathEnd('M0,0C0,10 10,10 10,20');
    expect({ x: end.x, y: end.y }).toEqual({ x: 10, y: 20 });
    expect(end.angle).toBeCloseTo(Math.PI / 2);
  });

  it('follows relative commands and lines', () => {
    const end = pathEnd('M10,10l5,0h5v-10');
    expect({ x: end.x, y: end.y }).toEqual({ x: 20, y: 0 });
    expect(end.angle).toBeCloseTo(-Math.PI / 2);
  });

  it('rejects an arc', () => {
    expect(() => pathEnd('M0,0A5,5 0 0 1 10,0')).toThrow(UnsupportedSvgError);
  });
});

describe('readSvg()', () => {
  it('reads elements, attributes, text and entities', () => {
    const { root, ids } = readSvg(
      `<?xml version="1.0"?><svg a="1 &amp; 2"><!-- a note --><text id="t">x &lt; y &#8594; z</text><g/></svg>`,
    );
    expect(root.name).toBe('svg');
    expect(root.attrs.get('a')).toBe('1 & 2');
    expect(ids.get('t')?.children).toEqual(['x < y → z']);
    expect(root.children.map((c) => (typeof c === 'string' ? c : c.name))).toEqual(['text', 'g']);
  });

  it.each([
    ['<svg><g></svg>', 'a mismatched end tag'],
    ['<svg><g>', 'an unclosed element'],
    ['<!DOCTYPE svg><svg/>', 'a DOCTYPE'],
    ['<svg>&nbsp;</svg>', 'an unknown entity'],
    ['<svg/><svg/>', 'a second root'],
  ])('rejects %s (%s)', (text) => {
    expect(() => readSvg(text)).toThrow(UnsupportedSvgError);
  });
});

describe('paintSvg()', () => {
  it('scales the canvas to the SVG and sets the SVG defaults the canvas lacks', () => {
    const calls = paint('');
    expect(calls).toContain('setTransform(2, 0, 0, 2, 0, 0)');
    expect(calls).toContain('miterLimit=4');
  });

  it('fills and strokes a rounded rect with its dashes, skipping titles', () => {
    const calls = paint(
      '<g stroke="#123456" stroke-width="2"><title>cell</title><rect x="1" y="2" width="30" height="20" rx="4" fill="#abcdef" stroke-dasharray="4 3"/></g>',
    );
    expect(calls).toEqual(
      expect.arrayContaining([
        'fillStyle="#abcdef"',
        'fill(path(roundRect(1, 2, 30, 20, 4)))',
        'strokeStyle="#123456"',
        'lineWidth=2',
        'setLineDash([4, 3])',
        'stroke(path(roundRect(1, 2, 30, 20, 4)))',
      ]),
    );
  });

  it('does not fill a line, nor draw a zero-sized rect', () => {
    const calls = paint(
      '<line x1="0" x2="10" y1="1" y2="1" stroke="#000"/><rect x="0" y="0" width="0" height="5"/>',
    );
    expect(calls.filter((c) => c.startsWith('fill('))).toEqual([]);
    expect(calls).toContain('stroke(path(moveTo(0, 1); lineTo(10, 1)))');
  });

  it('inherits font and fill from groups, and a child overrides them', () => {
    const calls = paint(
      '<g fill="#111111" font-weight="700"><text x="5" y="10">Legend</text><text x="5" y="30" fill="#222222" font-size="10" font-style="italic">note</text></g>',
    );
    const legend = calls.indexOf('fillText("Legend", 5, 10)');
    const note = calls.indexOf('fillText("note", 5, 30)');
    expect(legend).toBeGreaterThan(-1);
    expect(note).toBeGreaterThan(legend);
    expect(calls.slice(0, legend)).toEqual(
      expect.arrayContaining([
        'font="normal 700 12px DejaVu Sans, sans-serif"',
        'fillStyle="#111111"',
      ]),
    );
    expect(calls.slice(legend, note)).toEqual(
      expect.arrayContaining([
        'font="italic 700 10px DejaVu Sans, sans-serif"',
        'fillStyle="#222222"',
      ]),
    );
  });

  it.each([
    ['start', 'left'],
    ['middle', 'center'],
    ['end', 'right'],
  ])('aligns a one-run text with text-anchor="%s" as textAlign %s', (anchor, align) => {
    const calls = paint(`<text x="50" y="10" text-anchor="${anchor}">abc</text>`);
    expect(calls).toContain(`textAlign="${align}"`);
    expect(calls).toContain('fillText("abc", 50, 10)');
  });

  it.each([
    ['start', 'right'],
    ['middle', 'center'],
    ['end', 'left'],
  ])(
    'draws a right-to-left text with text-anchor="%s" in the canvas direction rtl, textAlign %s',
    (anchor, align) => {
      const calls = paint(
        `<text x="50" y="10" direction="rtl" text-anchor="${anchor}">مرحبا</text>`,
      );
      const fill = calls.indexOf('fillText("مرحبا", 50, 10)');
      expect(fill).toBeGreaterThan(-1);
      expect(calls.slice(0, fill)).toEqual(
        expect.arrayContaining(['direction="rtl"', `textAlign="${align}"`]),
      );
    },
  );

  it('goes back to left to right after a right-to-left text, and condenses one by its left edge', () => {
    const calls = paint(
      '<text x="40" y="10" direction="rtl" text-anchor="end" textLength="20" lengthAdjust="spacingAndGlyphs">שלום עולם</text><text x="5" y="30">Tarsa</text>',
    );
    // "שלום עולם" is 54 px at 6 px a character, squeezed to 20 from x = 40 rightwards.
    expect(calls).toEqual(
      expect.arrayContaining([
        'direction="rtl"',
        'translate(40, 10)',
        `scale(${20 / 54}, 1)`,
        'fillText("שלום עולם", 0, 0)',
      ]),
    );
    const tarsa = calls.indexOf('fillText("Tarsa", 5, 30)');
    expect(calls.slice(calls.indexOf('fillText("שלום עולם", 0, 0)'), tarsa)).toContain(
      'direction="ltr"',
    );
  });

  it.each([
    [
      'a right-to-left text in several runs',
      '<text x="1" y="1" direction="rtl">א<tspan>ב</tspan></text>',
    ],
    ['an unknown direction', '<text x="1" y="1" direction="up">a</text>'],
  ])('leaves %s to the browser', (_, body) => {
    expect(() => paint(body)).toThrow(UnsupportedSvgError);
  });

  it('places a text with a tspan run by run, anchored on their total width', () => {
    // "✕" (6 px) then " blocked" (48 px): 54 px, centred on x = 50.
    const calls = paint(
      '<text x="50" y="10" text-anchor="middle" fill="#333333"><tspan fill="#ff0000" font-weight="700">✕</tspan> blocked</text>',
    );
    expect(calls).toEqual(
      expect.arrayContaining(['fillText("✕", 23, 10)', 'fillText(" blocked", 29, 10)']),
    );
    expect(calls.indexOf('fillStyle="#ff0000"')).toBeLessThan(
      calls.indexOf('fillText("✕", 23, 10)'),
    );
  });

  it('condenses a text to its textLength by scaling its glyphs', () => {
    const calls = paint(
      '<text x="10" y="20" textLength="30" lengthAdjust="spacingAndGlyphs">abcdefghij</text>',
    );
    // 60 px of text in 30: half as wide, drawn from the text's origin.
    expect(calls).toEqual(
      expect.arrayContaining([
        'translate(10, 20)',
        'scale(0.5, 1)',
        'fillText("abcdefghij", 0, 0)',
      ]),
    );
  });

  it('collapses white space as SVG does', () => {
    const calls = paint('<text x="0" y="10">  two\n   words  </text>');
    expect(calls).toContain('fillText("two words", 0, 10)');
  });

  it('applies a group transform and fill-opacity', () => {
    const calls = paint(
      '<g transform="translate(16,20)"><rect x="0" y="0" width="4" height="4" fill="#000" fill-opacity="0.55"/></g>',
    );
    expect(calls).toEqual(
      expect.arrayContaining(['transform(1, 0, 0, 1, 16, 20)', 'globalAlpha=0.55', 'restore()']),
    );
  });

  it('clips to a clipPath and fills with a linear gradient over the shape box', () => {
    const calls = paint(
      '<g clip-path="url(#c)"><rect x="10" y="0" width="20" height="10" fill="url(#f)"/></g>',
      '<clipPath id="c"><rect x="0" y="0" width="50" height="50"/></clipPath><linearGradient id="f" x1="0" x2="1" y1="0" y2="0"><stop offset="0" stop-color="#0b5cad" stop-opacity="0"/><stop offset="0.85" stop-color="#0b5cad" stop-opacity="1"/></linearGradient>',
    );
    expect(calls).toEqual(
      expect.arrayContaining([
        'clip(path(addPath(path(rect(0, 0, 50, 50)))))',
        'createLinearGradient(10, 0, 30, 0)',
        'stop 0 rgba(11, 92, 173, 0)',
        'stop 0.85 #0b5cad',
      ]),
    );
  });

  it('draws an end marker at the path end, turned along it', () => {
    const calls = paint(
      '<path d="M0,0L10,0" stroke="#000" fill="none" marker-end="url(#a)"/>',
      '<marker id="a" viewBox="0 0 10 10" refX="9" refY="5" markerUnits="userSpaceOnUse" markerWidth="12" markerHeight="12" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="#f00"/></marker>',
    );
    expect(calls).toEqual(
      expect.arrayContaining([
        'translate(10, 0)',
        'rotate(0)',
        'scale(1.2, 1.2)',
        'translate(-9, -5)',
        'fill(path(d M0,0L10,5L0,10z))',
      ]),
    );
  });

  it.each([
    ['<image href="a.png" width="1" height="1"/>', 'the element <image>'],
    ['<rect width="1" height="1" style="fill:red"/>', 'the attribute style on <rect>'],
    ['<g transform="skewX(10)"/>', 'transform="skewX(10)"'],
    ['<rect width="1" height="1" fill="url(#missing)"/>', 'fill="url(#missing)" on <rect>'],
    ['<text x="0" y="0" letter-spacing="2">a</text>', 'the attribute letter-spacing on <text>'],
    ['<text x="0" y="0"><a>b</a></text>', '<a> in <text>'],
    ['<rect width="1" height="1" opacity="0.5"/>', 'the attribute opacity on <rect>'],
  ])('throws UnsupportedSvgError on %s', (body, what) => {
    let error: unknown;
    try {
      paint(body);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UnsupportedSvgError);
    expect((error as UnsupportedSvgError).what).toBe(what);
  });
});
