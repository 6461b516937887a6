import { UnsupportedSvgError } from './unsupported-svg-error.ts';

/** An element of an SVG read by readSvg: its name, attributes, and children in order. */
export interface SvgNode {
  name: string;
  attrs: Map<string, string>;
  /** Elements, and text as strings, with entities decoded. */
  children: (SvgNode | string)[];
  parent: SvgNode | undefined;
}

/** A document read by readSvg: the root element and its elements by id. */
export interface SvgDocument {
  root: SvgNode;
  ids: Map<string, SvgNode>;
}

const ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
};

function decode(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);|&/gi, (whole, name: string | undefined) => {
    if (name === undefined) throw new UnsupportedSvgError('a bare "&"');
    if (name.startsWith('#x') || name.startsWith('#X'))
      return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    const value = ENTITIES[name];
    if (value === undefined) throw new UnsupportedSvgError(`the entity ${whole}`);
    return value;
  });
}

const NAME = /[A-Za-z_][\w.:-]*/y;
const ATTRIBUTE = /\s+([A-Za-z_][\w.:-]*)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/y;
const TAG_END = /\s*(\/?)>/y;

/**
 * Reads the XML our SVG exports are written in: elements, attributes in quotes, text, the five
 * named entities and character references, an XML declaration and comments. A DOCTYPE, CDATA
 * or malformed markup throws an UnsupportedSvgError. Quicker than DOMParser on a large export
 * (~4 MB, ~50,000 elements), and its nodes are plain objects, quick to walk.
 */
export function readSvg(text: string): SvgDocument {
  const ids = new Map<string, SvgNode>();
  let root: SvgNode | undefined;
  let current: SvgNode | undefined;
  let i = 0;
  const malformed = (what: string): never => {
    throw new UnsupportedSvgError(`malformed XML (${what} at ${i})`);
  };
  while (i < text.length) {
    const open = text.indexOf('<', i);
    const end = open === -1 ? text.length : open;
    if (end > i) {
      const chunk = text.slice(i, end);
      if (current) current.children.push(decode(chunk));
      else if (chunk.trim() !== '') malformed('text outside the root');
    }
    if (open === -1) break;
    i = open;
    const next = text.charCodeAt(i + 1);
    if (next === 63 /* ? */) {
      const close = text.indexOf('?>', i);
      if (close === -1) malformed('an unclosed <?');
      i = close + 2;
    } else if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i);
      if (close === -1) malformed('an unclosed comment');
      i = close + 3;
    } else if (next === 33 /* ! */) {
      throw new UnsupportedSvgError('a DOCTYPE or CDATA section');
    } else if (next === 47 /* / */) {
      const close = text.indexOf('>', i);
      const name = text.slice(i + 2, close).trim();
      if (close === -1 || !current || name !== current.name) malformed(`</${name}>`);
      i = close + 1;
      current = current?.parent;
      if (!current && root) {
        if (text.slice(i).trim() !== '') malformed('content after the root');
        break;
      }
    } else {
      NAME.lastIndex = i + 1;
      const name = NAME.exec(text)?.[0];
      if (name === undefined) return malformed('a tag with no name');
      const node: SvgNode = { name, attrs: new Map(), children: [], parent: current };
      let at = NAME.lastIndex;
      for (;;) {
        ATTRIBUTE.lastIndex = at;
        const match = ATTRIBUTE.exec(text);
        if (!match) break;
        const [, key = '', double, single] = match;
        if (node.attrs.has(key)) malformed(`a repeated attribute ${key}`);
        node.attrs.set(key, decode(double ?? single ?? ''));
        at = ATTRIBUTE.lastIndex;
      }
      TAG_END.lastIndex = at;
      const tagEnd = TAG_END.exec(text);
      if (!tagEnd) return malformed(`the tag <${name}>`);
      i = TAG_END.lastIndex;
      const id = node.attrs.get('id');
      if (id !== undefined) ids.set(id, node);
      if (current) current.children.push(node);
      else if (root) malformed('a second root');
      else root = node;
      if (tagEnd[1] !== '/') current = node;
      else if (!current) {
        // An empty root: nothing may follow it.
        if (text.slice(i).trim() !== '') malformed('content after the root');
        break;
      }
    }
  }
  if (!root || current) return malformed('an unclosed element');
  return { root, ids };
}
