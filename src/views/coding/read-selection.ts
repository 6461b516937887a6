import type { SelectedPoints, TextPoint } from '../../workspace/selected-span.ts';

// The DOM half of coding a selection by hand. An article's text is rendered in a container
// marked `data-source-text="<source id>"`, in leaf elements marked `data-offset="<n>"` whose
// one text node starts at character n of the source. A Range maps to offsets through them;
// checking the span is the pure half (workspace/selected-span.ts).

const CONTAINER = '[data-source-text]';
const LEAF = '[data-offset]';

// Each container gets a number, so two excerpts of the same source are told apart.
const excerptIds = new WeakMap<Element, number>();
let nextExcerpt = 0;
function excerptOf(container: Element): number {
  let id = excerptIds.get(container);
  if (id === undefined) {
    id = nextExcerpt++;
    excerptIds.set(container, id);
  }
  return id;
}

function elementOf(node: Node): Element | null {
  return node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
}

function baseOf(leaf: Element): number {
  return Number(leaf.getAttribute('data-offset'));
}

/** The container of source text a node is in, if any. */
export function containerOf(node: Node | null): HTMLElement | null {
  return node ? (elementOf(node)?.closest<HTMLElement>(CONTAINER) ?? null) : null;
}

/** A boundary point of the page as a point of a source's text, or `null` outside any. */
function pointOf(node: Node, offset: number): (TextPoint & { excerpt: number }) | null {
  const container = containerOf(node);
  if (!container) return null;
  const sourceId = container.getAttribute('data-source-text') ?? '';
  const excerpt = excerptOf(container);
  const parent = node.parentElement;
  if (node.nodeType === Node.TEXT_NODE && parent?.matches(LEAF))
    return { sourceId, offset: baseOf(parent) + offset, excerpt };
  if (node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(LEAF)) {
    const length = node.textContent?.length ?? 0;
    return { sourceId, offset: baseOf(node as Element) + (offset === 0 ? 0 : length), excerpt };
  }
  // Between leaves (or in text that is not the source's, like an ellipsis): the start of the
  // first leaf after the point; the leaves are contiguous, so that is also where the one before
  // it ends.
  const leaves = [...container.querySelectorAll(LEAF)];
  const probe = document.createRange();
  probe.setStart(node, offset);
  for (const leaf of leaves)
    if (probe.comparePoint(leaf, 0) >= 0) return { sourceId, offset: baseOf(leaf), excerpt };
  const last = leaves.at(-1);
  return last
    ? { sourceId, offset: baseOf(last) + (last.textContent?.length ?? 0), excerpt }
    : null;
}

/**
 * The page's selection as points of source texts: `null` when nothing is selected, else its
 * start and end in document order (each `null` outside any source text).
 */
export function readSelection(selection: Selection | null): SelectedPoints | null {
  if (!selection || selection.rangeCount === 0) return null;
  const range = selection.getRangeAt(0);
  if (range.collapsed) return null;
  return {
    start: pointOf(range.startContainer, range.startOffset),
    end: pointOf(range.endContainer, range.endOffset),
  };
}

/** Whether the page's selection is non-empty and has an end inside `scope`. */
export function hasSelectionIn(selection: Selection | null, scope: Element | null): boolean {
  if (!scope || !selection || selection.rangeCount === 0) return false;
  const range = selection.getRangeAt(0);
  return (
    !range.collapsed && (scope.contains(range.startContainer) || scope.contains(range.endContainer))
  );
}

/** The text node and offset inside it of a source offset in a container, if shown there. */
function boundaryAt(container: Element, offset: number, side: 'start' | 'end') {
  for (const leaf of container.querySelectorAll(LEAF)) {
    const base = baseOf(leaf);
    const text = leaf.firstChild;
    const length = text?.textContent?.length ?? 0;
    const inside = side === 'start' ? offset < base + length : offset <= base + length;
    if (text && offset >= base && inside) return { node: text, offset: offset - base };
  }
  return undefined;
}

/** Selects characters `start`–`end` of the source shown in a container; false if not shown. */
export function selectOffsets(container: Element, start: number, end: number): boolean {
  const from = boundaryAt(container, start, 'start');
  const to = boundaryAt(container, end, 'end');
  const selection = document.getSelection();
  if (!from || !to || !selection) return false;
  const range = document.createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  selection.removeAllRanges();
  selection.addRange(range);
  from.node.parentElement?.scrollIntoView?.({ block: 'nearest' });
  return true;
}

const HORIZONTAL: Record<string, 'left' | 'right'> = { ArrowLeft: 'left', ArrowRight: 'right' };
const VERTICAL: Record<string, 'backward' | 'forward'> = {
  ArrowUp: 'backward',
  ArrowDown: 'forward',
};

/**
 * Lets the keyboard select in a focused source text (listening on any element around it), which has no caret of its own:
 * Shift+Left/Right extend the selection by a character (with Ctrl or Alt, by a word),
 * Shift+Up/Down by a line, Shift+Home/End to the line's ends. With nothing selected in the
 * text, the selection starts at its highlighted quote (else at its start).
 */
export function selectByKeyboard(event: KeyboardEvent): void {
  if (!event.shiftKey) return;
  const horizontal = HORIZONTAL[event.key];
  const vertical = VERTICAL[event.key];
  const boundary = event.key === 'Home' ? 'left' : event.key === 'End' ? 'right' : undefined;
  if (!horizontal && !vertical && !boundary) return;
  const selection = document.getSelection();
  // Only in a focused source text: the key goes to the element that has the focus.
  const container = event.target instanceof Element ? event.target : null;
  if (!container?.matches(CONTAINER) || !selection || typeof selection.modify !== 'function')
    return;
  event.preventDefault();
  if (!selection.anchorNode || !container.contains(selection.anchorNode)) {
    const mark =
      container.querySelector('mark[data-current]') ??
      container.querySelector('mark') ??
      container.querySelector(LEAF);
    const text = mark?.firstChild;
    if (!text) return;
    selection.collapse(text, 0);
  }
  if (horizontal)
    selection.modify(
      'extend',
      horizontal,
      event.ctrlKey || event.altKey || event.metaKey ? 'word' : 'character',
    );
  else if (vertical) selection.modify('extend', vertical, 'line');
  else if (boundary) selection.modify('extend', boundary, 'lineboundary');
}
