import type { Stance } from '../domain/stance.ts';

/** How a stance is drawn: fill, readable text colour on it, a glyph and a short label. */
export interface StanceStyle {
  fill: string;
  text: string;
  glyph: string;
  label: string;
}

/**
 * The stance scale drawn with ColorBrewer's 6-class PuOr palette (colour-blind safe, diverging:
 * orange refuses, purple accepts) and a glyph that orders the scale without colour:
 * −− − ○ ◇ + ++. Text colours reach WCAG AAA contrast (7:1) on each fill: reject takes the
 * darker end of the 11-class palette (#7f3b08), on whose neighbour #b35806 neither black nor white
 * text reaches it, and support's text is black.
 */
export const STANCE_STYLES: Readonly<Record<Stance, StanceStyle>> = {
  reject: { fill: '#7f3b08', text: '#ffffff', glyph: '−−', label: 'Reject' },
  oppose: { fill: '#f1a340', text: '#1b1f24', glyph: '−', label: 'Oppose' },
  open: { fill: '#fee0b6', text: '#1b1f24', glyph: '○', label: 'Open' },
  conditional: { fill: '#d8daeb', text: '#1b1f24', glyph: '◇', label: 'Conditional' },
  support: { fill: '#998ec3', text: '#000000', glyph: '+', label: 'Support' },
  demand: { fill: '#542788', text: '#ffffff', glyph: '++', label: 'Demand' },
};
