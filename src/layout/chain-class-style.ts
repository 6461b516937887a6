import type { ChainClass } from '../analysis/sequencing.ts';

/** How each class is drawn: a word and a glyph beside the colour, never colour alone. */
export const CHAIN_CLASS_STYLES: Readonly<
  Record<ChainClass, { label: string; glyph: string; stroke: string; fill: string }>
> = {
  // Okabe–Ito colours (colour-blind safe), with light tints behind dark text.
  open: { label: 'open', glyph: '✓', stroke: '#007a5a', fill: '#e0f3ec' },
  blocked: { label: 'blocked', glyph: '✕', stroke: '#b34700', fill: '#fbe3d4' },
  deadlock: { label: 'deadlock', glyph: '⟲', stroke: '#8a3b73', fill: '#f4e1ee' },
  unknown: { label: 'unknown', glyph: '?', stroke: '#5f6670', fill: '#eceef1' },
};

/** What each class means, for the legends of the view and its export. */
export const CHAIN_CLASS_MEANINGS: Readonly<Record<ChainClass, string>> = {
  open: 'every condition is something its granter supports or demands',
  blocked: 'a chain of conditions reaches an issue its granter opposes or rejects',
  deadlock: 'conditions wait for each other in a cycle',
  unknown: 'a condition nobody is named as granting, or on which its granter has not said',
};
