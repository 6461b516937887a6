import * as chrono from 'chrono-node/en';
import type { FuzzyDate } from '../domain/dataset.ts';

/** When something is reported to happen relative to the report: done, under way, or to come. */
export type Tense = 'past' | 'present' | 'future';

const BEFORE =
  /\b(?:recent(?:ly)?|earlier|previous(?:ly)?|prior|past\s+(?:few\s+)?(?:days|weeks)|last\s+round|had\s+(?:met|held|hosted|visited))\b/iu;
const AFTER =
  /\b(?:coming\s+(?:days|weeks)|next\s+(?:few\s+)?(?:days|weeks)|soon|upcoming|later\s+this\s+(?:week|month)|in\s+the\s+days\s+ahead)\b/iu;
const SAME_DAY =
  /\b(?:hours?\s+(?:after|before|earlier|later)|earlier\s+in\s+the\s+day|later\s+(?:that|the\s+same)\s+day|the\s+same\s+day|that\s+day)\b/iu;
// Words without which chrono finds no date: a cheap test before a costly parse.
const DATE_WORDS =
  /\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\b\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:yesterday|today|tonight)\b/iu;

// Other words chrono reads as dates: "last week", "two days ago", "this month", "in March".
const RELATIVE_DATE_WORDS =
  /\b(?:week|month|year|weekend|ago|yesterday|tomorrow|tonight|today|noon|morning|evening|night|january|february|march|april|june|july|august|september|october|november|december|\d{4})\b/iu;

/** Whether a sentence names a day that chrono could read. */
export function mentionsDay(text: string): boolean {
  return DATE_WORDS.test(text);
}

/** The day a sentence names, if it names one (for later sentences that say "hours after"). */
export function findNamedDay(text: string, published: string): string | undefined {
  if (!DATE_WORDS.test(text)) return undefined;
  const parsed = parseDate(text, published, 'past');
  return parsed?.precision === 'day' && parsed.start <= published ? parsed.start : undefined;
}

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
export function resolveMeetingDate(
  text: string,
  published: string,
  tense: Tense,
  contextDay?: () => string | undefined,
): FuzzyDate {
  // "later this week", "in the coming days": open-ended, whatever chrono makes of "this week".
  if (AFTER.test(text) && !DATE_WORDS.test(text)) return { start: published, precision: 'after' };
  const named = DATE_WORDS.test(text) || RELATIVE_DATE_WORDS.test(text) || /\bMay\b/u.test(text);
  const parsed = named ? parseDate(text, published, tense) : undefined;
  if (parsed) return parsed;
  // "hours after meeting Blinken": the day the report last named.
  const day = SAME_DAY.test(text) ? contextDay?.() : undefined;
  if (day) return { start: day, precision: 'day' };
  if (BEFORE.test(text)) return { start: published, precision: 'before' };
  if (AFTER.test(text)) return { start: published, precision: 'after' };
  if (tense === 'present') return { start: published, precision: 'day' };
  return { start: published, precision: tense === 'future' ? 'after' : 'before' };
}

/** The day a statement was made: a day named in its sentence when it is on or before publication. */
export function resolveStatementDate(text: string, published: string): string {
  if (!DATE_WORDS.test(text)) return published;
  const parsed = parseDate(text, published, 'past');
  return parsed && parsed.precision === 'day' && parsed.start <= published
    ? parsed.start
    : published;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const LONE_WEEKDAY = /\b(?:on\s+)?(sunday|monday|tuesday|wednesday|thursday|friday|saturday)\b/iu;
const OTHER_DATE_WORDS =
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d{1,2}\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\b(?:next|last|this|coming|following|previous|ago|week|weekend|month|yesterday|tomorrow|today|tonight)\b/iu;

/**
 * "on Tuesday" alone, read without a full parse (chrono costs about half a millisecond a
 * sentence): the latest such day on or before publication, or for a future report the next.
 */
function parseLoneWeekday(text: string, published: string, tense: Tense): FuzzyDate | undefined {
  const m = LONE_WEEKDAY.exec(text);
  if (!m || OTHER_DATE_WORDS.test(text) || LONE_WEEKDAY.exec(text.slice(m.index + m[0].length)))
    return undefined;
  const reference = new Date(`${published}T12:00:00Z`);
  const target = WEEKDAYS.indexOf((m[1] ?? '').toLowerCase());
  const today = reference.getUTCDay();
  const shift = tense === 'future' ? (target - today + 7) % 7 : -((today - target + 7) % 7);
  reference.setUTCDate(reference.getUTCDate() + shift);
  return { start: reference.toISOString().slice(0, 10), precision: 'day' };
}

function parseDate(text: string, published: string, tense: Tense): FuzzyDate | undefined {
  const weekday = parseLoneWeekday(text, published, tense);
  if (weekday) return weekday;
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
