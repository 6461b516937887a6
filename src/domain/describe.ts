import type { Actor, Condition, FuzzyDate, Issue, Meeting, Position } from './dataset.ts';
import { isolateBidi } from './isolate-bidi.ts';

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Names joined as prose: "A", "A and B", "A, B and C" (or with another conjunction). */
export function joinNames(names: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${conjunction} ${names[names.length - 1]}`;
}

/** A fuzzy date as words that keep its precision: "on 2023-12-18", "before 2023-12-20". */
export function describeFuzzyDate(date: FuzzyDate): string {
  switch (date.precision) {
    case 'day':
      return date.end && date.end !== date.start
        ? `from ${date.start} to ${date.end}`
        : `on ${date.start}`;
    case 'month': {
      const month = MONTHS[Number(date.start.slice(5, 7)) - 1] ?? date.start.slice(5, 7);
      return `in ${month} ${date.start.slice(0, 4)}`;
    }
    case 'approximate':
      return date.end && date.end !== date.start
        ? `around ${date.start} to ${date.end}`
        : `around ${date.start}`;
    case 'before':
      return `before ${date.start}`;
    case 'after':
      return `after ${date.start}`;
  }
}

/** A short form of a fuzzy date for dense places: "2023-12-18", "before 2023-12-20", "≈2023-12-18". */
export function formatFuzzyDateShort(date: FuzzyDate): string {
  switch (date.precision) {
    case 'day':
      return date.end && date.end !== date.start ? `${date.start} – ${date.end}` : date.start;
    case 'month':
      return date.start.slice(0, 7);
    case 'approximate':
      return `≈${date.start}${date.end && date.end !== date.start ? ` – ${date.end}` : ''}`;
    case 'before':
      return `before ${date.start}`;
    case 'after':
      return `after ${date.start}`;
  }
}

/**
 * A meeting's accessible name: "Meeting on 2023-12-18 in Warsaw, mediated by United States and
 * Qatar", or "…, without a mediator". Mediators are named in the meeting's own order.
 */
export function describeMeeting(meeting: Meeting, actorsById: ReadonlyMap<string, Actor>): string {
  const place = meeting.place ? ` in ${isolateBidi(meeting.place)}` : '';
  const mediators = meeting.mediatorIds.map((id) => isolateBidi(actorsById.get(id)?.name ?? id));
  const by = mediators.length > 0 ? `mediated by ${joinNames(mediators)}` : 'without a mediator';
  return `Meeting ${describeFuzzyDate(meeting.date)}${place}, ${by}`;
}

/** What a condition waits for, in words: the issue's label, else its text. */
export function describeCondition(
  condition: Condition,
  issuesById: ReadonlyMap<string, Issue>,
): string {
  const issue = condition.issueId === undefined ? undefined : issuesById.get(condition.issueId);
  return issue?.label ?? condition.text ?? condition.issueId ?? '';
}

/**
 * A matrix cell's accessible name (DESIGN.md contract): "<Party> — <Issue>: <stance>", plus
 * " on condition of <condition>" where there is one; "no stated position" when it is empty.
 * A name in Arabic or Hebrew script is isolated (FSI … PDI), so the dash and colon keep their
 * places around it.
 */
export function describeMatrixCell(
  rowName: string,
  issueLabel: string,
  position: Position | undefined,
  issuesById: ReadonlyMap<string, Issue>,
): string {
  const head = `${isolateBidi(rowName)} — ${isolateBidi(issueLabel)}: `;
  if (!position) return `${head}no stated position`;
  const condition = position.condition
    ? ` on condition of ${isolateBidi(describeCondition(position.condition, issuesById))}`
    : '';
  return `${head}${position.stance}${condition}`;
}
