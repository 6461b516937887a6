/** The ordered stance scale of DESIGN.md, weakest to strongest acceptance. */
export const STANCES = ['reject', 'oppose', 'open', 'conditional', 'support', 'demand'] as const;

/** One step on the stance scale. */
export type Stance = (typeof STANCES)[number];

/** Position of a stance on the scale: reject is 0, demand is 5. */
export function stanceRank(stance: Stance): number {
  return STANCES.indexOf(stance);
}

/** Whether a string names a stance on the scale. */
export function isStance(value: string): value is Stance {
  return (STANCES as readonly string[]).includes(value);
}
