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
  /** The purpose of someone's efforts ("efforts to secure …"): a mediator's are brokering. */
  effort?: boolean;
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

// "a plan backed by Qatar": a passive cue's holder is its agent, not its subject; left out.
const PASSIVE_AFTER = /^\s+by\b/iu;
// "did not immediately comment", "would not say whether": no answer is not a refusal.
const NOT_AN_ANSWER_AFTER =
  /^\s+(?:(?:immediately|yet|publicly|officially|directly)\s+)?(?:comment|respond|reply|confirm|deny|say|mention|elaborate|specify|disclose|detail|address|answer|return\s+requests)\b/iu;
// "talks aimed at achieving …": the purpose of a joint process states no one's stance; "efforts
// to secure …" are brokering when a mediator makes them, a goal when a party does (`effort`).
const PURPOSE = String.raw`(?:[\s,]+[\p{L}'’-]+){0,5}?\s+(?:to|aimed\s+at|aiming\s+(?:at|to)|that\s+aims?\s+to|which\s+aims?\s+to|aims?\s+to|in\s+a\s+bid\s+to)\s*(?:help\s+)?$`;
const PROCESS_BEFORE = new RegExp(
  String.raw`\b(?:talks|negotiations|mediation|meetings?|round|summit|process|consultations|discussions|contacts)${PURPOSE}`,
  'iu',
);
const EFFORT_BEFORE = new RegExp(
  String.raw`\b(?:efforts?|push|bid|campaign|drive|diplomacy|endeavou?rs?|initiative)${PURPOSE}`,
  'iu',
);
const PROCESS_CUES = new Set(['aim', 'only-way', 'press-for']);

/** Finds stance cues in a sentence and applies the negation just before each. */
export function findStanceCues(sentenceText: string, offset: number): CueMatch[] {
  // A quotation mark inside a cue ("ready “to hand over …”") does not break it: read the text
  // with its double quotes as spaces, same length, same offsets.
  const text = sentenceText.replace(/["“”«»]/gu, ' ');
  const found = longestNonOverlapping(cueSet.matchAll(text, offset)).filter((m) => {
    const after = text.slice(m.end - offset, m.end - offset + 40);
    if (PASSIVE_AFTER.test(after)) return false;
    // "an internationally-supported mechanism": a cue joined to a word before it modifies a noun.
    if (/\p{L}-$/u.test(text.slice(Math.max(0, m.start - offset - 2), m.start - offset)))
      return false;
    if (m.value.id === 'will-not' && NOT_AN_ANSWER_AFTER.test(after)) return false;
    if (PROCESS_CUES.has(m.value.id)) {
      const before = text.slice(Math.max(0, m.start - offset - 80), m.start - offset);
      if (PROCESS_BEFORE.test(before)) return false;
    }
    return true;
  });
  return found.map((m) => {
    const effort =
      PROCESS_CUES.has(m.value.id) &&
      EFFORT_BEFORE.test(text.slice(Math.max(0, m.start - offset - 80), m.start - offset));
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
    return { cue: m.value, start: m.start, end: m.end, stance, negated, ...(effort && { effort }) };
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
    // "will only agree to a ceasefire if …": "only" earlier in the clause makes "if" its condition.
    const onlyBefore = /\bonly\b/iu.test(before.slice(-80));
    if (m.value.leadingOnly && !leading && !onlyBefore) continue;
    if (m.value.needsOnly && !onlyBefore) continue;
    if (
      m.value.needsNegation &&
      !/\b(?:not|never|no|won['’]t|wouldn['’]t|cannot|can['’]t|refus\w*)\b/iu.test(
        before.slice(-100),
      )
    )
      continue;
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
