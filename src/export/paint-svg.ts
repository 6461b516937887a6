/**
 * Paints the SVG our exports produce on a canvas with Canvas 2D calls, reading the SVG itself.
 * Loading a large SVG as an image makes Blink lay out each of its ~25,000 `<text>` twice; this
 * draws the same document in a fraction of that. It knows only the subset our builders emit
 * (svg-frame.ts and the to-*-svg.ts builders); anything else throws an UnsupportedSvgError, and
 * the caller falls back to the browser's own SVG rendering.
 */

import type { SvgDocument, SvgNode } from './read-svg.ts';
import { readSvg } from './read-svg.ts';
import { UnsupportedSvgError } from './unsupported-svg-error.ts';

type Element = SvgNode;

/** The 2D contexts the painter draws on (a page's canvas or an OffscreenCanvas). */
export type PaintContext = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** What paintSvg needs besides the context: the scale, and (for tests) a Path2D class. */
export interface PaintOptions {
  /** Canvas pixels per SVG user unit, across and down. */
  scaleX: number;
  scaleY: number;
  /** The Path2D constructor; the page's by default. */
  Path2D?: typeof Path2D;
}

/** A fill or stroke: none, a colour, or a linear gradient element. */
type Paint =
  { kind: 'none' } | { kind: 'colour'; value: string } | { kind: 'gradient'; el: Element };

/** The inherited presentation properties, resolved down the tree. */
interface Style {
  fill: Paint;
  fillOpacity: number;
  stroke: Paint;
  strokeOpacity: number;
  strokeWidth: number;
  dash: number[];
  fontSize: number;
  fontWeight: string;
  fontStyle: string;
  fontFamily: string;
  textAnchor: 'start' | 'middle' | 'end';
  /** A text's base direction: in a right-to-left one, `start` is the right end. */
  direction: 'ltr' | 'rtl';
  markerEnd: Element | undefined;
  /** The CSS font, once asked for. */
  font?: string;
}

// The attributes each element may carry. Presentation attributes are allowed on any drawn
// element; geometry on its own element. Anything else is outside the subset.
const PRESENTATION = new Set([
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-dasharray',
  'font-size',
  'font-weight',
  'font-style',
  'font-family',
  'text-anchor',
  'direction',
  'marker-end',
  'transform',
  'clip-path',
  'id',
]);
const GEOMETRY_LISTS: Readonly<Record<string, readonly string[]>> = {
  svg: ['xmlns', 'version', 'width', 'height', 'viewBox', 'role'],
  g: [],
  rect: ['x', 'y', 'width', 'height', 'rx', 'ry'],
  circle: ['cx', 'cy', 'r'],
  ellipse: ['cx', 'cy', 'rx', 'ry'],
  line: ['x1', 'y1', 'x2', 'y2'],
  polyline: ['points'],
  polygon: ['points'],
  path: ['d'],
  text: ['x', 'y', 'textLength', 'lengthAdjust'],
  tspan: [],
};
const GEOMETRY = new Map(
  Object.entries(GEOMETRY_LISTS).map(([name, list]) => [name, new Set(list)]),
);
/** A right-to-left text's anchor as the left-to-right one that puts it in the same place. */
const FLIPPED_ANCHOR = { start: 'end', middle: 'middle', end: 'start' } as const;
/** Elements with no pixels of their own: skipped, or drawn only where referenced. */
const SKIPPED = new Set(['title', 'desc', 'defs']);

const DEFAULT_STYLE: Style = {
  fill: { kind: 'colour', value: '#000000' },
  fillOpacity: 1,
  stroke: { kind: 'none' },
  strokeOpacity: 1,
  strokeWidth: 1,
  dash: [],
  fontSize: 16,
  fontWeight: '400',
  fontStyle: 'normal',
  fontFamily: 'sans-serif',
  textAnchor: 'start',
  direction: 'ltr',
  markerEnd: undefined,
};

/** An element's attributes as name and value pairs. */
function attrList(el: Element): { name: string; value: string }[] {
  return [...el.attrs].map(([name, value]) => ({ name, value }));
}

