import type { Stance } from '../domain/stance.ts';
import { joinNames } from '../domain/describe.ts';
import type { ChainClass, GranterStance } from './sequencing.ts';

// Kept apart from the sequencing layout (and its D3 shapes) so the matrix headers need not load them.
const REFUSING = new Set(['reject', 'oppose']);
const GRANTER_VERB: Record<Stance, string> = {
  reject: 'rejects it',
  oppose: 'opposes it',
  open: 'is only open to it',
  conditional: 'accepts it only on conditions',
  support: 'supports it',
  demand: 'demands it',
};
const ACCEPTING = new Set(['support', 'demand']);

/** How an issue's granters stand, as a class and in words ("granted by Israel, which opposes it"). */
export function describeGranters(
  stances: readonly GranterStance[] | undefined,
  name: (actorId: string) => string,
  label: (issueId: string) => string,
): { class: ChainClass; text: string } {
  if (!stances || stances.length === 0) {
    return { class: 'unknown', text: 'no party is named as granting it (unknown granter)' };
  }
  const parts = stances.map((g) => {
    const implied = g.impliedBy ? ` (implied by its demand for ${label(g.impliedBy)})` : '';
    const verb = g.stance === undefined ? 'has not taken a position on it' : GRANTER_VERB[g.stance];
    return { who: name(g.granterId), says: `${verb}${implied}` };
  });
  const [only] = parts;
  const text =
    parts.length === 1 && only
      ? `granted by ${only.who}, which ${only.says}`
      : `granted by ${joinNames(parts.map((p) => p.who))}: ${parts.map((p) => `${p.who} ${p.says}`).join('; ')}`;
  const cls: ChainClass = stances.some((g) => g.stance && REFUSING.has(g.stance))
    ? 'blocked'
    : stances.every((g) => g.stance && ACCEPTING.has(g.stance))
      ? 'open'
      : 'unknown';
  return { class: cls, text };
}
