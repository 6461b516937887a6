import * as chrono from 'chrono-node/en';
import type { FuzzyDate } from '../domain/dataset.ts';

/** When something is reported to happen relative to the report: done, under way, or to come. */
export type Tense = 'past' | 'present' | 'future';

const BEFORE =
  /\b(?:recent(?:ly)?|earlier|previous(?:ly)?|prior|past\s+(?:few\s+)?(?:days|weeks)|last\s+round|had\s+(?:met|held|hosted|visited))\b/iu;
const AFTER =
  /\b(?:coming\s+(?:days|weeks)|next\s+(?:few\s+)?(?:days|weeks)|soon|upcoming|later\s+this\s+(?:week|month)|in\s+the\s+days\s+ahead)\b/iu;
const DURATION =
  /^(?:in|within|for|over|after)\s+(?:a|an|one|two|three|four|five|six|\d+|several|a\s+few)\s+(?:days?|weeks?|months?|years?)$/iu;
const VAGUE = /\b(?:ago|last\s+week|this\s+week|next\s+week|weekend|late|early|mid-?)\b/iu;
const FUTURE =
  /\b(?:will|shall|to\s+be\s+held|(?:is|are)\s+(?:expected|due|set|scheduled|slated|poised)\s+to|plans?\s+to|planned|scheduled|upcoming|next)\b/iu;
const PRESENT =
  /\b(?:(?:has|have)\s+(?:\w+\s+)?(?:arrived|met|held|begun|started|joined|convened|hosted|opened|landed|travell?ed|gone)|(?:is|are)\s+(?:meeting|holding|hosting|in|visiting|attending|taking\s+part)|currently|ongoing|under\s+way|underway|today|this\s+morning)\b/iu;

/** The tense of a report around a cue: "will meet" is future, "has arrived" present, "met" past. */
export function findTense(text: string): Tense {
  if (PRESENT.test(text)) return 'present';
  if (FUTURE.test(text)) return 'future';
  return 'past';
}

/**
 * Resolves the date of a reported meeting against the report's publication date,
 * keeping its precision: "on Wednesday" is a day, "last month" a month,
 * "recent talks" is before the publication date and "in the coming days" after it.
 */
export function resolveMeetingDate(text: string, published: string, tense: Tense): FuzzyDate {
  const parsed = parseDate(text, published, tense);
  if (parsed) return parsed;
  if (BEFORE.test(text)) return { start: published, precision: 'before' };
  if (AFTER.test(text)) return { start: published, precision: 'after' };
  if (tense === 'present') return { start: published, precision: 'day' };
  return { start: published, precision: tense === 'future' ? 'after' : 'before' };
}

/** The day a statement was made: a day named in its sentence when it is on or before publication. */
export function resolveStatementDate(text: string, published: string): string {
  const parsed = parseDate(text, published, 'past');
  return parsed && parsed.precision === 'day' && parsed.start <= published
    ? parsed.start
    : published;
}

function parseDate(text: string, published: string, tense: Tense): FuzzyDate | undefined {
  const reference = new Date(`${published}T12:00:00Z`);
  const results = chrono.parse(
    text,
    { instant: reference, timezone: 0 },
    { forwardDate: tense === 'future' },
  );
  // "for the first time in a month", "within two weeks": durations, not dates.
  const result = results.find((r) => !DURATION.test(r.text));
  if (!result) return undefined;
  const date = result.start.date();
  if (tense !== 'future' && date > reference) {
    // "opened on Monday" in a past-tense report is the Monday before; "on 3 March" in December is last March.
    if (result.start.isCertain('weekday') && !result.start.isCertain('day'))
      date.setUTCDate(date.getUTCDate() - 7);
    else if (!result.start.isCertain('year')) date.setUTCFullYear(date.getUTCFullYear() - 1);
  }
  const iso = date.toISOString().slice(0, 10);
  if (VAGUE.test(result.text)) return { start: iso, precision: 'approximate' };
  if (result.start.isCertain('day') || result.start.isCertain('weekday'))
    return { start: iso, precision: 'day' };
  if (result.start.isCertain('month'))
    return { start: `${iso.slice(0, 7)}-01`, precision: 'month' };
  return { start: iso, precision: 'approximate' };
}