/** An element's child elements; text between them (white space in our exports) is skipped. */
function elementsOf(el: Element): Element[] {
  return el.children.filter((c): c is Element => typeof c !== 'string');
}

/** An attribute's value, or null when absent (as getAttribute). */
function attr(el: Element, name: string): string | null {
  return el.attrs.get(name) ?? null;
}

function number(el: Element, name: string, fallback = 0): number {
  const raw = attr(el, name);
  if (raw === null) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new UnsupportedSvgError(`${name}="${raw}" on <${el.name}>`);
  }
  return value;
}

function opacity(el: Element, name: string, raw: string): number {
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value)) {
    throw new UnsupportedSvgError(`${name}="${raw}" on <${el.name}>`);
  }
  return Math.min(1, Math.max(0, value));
}

/** A 2D affine matrix, as DOMMatrix names its terms. */
export interface Matrix {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/** A `transform` list as a matrix [a, b, c, d, e, f]: translate, scale, matrix and rotate. */
export function parseTransform(text: string): Matrix {
  let m: Matrix = { a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 };
  const multiply = (n: Matrix) => {
    m = {
      a: m.a * n.a + m.c * n.b,
      b: m.b * n.a + m.d * n.b,
      c: m.a * n.c + m.c * n.d,
      d: m.b * n.c + m.d * n.d,
      e: m.a * n.e + m.c * n.f + m.e,
      f: m.b * n.e + m.d * n.f + m.f,
    };
  };
  const rest = text.replace(
    /\s*(translate|scale|matrix|rotate)\s*\(([^)]*)\)\s*,?/g,
    (_, name: string, args: string) => {
      const v = args
        .trim()
        .split(/[\s,]+/)
        .filter(Boolean)
        .map(Number);
      if (v.some((n) => !Number.isFinite(n))) throw new UnsupportedSvgError(`transform="${text}"`);
      const [p = 0, q, r, s, t, u] = v;
      if (name === 'translate' && v.length <= 2)
        multiply({ a: 1, b: 0, c: 0, d: 1, e: p, f: q ?? 0 });
      else if (name === 'scale' && v.length <= 2)
        multiply({ a: p, b: 0, c: 0, d: q ?? p, e: 0, f: 0 });
      else if (name === 'matrix' && v.length === 6)
        multiply({ a: p, b: q ?? 0, c: r ?? 0, d: s ?? 0, e: t ?? 0, f: u ?? 0 });
      else if (name === 'rotate' && v.length === 1) {
        const rad = (p * Math.PI) / 180;
        multiply({
          a: Math.cos(rad),
          b: Math.sin(rad),
          c: -Math.sin(rad),
          d: Math.cos(rad),
          e: 0,
          f: 0,
        });
      } else throw new UnsupportedSvgError(`transform="${text}"`);
      return '';
    },
  );
  if (rest.trim() !== '') throw new UnsupportedSvgError(`transform="${text}"`);
  return m;
}

/** A dash array: numbers by spaces or commas; "none" or all zeros is solid. */
export function parseDashArray(text: string): number[] {
  if (text.trim() === 'none') return [];
  const values = text
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  if (values.some((v) => !Number.isFinite(v) || v < 0)) {
    throw new UnsupportedSvgError(`stroke-dasharray="${text}"`);
  }
  // SVG repeats an odd list to make it even; so does setLineDash.
  return values.every((v) => v === 0) ? [] : values;
}

/**
 * Collapses a text's white space as SVG does by default (`xml:space` unset): newlines go, tabs
 * become spaces, runs of spaces become one, and the ends are trimmed.
 */
function collapseRuns(runs: { text: string; style: Style }[]): { text: string; style: Style }[] {
  let previousSpace = true; // trims the start
  const out = runs.map((run) => {
    let text = '';
    for (const ch of run.text.replace(/[\n\r]/g, '').replace(/\t/g, ' ')) {
      if (ch === ' ') {
        if (previousSpace) continue;
        previousSpace = true;
      } else previousSpace = false;
      text += ch;
    }
    return { text, style: run.style };
  });
  // Trims the end: the last run holding a character loses a trailing space.
  for (let i = out.length - 1; i >= 0; i--) {
    const run = out[i];
    if (!run || run.text === '') continue;
    if (run.text.endsWith(' ')) run.text = run.text.slice(0, -1);
    break;
  }
  return out.filter((run) => run.text !== '');
}

