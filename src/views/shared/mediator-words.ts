import type { DatasetIndex } from '../../domain/dataset-index.ts';
import { joinNames } from '../../domain/describe.ts';
import { NO_MEDIATOR } from '../../domain/meetings-in-range.ts';

/**
 * The shown mediators in words, for notes near the views: "Qatar or United States", with
 * "meetings without a mediator" when that key is shown. Empty when nothing is shown.
 */
export function describeShownMediators(
  index: DatasetIndex,
  hiddenMediators: readonly string[],
): { mediators: string; withoutMediator: boolean } {
  const names = index.mediators.filter((m) => !hiddenMediators.includes(m.id)).map((m) => m.name);
  return {
    mediators: joinNames(names, 'or'),
    withoutMediator: !hiddenMediators.includes(NO_MEDIATOR),
  };
}

/** Whether every mediator and "No mediator" is hidden. */
export function allMediatorsHidden(index: DatasetIndex, hiddenMediators: readonly string[]) {
  return (
    hiddenMediators.includes(NO_MEDIATOR) &&
    index.mediators.every((m) => hiddenMediators.includes(m.id))
  );
}
