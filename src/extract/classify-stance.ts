import type { Stance } from '../domain/stance.ts';
import type { ConditionMarker } from './rules/condition-markers.ts';
import { CONDITION_MARKERS, NOT_JUST } from './rules/condition-markers.ts';
import type { StanceCue } from './rules/stance-cues.ts';
import { NEGATED_STANCE, NEGATORS, STANCE_CUES, VOLITIONAL_NEGATORS } from './rules/stance-cues.ts';
import type { Clause } from './find-clauses.ts';
import { longestNonOverlapping, PatternSet } from './text-patterns.ts';

/** A stance cue found in a sentence, with the stance it states once negation is applied. */
export interface CueMatch {
  cue: StanceCue;
  start: number;
  end: number;
  stance: Stance;
  negated: boolean;
}

/** A condition clause: from its marker to the comma or the clause's end. */
export interface ConditionSpan {
  marker: ConditionMarker;
  start: number;
  end: number;
  /** The condition opens its clause ("Once the shelling stops, …"). */
  leading: boolean;
}

const cueSet = new PatternSet(
  STANCE_CUES.map((cue) => ({ pattern: cue.pattern, value: cue })),
  'i',
);
const markerSet = new PatternSet(
  CONDITION_MARKERS.map((marker) => ({ pattern: marker.pattern, value: marker })),
  'i',
);
const NEGATED_BEFORE = new RegExp(`(?<![\\p{L}])${NEGATORS}(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`, 'iu');
const VOLITIONAL_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${VOLITIONAL_NEGATORS})(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`,
  'iu',
);
const NOT_JUST_PATTERN = new RegExp(`(?<![\\p{L}])(?:${NOT_JUST})(?![\\p{L}])`, 'giu');

/** Finds stance cues in a sentence and applies the negation just before each. */
export function findStanceCues(text: string, offset: number): CueMatch[] {
  return longestNonOverlapping(cueSet.matchAll(text, offset)).map((m) => {
    const before = text.slice(Math.max(0, m.start - offset - 30), m.start - offset);
    const negated = !m.value.negative && NEGATED_BEFORE.test(before);
    let stance = m.value.stance;
    if (negated) {
      const volitional = VOLITIONAL_BEFORE.test(before);
      stance =
        volitional && (stance === 'support' || stance === 'open')
          ? 'reject'
          : NEGATED_STANCE[stance];
    }
    return { cue: m.value, start: m.start, end: m.end, stance, negated };
  });
}

/** Finds condition clauses ("until the attacks cease") inside each clause of a sentence. */
export function findConditionSpans(
  text: string,
  offset: number,
  clauses: readonly Clause[],
): ConditionSpan[] {
  const spans: ConditionSpan[] = [];
  for (const m of markerSet.matchAll(text, offset)) {
    const clause = clauses.find((c) => m.start >= c.start && m.start < c.end);
    if (!clause) continue;
    const before = text.slice(clause.start - offset, m.start - offset);
    const leading =
      /^[\s,]*(?:(?:however|but|and|yet|so|then|that|said|says)\b[\s,]*)*$/iu.test(before) ||
      /(?:,|\bthat)\s*$/iu.test(before);
    if (m.value.leadingOnly && !leading) continue;
    const rest = text.slice(m.end - offset, clause.end - offset);
    const comma = rest.search(/,(?!\d)/);
    // A leading condition ends at its comma; a trailing one runs to the clause's end.
    const end = leading && comma >= 0 ? m.end + comma : clause.end;
    spans.push({ marker: m.value, start: m.start, end, leading });
  }
  return spans;
}

/** Where "not just" / "not only" (without "but also") marks what is acceptable only with the rest. */
export function findNotJust(text: string, offset: number): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  NOT_JUST_PATTERN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NOT_JUST_PATTERN.exec(text)) !== null) {
    // "not only X but also Y" adds; it does not condition.
    if (/^not\s+only/i.test(m[0]) && /\bbut\s+(?:also|too)\b/i.test(text.slice(m.index))) continue;
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length });
  }
  return out;
}