/** The CSS font shorthand of a style, as `ctx.font` takes it. */
export function fontOf(style: Style): string {
  // Cached on the style, which the texts of one group share.
  return (style.font ??= `${style.fontStyle} ${style.fontWeight} ${style.fontSize}px ${style.fontFamily}`);
}

/** A path's last point and the direction it arrives there in radians (M, L, H, V, C, Z only). */
export function pathEnd(d: string): { x: number; y: number; angle: number } {
  const tokens = d.match(/[MmLlHhVvCcZz]|-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/g) ?? [];
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let angle = 0;
  let command = '';
  let i = 0;
  const next = (): number => {
    const token = tokens[i++];
    const value = Number(token);
    if (token === undefined || !Number.isFinite(value)) {
      throw new UnsupportedSvgError(`marker-end on the path "${d}"`);
    }
    return value;
  };
  const lineTo = (nx: number, ny: number, fromX = x, fromY = y) => {
    if (nx !== fromX || ny !== fromY) angle = Math.atan2(ny - fromY, nx - fromX);
    x = nx;
    y = ny;
  };
  while (i < tokens.length) {
    const token = tokens[i] ?? '';
    if (/[a-zA-Z]/.test(token)) {
      command = token;
      i++;
      if (command === 'Z' || command === 'z') {
        lineTo(startX, startY);
        continue;
      }
    }
    const rel = command === command.toLowerCase();
    const ox = rel ? x : 0;
    const oy = rel ? y : 0;
    switch (command.toUpperCase()) {
      case 'M':
        x = ox + next();
        y = oy + next();
        startX = x;
        startY = y;
        // Further pairs after a moveto are linetos.
        command = rel ? 'l' : 'L';
        break;
      case 'L':
        lineTo(ox + next(), oy + next());
        break;
      case 'H':
        lineTo(ox + next(), y);
        break;
      case 'V':
        lineTo(x, oy + next());
        break;
      case 'C': {
        const x1 = ox + next();
        const y1 = oy + next();
        const x2 = ox + next();
        const y2 = oy + next();
        const ex = ox + next();
        const ey = oy + next();
        // The tangent at the end: from the nearest control point that is not the end.
        if (x2 !== ex || y2 !== ey) lineTo(ex, ey, x2, y2);
        else if (x1 !== ex || y1 !== ey) lineTo(ex, ey, x1, y1);
        else lineTo(ex, ey);
        break;
      }
      default:
        throw new UnsupportedSvgError(`marker-end on the path "${d}"`);
    }
  }
  return { x, y, angle };
}

/** The number of a length or percentage, as a share of 1 for gradient coordinates. */
function unitShare(el: Element, name: string, fallback: number): number {
  const raw = attr(el, name);
  if (raw === null) return fallback;
  if (raw.endsWith('%')) return Number(raw.slice(0, -1)) / 100;
  return number(el, name);
}

/** A colour with an opacity, as a CSS colour the canvas takes (hex colours only). */
function withOpacity(colour: string, alpha: number): string {
  if (alpha === 1) return colour;
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(colour)?.[1];
  if (!hex) throw new UnsupportedSvgError(`the gradient stop colour "${colour}"`);
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join('') : hex;
  const [r, g, b] = [0, 2, 4].map((k) => parseInt(full.slice(k, k + 2), 16));
  return `rgba(${r}, ${g}, ${b}, ${alpha})`;
}

/** Paints a parsed SVG export on a 2D context at a scale. Throws UnsupportedSvgError. */
export function paintSvgDocument(doc: SvgDocument, ctx: PaintContext, options: PaintOptions): void {
  const Path = options.Path2D ?? globalThis.Path2D;
  const root = doc.root;
  if (root.name !== 'svg') throw new UnsupportedSvgError(`a root <${root.name}>`);
  const resolve = (el: Element, name: string, value: string): Element => {
    const id = /^url\(#([^)]+)\)$/.exec(value.trim())?.[1];
    const target = id === undefined ? undefined : doc.ids.get(id);
    if (!target) throw new UnsupportedSvgError(`${name}="${value}" on <${el.name}>`);
    return target;
  };

  // Setting ctx.font or a style parses CSS each time: skip when unchanged (~25,000 texts).
  let font = '';
  const setFont = (value: string) => {
    if (value !== font) ctx.font = font = value;
  };
  let fillColour = '';
  const setFillColour = (value: string) => {
    if (value !== fillColour) ctx.fillStyle = fillColour = value;
  };
  let strokeColour = '';
  let lineWidth = NaN;
  let dash: number[] | undefined;
  let align = '';
  let direction = '';
  const setStroke = (style: Style, colour: string) => {
    if (colour !== strokeColour) ctx.strokeStyle = strokeColour = colour;
    if (style.strokeWidth !== lineWidth) ctx.lineWidth = lineWidth = style.strokeWidth;
    if (style.dash !== dash) ctx.setLineDash((dash = style.dash));
  };
  const setAlign = (value: CanvasTextAlign) => {
    if (value !== align) ctx.textAlign = align = value;
  };
  // The canvas's base direction orders a text's runs (the bidi paragraph level) as SVG does.
  const setDirection = (value: CanvasDirection) => {
    if (value !== direction) ctx.direction = direction = value;
  };
  // restore() brings back older values: forget the cached ones.
  const restore = () => {
    ctx.restore();
    font = fillColour = strokeColour = align = direction = '';
    lineWidth = NaN;
    dash = undefined;
  };

  function paint(el: Element, name: string, value: string): Paint {
    if (value === 'none') return { kind: 'none' };
    if (value.startsWith('url(')) {
      const target = resolve(el, name, value);
      if (target.name !== 'linearGradient') {
        throw new UnsupportedSvgError(`${name} referring to <${target.name}>`);
      }
      return { kind: 'gradient', el: target };
    }
    if (value === 'currentColor' || value === 'inherit') {
      throw new UnsupportedSvgError(`${name}="${value}"`);
    }
    return { kind: 'colour', value };
  }

  /** The element's style: its parent's with its own presentation attributes applied. */
  function styleOf(el: Element, parent: Style): Style {
    const allowed = GEOMETRY.get(el.name);
    if (!allowed) throw new UnsupportedSvgError(`the element <${el.name}>`);
    let style = parent;
    let copied = false;
    const set = <K extends keyof Style>(key: K, value: Style[K]) => {
      if (!copied) style = { ...parent, font: undefined };
      copied = true;
      style[key] = value;
    };
    for (const [name, value] of el.attrs) {
      if (allowed.has(name)) continue;
      if (!PRESENTATION.has(name)) {
        throw new UnsupportedSvgError(`the attribute ${name} on <${el.name}>`);
      }
      switch (name) {
        case 'fill':
          set('fill', paint(el, name, value));
          break;
        case 'stroke':
          set('stroke', paint(el, name, value));
          break;
        case 'fill-opacity':
          set('fillOpacity', opacity(el, name, value));
          break;
        case 'stroke-opacity':
          set('strokeOpacity', opacity(el, name, value));
          break;
        case 'stroke-width':
          set('strokeWidth', number(el, name));
          break;
        case 'stroke-dasharray':
          set('dash', parseDashArray(value));
          break;
        case 'font-size':
          set('fontSize', number(el, name));
          break;
        case 'font-weight':
          if (!/^(normal|bold|[1-9]00)$/.test(value)) {
            throw new UnsupportedSvgError(`font-weight="${value}"`);
          }
          set('fontWeight', value === 'normal' ? '400' : value === 'bold' ? '700' : value);
          break;
        case 'font-style':
          if (!/^(normal|italic|oblique)$/.test(value)) {
            throw new UnsupportedSvgError(`font-style="${value}"`);
          }
          set('fontStyle', value);
          break;
        case 'font-family':
          set('fontFamily', value);
          break;
        case 'text-anchor':
          if (value !== 'start' && value !== 'middle' && value !== 'end') {
            throw new UnsupportedSvgError(`text-anchor="${value}"`);
          }
          set('textAnchor', value);
          break;
        case 'direction':
          if (value !== 'ltr' && value !== 'rtl') {
            throw new UnsupportedSvgError(`direction="${value}"`);
          }
          set('direction', value);
          break;
        case 'marker-end':
          set('markerEnd', value === 'none' ? undefined : resolve(el, name, value));
          break;
        // transform, clip-path and id are read where they apply
      }
    }
    return style;
  }

  function fillStyle(
    p: Paint,
    bbox: () => [number, number, number, number],
  ): string | CanvasGradient {
    if (p.kind === 'colour') return p.value;
    if (p.kind === 'gradient') {
      const g = p.el;
      for (const attr of attrList(g)) {
        if (!['id', 'x1', 'x2', 'y1', 'y2'].includes(attr.name)) {
          throw new UnsupportedSvgError(`the attribute ${attr.name} on <linearGradient>`);
        }
      }
      // objectBoundingBox units, the default: the coordinates are shares of the shape's box.
      const [x, y, w, h] = bbox();
      const gradient = ctx.createLinearGradient(
        x + unitShare(g, 'x1', 0) * w,
        y + unitShare(g, 'y1', 0) * h,
        x + unitShare(g, 'x2', 1) * w,
        y + unitShare(g, 'y2', 0) * h,
      );
      for (const stop of elementsOf(g)) {
        if (stop.name !== 'stop') throw new UnsupportedSvgError(`<${stop.name}> in a gradient`);
        for (const attr of attrList(stop)) {
          if (!['offset', 'stop-color', 'stop-opacity'].includes(attr.name)) {
            throw new UnsupportedSvgError(`the attribute ${attr.name} on <stop>`);
          }
        }
        const alpha = opacity(stop, 'stop-opacity', attr(stop, 'stop-opacity') ?? '1');
        gradient.addColorStop(
          Math.min(1, Math.max(0, unitShare(stop, 'offset', 0))),
          withOpacity(attr(stop, 'stop-color') ?? '#000000', alpha),
        );
      }
      return gradient;
    }
    throw new Error('unreachable: no paint');
  }

  /** Fills, then strokes, a shape with the style's paints. */
  function draw(
    path: Path2D,
    style: Style,
    bbox: () => [number, number, number, number],
    fill = true,
  ) {
    if (fill && style.fill.kind !== 'none') {
      ctx.globalAlpha = style.fillOpacity;
      if (style.fill.kind === 'colour') setFillColour(style.fill.value);
      else {
        ctx.fillStyle = fillStyle(style.fill, bbox);
        fillColour = '';
      }
      ctx.fill(path);
    }
    if (style.stroke.kind !== 'none' && style.strokeWidth > 0) {
      ctx.globalAlpha = style.strokeOpacity;
      if (style.stroke.kind === 'colour') setStroke(style, style.stroke.value);
      else {
        ctx.strokeStyle = fillStyle(style.stroke, bbox);
        setStroke(style, (strokeColour = ''));
      }
      ctx.stroke(path);
    }
  }

  /** The outline of a basic shape, with its bounding box; undefined when it draws nothing. */
  function shape(
    el: Element,
  ): { path: Path2D; bbox: [number, number, number, number] } | undefined {
    const path = new Path();
    switch (el.name) {
      case 'rect': {
        const x = number(el, 'x');
        const y = number(el, 'y');
        const w = number(el, 'width');
        const h = number(el, 'height');
        if (w <= 0 || h <= 0) return undefined;
        const rxRaw = attr(el, 'rx');
        const ryRaw = attr(el, 'ry');
        // One radius given stands for both; each is at most half the side.
        const rx = Math.min(w / 2, number(el, 'rx', ryRaw === null ? 0 : number(el, 'ry')));
        const ry = Math.min(h / 2, number(el, 'ry', rxRaw === null ? 0 : number(el, 'rx')));
        if (rx > 0 && ry > 0) path.roundRect(x, y, w, h, rx === ry ? rx : [{ x: rx, y: ry }]);
        else path.rect(x, y, w, h);
        return { path, bbox: [x, y, w, h] };
      }
      case 'circle': {
        const cx = number(el, 'cx');
        const cy = number(el, 'cy');
        const r = number(el, 'r');
        if (r <= 0) return undefined;
        path.arc(cx, cy, r, 0, 2 * Math.PI);
        return { path, bbox: [cx - r, cy - r, 2 * r, 2 * r] };
      }
      case 'ellipse': {
        const cx = number(el, 'cx');
        const cy = number(el, 'cy');
        const rx = number(el, 'rx');
        const ry = number(el, 'ry');
        if (rx <= 0 || ry <= 0) return undefined;
        path.ellipse(cx, cy, rx, ry, 0, 0, 2 * Math.PI);
        return { path, bbox: [cx - rx, cy - ry, 2 * rx, 2 * ry] };
      }
      case 'line': {
        const x1 = number(el, 'x1');
        const y1 = number(el, 'y1');
        const x2 = number(el, 'x2');
        const y2 = number(el, 'y2');
        path.moveTo(x1, y1);
        path.lineTo(x2, y2);
        const x = Math.min(x1, x2);
        const y = Math.min(y1, y2);
        return { path, bbox: [x, y, Math.abs(x2 - x1), Math.abs(y2 - y1)] };
      }
      case 'polyline':
      case 'polygon': {
        const values = (attr(el, 'points') ?? '')
          .trim()
          .split(/[\s,]+/)
          .map(Number);
        if (values.length % 2 !== 0 || values.some((v) => !Number.isFinite(v))) {
          throw new UnsupportedSvgError(`points on <${el.name}>`);
        }
        const xs = values.filter((_, k) => k % 2 === 0);
        const ys = values.filter((_, k) => k % 2 === 1);
        xs.forEach((x, k) => (k === 0 ? path.moveTo(x, ys[k] ?? 0) : path.lineTo(x, ys[k] ?? 0)));
        if (el.name === 'polygon') path.closePath();
        const x = Math.min(...xs);
        const y = Math.min(...ys);
        return { path, bbox: [x, y, Math.max(...xs) - x, Math.max(...ys) - y] };
      }
      case 'path': {
        const d = attr(el, 'd') ?? '';
        // A gradient on a path would need its box: not in our exports.
        return { path: new Path(d), bbox: [NaN, NaN, NaN, NaN] };
      }
    }
    return undefined;
  }

  function drawMarker(marker: Element, path: Element, style: Style) {
    if (path.name !== 'path') throw new UnsupportedSvgError(`marker-end on <${path.name}>`);
    for (const attr of attrList(marker)) {
      if (
        ![
          'id',
          'viewBox',
          'refX',
          'refY',
          'markerUnits',
          'markerWidth',
          'markerHeight',
          'orient',
        ].includes(attr.name)
      ) {
        throw new UnsupportedSvgError(`the attribute ${attr.name} on <marker>`);
      }
    }
    const end = pathEnd(attr(path, 'd') ?? '');
    const orient = attr(marker, 'orient') ?? '0';
    const rotation =
      orient === 'auto' || orient === 'auto-start-reverse'
        ? end.angle
        : (Number(orient) * Math.PI) / 180;
    if (!Number.isFinite(rotation)) throw new UnsupportedSvgError(`orient="${orient}"`);
    const units = attr(marker, 'markerUnits') ?? 'strokeWidth';
    if (units !== 'userSpaceOnUse' && units !== 'strokeWidth') {
      throw new UnsupportedSvgError(`markerUnits="${units}"`);
    }
    const unit = units === 'strokeWidth' ? style.strokeWidth : 1;
    const mw = number(marker, 'markerWidth', 3) * unit;
    const mh = number(marker, 'markerHeight', 3) * unit;
    const box = (attr(marker, 'viewBox') ?? `0 0 ${mw} ${mh}`)
      .trim()
      .split(/[\s,]+/)
      .map(Number);
    const [vx = 0, vy = 0, vw = 0, vh = 0] = box;
    if (box.length !== 4 || box.some((v) => !Number.isFinite(v)) || vw <= 0 || vh <= 0) {
      throw new UnsupportedSvgError(`viewBox on <marker>`);
    }
    // xMidYMid meet, with the box's shape the marker's own: one scale, no offset.
    if (Math.abs(mw / vw - mh / vh) > 1e-9) throw new UnsupportedSvgError('a non-square <marker>');
    const k = mw / vw;
    ctx.save();
    ctx.translate(end.x, end.y);
    ctx.rotate(rotation);
    ctx.scale(k, k);
    ctx.translate(-number(marker, 'refX'), -number(marker, 'refY'));
    // A marker's overflow is hidden: clipped to its viewBox.
    const clip = new Path();
    clip.rect(vx, vy, vw, vh);
    ctx.clip(clip);
    // Its content inherits from the marker's ancestors (the root, through a bare <defs>), not
    // from the path.
    if (marker.parent?.name !== 'defs' || marker.parent.attrs.size > 0) {
      throw new UnsupportedSvgError('a <marker> outside a bare <defs>');
    }
    for (const child of elementsOf(marker)) walk(child, rootStyle);
    restore();
  }

  /** Fills (and strokes) one run of text at a point, aligned as set. */
  function fillRun(text: string, s: Style, x: number, y: number) {
    setFont(fontOf(s));
    if (s.fill.kind === 'colour') {
      ctx.globalAlpha = s.fillOpacity;
      setFillColour(s.fill.value);
      ctx.fillText(text, x, y);
    } else if (s.fill.kind === 'gradient') throw new UnsupportedSvgError('a gradient on text');
    if (s.stroke.kind === 'colour' && s.strokeWidth > 0) {
      ctx.globalAlpha = s.strokeOpacity;
      setStroke(s, s.stroke.value);
      ctx.strokeText(text, x, y);
    } else if (s.stroke.kind === 'gradient') throw new UnsupportedSvgError('a gradient on text');
  }

  function drawText(el: Element, style: Style) {
    const runs: { text: string; style: Style }[] = [];
    for (const child of el.children) {
      if (typeof child === 'string') runs.push({ text: child, style });
      else {
        const [text = '', ...rest] = child.children;
        if (child.name !== 'tspan' || typeof text !== 'string' || rest.length > 0) {
          throw new UnsupportedSvgError(`<${child.name}> in <text>`);
        }
        runs.push({ text, style: styleOf(child, style) });
      }
    }
    const parts = collapseRuns(runs);
    const first = parts[0];
    if (!first) return;
    const rtl = style.direction === 'rtl';
    // Runs in a right-to-left text would be laid out right to left: our exports never make one.
    if (rtl && parts.length > 1) throw new UnsupportedSvgError('a right-to-left text in runs');
    setDirection(style.direction);
    // Where the text's left or right edge goes, as in a left-to-right text.
    const anchor = rtl ? FLIPPED_ANCHOR[style.textAnchor] : style.textAnchor;
    let x = number(el, 'x');
    const y = number(el, 'y');
    const length = attr(el, 'textLength');
    if (parts.length === 1 && length === null) {
      // One run at its natural width: the canvas aligns it, with no measuring (most texts).
      setAlign(anchor === 'middle' ? 'center' : anchor === 'end' ? 'right' : 'left');
      fillRun(first.text, first.style, x, y);
      return;
    }
    const widths = parts.map((part) => {
      setFont(fontOf(part.style));
      return ctx.measureText(part.text).width;
    });
    const natural = widths.reduce((sum, w) => sum + w, 0);
    let squeeze = 1;
    if (length !== null) {
      const adjust = attr(el, 'lengthAdjust') ?? 'spacing';
      // Only glyph scaling: letter spacing would need each glyph placed.
      if (adjust !== 'spacingAndGlyphs') throw new UnsupportedSvgError(`lengthAdjust="${adjust}"`);
      if (natural > 0) squeeze = number(el, 'textLength') / natural;
    }
    const width = natural * squeeze;
    if (anchor === 'middle') x -= width / 2;
    else if (anchor === 'end') x -= width;
    setAlign('left');
    const scaled = squeeze !== 1;
    if (scaled) {
      ctx.save();
      ctx.translate(x, y);
      ctx.scale(squeeze, 1);
      x = 0;
    }
    const baseline = scaled ? 0 : y;
    parts.forEach((part, k) => {
      fillRun(part.text, part.style, x, baseline);
      x += widths[k] ?? 0;
    });
    if (scaled) restore();
  }

  function clipTo(el: Element, value: string) {
    const target = resolve(el, 'clip-path', value);
    if (target.name !== 'clipPath') throw new UnsupportedSvgError(`clip-path to <${target.name}>`);
    for (const attr of attrList(target)) {
      const ok =
        attr.name === 'id' || (attr.name === 'clipPathUnits' && attr.value === 'userSpaceOnUse');
      if (!ok) throw new UnsupportedSvgError(`the attribute ${attr.name} on <clipPath>`);
    }
    const clip = new Path();
    for (const child of elementsOf(target)) {
      for (const attr of attrList(child)) {
        if (!GEOMETRY.get(child.name)?.has(attr.name)) {
          throw new UnsupportedSvgError(
            `the attribute ${attr.name} on <${child.name}> in <clipPath>`,
          );
        }
      }
      const s = shape(child);
      if (child.name === 'line' || child.name === 'text') {
        throw new UnsupportedSvgError(`<${child.name}> in <clipPath>`);
      }
      if (s) clip.addPath(s.path);
    }
    ctx.clip(clip);
  }

  function walk(el: Element, parent: Style) {
    const name = el.name;
    if (SKIPPED.has(name)) return;
    if (name === 'marker' || name === 'clipPath' || name === 'linearGradient') {
      // Drawn only where referenced; a stray one outside <defs> draws nothing.
      return;
    }
    const style = styleOf(el, parent);
    const transform = attr(el, 'transform');
    const clip = attr(el, 'clip-path');
    const saved = transform !== null || clip !== null;
    if (saved) {
      ctx.save();
      if (transform !== null) {
        const m = parseTransform(transform);
        ctx.transform(m.a, m.b, m.c, m.d, m.e, m.f);
      }
      if (clip !== null) clipTo(el, clip);
    }
    if (name === 'g' || name === 'svg') {
      for (const child of elementsOf(el)) walk(child, style);
    } else if (name === 'text') {
      drawText(el, style);
    } else if (name === 'tspan') {
      throw new UnsupportedSvgError('<tspan> outside <text>');
    } else {
      const s = shape(el);
      if (s) {
        draw(s.path, style, () => s.bbox, name !== 'line');
        if (style.markerEnd) drawMarker(style.markerEnd, el, style);
      }
    }
    if (saved) restore();
  }

  const rootStyle = styleOf(root, DEFAULT_STYLE);
  const width = number(root, 'width');
  const height = number(root, 'height');
  const box = (attr(root, 'viewBox') ?? `0 0 ${width} ${height}`)
    .trim()
    .split(/[\s,]+/)
    .map(Number);
  const [vx = 0, vy = 0, vw = 0, vh = 0] = box;
  if (box.length !== 4 || vw <= 0 || vh <= 0 || Math.abs(width / vw - height / vh) > 1e-6) {
    throw new UnsupportedSvgError(`a viewBox of another shape than the SVG`);
  }
  ctx.save();
  ctx.setTransform(options.scaleX, 0, 0, options.scaleY, 0, 0);
  ctx.scale(width / vw, height / vh);
  ctx.translate(-vx, -vy);
  // SVG's defaults where the canvas's differ.
  ctx.miterLimit = 4;
  ctx.lineCap = 'butt';
  ctx.lineJoin = 'miter';
  ctx.textAlign = 'left';
  ctx.textBaseline = 'alphabetic';
  try {
    walk(root, DEFAULT_STYLE);
  } finally {
    restore();
  }
}

/** Reads an SVG export and paints it on a 2D context at a scale. Throws UnsupportedSvgError. */
export function paintSvg(svg: string, ctx: PaintContext, options: PaintOptions): void {
  paintSvgDocument(readSvg(svg), ctx, options);
}
