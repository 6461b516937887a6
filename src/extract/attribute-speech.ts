import type { CodebookActor } from '../domain/codebook-schema.ts';
import type { ActorMention, CodebookMatcher } from './codebook-matcher.ts';
import {
  ACCORDING_TO,
  ANAPHORS,
  SPEECH_VERBS,
  UNNAMED_PERSON_AFTER_ACTOR,
} from './rules/speech-verbs.ts';
import { PatternSet } from './text-patterns.ts';

/** Marks, in the recent actors, an unnamed person of the party whose id follows. */
export const UNNAMED_PERSON = 'unnamed-person-of:';

const unnamedPersonAfter = new RegExp(`^\\s+${UNNAMED_PERSON_AFTER_ACTOR}\\b`, 'iu');
// The matcher may take the role noun into the mention itself ("Hamas official").
const unnamedPersonIn = new RegExp(`\\s${UNNAMED_PERSON_AFTER_ACTOR}$`, 'iu');

/**
 * The actors a sentence leaves for the next ones to refer back to, in order: each mention, and
 * after a party named as a person's description ("a Hamas official") a mark for that person.
 */
export function actorsForAnaphora(
  mentions: readonly ActorMention[],
  sentenceText: string,
  sentenceStart: number,
): string[] {
  return mentions.flatMap((m) =>
    unnamedPersonIn.test(m.text) ||
    unnamedPersonAfter.test(sentenceText.slice(m.end - sentenceStart, m.end - sentenceStart + 40))
      ? [m.actorId, `${UNNAMED_PERSON}${m.actorId}`]
      : [m.actorId],
  );
}

/** A pronoun or description ("he", "the group") that refers back to an actor. */
export interface AnaphorMention {
  refersTo: 'person' | 'organisation' | 'group';
  start: number;
  end: number;
}

/** Who holds a position: the party it counts for, and the person or faction who stated it. */
export interface Holder {
  party: CodebookActor;
  speaker?: CodebookActor;
  /** How the holder was found, for the record's rule and confidence. */
  via: 'subject' | 'speech' | 'anaphor' | 'clause' | 'attached' | 'relative';
}

const anaphorSet = new PatternSet(
  ANAPHORS.map((a) => ({ pattern: a.pattern, value: a.refersTo })),
  'i',
);
const speechSet = new PatternSet(
  [{ pattern: `${SPEECH_VERBS}|${ACCORDING_TO}`, value: 'speech' }],
  'i',
);
// Actors after these words are objects, not the subject who holds a stance.
// "according to X" names the source, so "to" after "according" is no object marker.
const OBJECT_BEFORE =
  /(?:\b(?:by|against|over|at|into|towards?|(?<!according\s)to|about|on|upon|from|with|without|alongside|for|urging|urged|urges|urge|pressed|pressing|presses|asked|asking|asks|told|tells|telling|gave|gives|giving|wants|wanted|invited|invites|allowed|allows)|\bpressure\s+on)\s+(?:the\s+|both\s+)?$/iu;
// "the Finance Ministry, which has ruled out…": the relative pronoun's antecedent holds the stance.
const RELATIVE_BETWEEN = /^\s*,\s*(?:which|who)\b[^,;]*$/iu;
// "a Justice Ministry offer to…", "Valdor’s proposal for…": the actor just before a noun cue.
const ATTACHED_BETWEEN = /^(?:\s*['’]s)?\s*$/u;

/** Finds pronouns and anaphoric descriptions in a sentence. */
export function findAnaphors(text: string, offset: number): AnaphorMention[] {
  return anaphorSet
    .matchAll(text, offset)
    .map((m) => ({ refersTo: m.value, start: m.start, end: m.end }));
}

/** Finds verbs of reported speech and "according to". */
export function findSpeechVerbs(text: string, offset: number): { start: number; end: number }[] {
  return speechSet.matchAll(text, offset).map((m) => ({ start: m.start, end: m.end }));
}

/** What the holder resolver needs to know about a sentence. */
export interface HolderContext {
  matcher: CodebookMatcher;
  sentenceText: string;
  sentenceStart: number;
  actors: readonly ActorMention[];
  anaphors: readonly AnaphorMention[];
  speechVerbs: readonly { start: number; end: number }[];
  /** Spans whose actors cannot hold the stance (issue phrases, condition clauses). */
  excluded: readonly { start: number; end: number }[];
  /** Actors mentioned in the sentences before, most recent last. */
  recentActors: readonly string[];
  /** Non-restrictive relative clauses (", which …,"): a zone of their own. */
  relatives: readonly { start: number; end: number }[];
}

/**
 * Resolves who states a cue at `cueStart` inside [from, to): the subject before
 * the cue (the content of reported speech first), else a speech verb's subject
 * elsewhere in the sentence, else a pronoun resolved to the last compatible actor.
 */
export function resolveHolder(
  ctx: HolderContext,
  from: number,
  cueStart: number,
  cue: { attached?: boolean } = {},
): Holder | undefined {
  const { matcher } = ctx;
  const inExcluded = (m: { start: number; end: number }) =>
    ctx.excluded.some((x) => m.start >= x.start && m.end <= x.end);
  const between = (m: { end: number }) =>
    ctx.sentenceText.slice(m.end - ctx.sentenceStart, cueStart - ctx.sentenceStart);
  const before = ctx.actors.filter((a) => a.end <= cueStart && !inExcluded(a));
  const last = before[before.length - 1];
  // A noun cue ("Hamas' demand for", "a Justice Ministry offer to"), not a verb ("Hamas demands").
  const cueWord = ctx.sentenceText.slice(cueStart - ctx.sentenceStart).split(/\s/)[0] ?? '';
  const nounUse = (m: ActorMention) =>
    /['’]s?$/u.test(m.text) ||
    (!/(?:s|ed)$/iu.test(cueWord) &&
      /\b(?:a|an|the|its|their)\s+$/iu.test(
        ctx.sentenceText.slice(0, m.start - ctx.sentenceStart),
      ));
  if (last && cue.attached && ATTACHED_BETWEEN.test(between(last)) && nounUse(last)) {
    const holder = pickHolder([last], [last], matcher, 'attached');
    if (holder) return holder;
  }
  if (last && RELATIVE_BETWEEN.test(between(last))) {
    const holder = pickHolder([last], [last], matcher, 'relative');
    if (holder) return holder;
  }
  const isObject = (m: { start: number }) =>
    OBJECT_BEFORE.test(
      ctx.sentenceText.slice(
        Math.max(0, m.start - ctx.sentenceStart - 30),
        m.start - ctx.sentenceStart,
      ),
    );
  // A cue inside ", which …," speaks for the antecedent; a cue outside ignores what such clauses name.
  const zone = ctx.relatives.find((r) => cueStart >= r.start && cueStart < r.end);
  const sameZone = (a: { start: number; end: number }) =>
    zone
      ? a.start >= zone.start && a.end <= zone.end
      : !ctx.relatives.some((r) => a.start >= r.start && a.end <= r.end);
  const candidates = ctx.actors.filter(
    (a) =>
      a.start >= from &&
      a.end <= cueStart &&
      !a.compound &&
      !inExcluded(a) &&
      !isObject(a) &&
      sameZone(a),
  );

  const speech = ctx.speechVerbs.filter((v) => v.start >= from && v.end <= cueStart).pop();
  const content = speech ? candidates.filter((a) => a.start >= speech.end) : [];
  // "Israeli tanks seized…, hours after Hamas said it had accepted…": with nobody named in what
  // is reported, the one who said it holds it, not whoever opens the sentence.
  // Nearest the verb first: "talks between Israeli officials and US representatives indicated…".
  const speaker = speech ? candidates.filter((a) => a.end <= speech.start).reverse() : [];
  const primary = content.length > 0 ? content : speaker.length > 0 ? speaker : candidates;
  let holder =
    pickHolder(primary, candidates, matcher, 'subject') ??
    pickHolder(candidates, candidates, matcher, 'subject');
  if (holder) return holder;

  // "“…,” said Hamad." / "…, the minister said." — the speaker stands by a speech verb after the cue.
  const after = ctx.speechVerbs.filter((v) => v.start > cueStart);
  const isNear = (a: { start: number; end: number }, verb: { start: number; end: number }) =>
    Math.abs(a.start - verb.end) < 25 || Math.abs(verb.start - a.end) < 25;
  for (const verb of after) {
    const near = ctx.actors.filter((a) => isNear(a, verb));
    holder = pickHolder(near, near, matcher, 'speech');
    if (holder) return holder;
  }
  const distance = (a: { start: number; end: number }) =>
    Math.min(...after.map((v) => (a.start >= v.end ? a.start - v.end : v.start - a.end)));
  const anaphor =
    ctx.anaphors.filter((a) => a.start >= from && a.end <= cueStart && !inExcluded(a)).pop() ??
    // "“…,” he said": the pronoun nearest the speech verb, not one inside the quote.
    ctx.anaphors
      .filter((a) => a.start > cueStart && after.some((verb) => isNear(a, verb)))
      .sort((a, b) => distance(a) - distance(b))[0];
  if (anaphor) {
    for (let i = ctx.recentActors.length - 1; i >= 0; i--) {
      const id = ctx.recentActors[i] ?? '';
      if (id.startsWith(UNNAMED_PERSON)) {
        // "A senior Hamas official said… he told the agency": the party the person speaks for.
        const party = matcher.partyOf(id.slice(UNNAMED_PERSON.length));
        if (anaphor.refersTo !== 'person' || !party) continue;
        if (party.kind === 'other') return undefined;
        return { party, via: 'anaphor' };
      }
      const actor = matcher.actorsById.get(id);
      if (!actor || !compatible(actor, anaphor.refersTo)) continue;
      const party = matcher.partyOf(actor.id);
      if (!party || party.kind === 'other') return undefined;
      return { party, ...(actor.id !== party.id && { speaker: actor }), via: 'anaphor' };
    }
  }
  return undefined;
}

function pickHolder(
  primary: readonly ActorMention[],
  all: readonly ActorMention[],
  matcher: CodebookMatcher,
  via: Holder['via'],
): Holder | undefined {
  const parties = primary.map((m) => matcher.partyOf(m.actorId));
  // A negotiating party before a mediator: "talks between Israeli officials and US mediators signalled…".
  const party =
    parties.find((p) => p?.kind === 'party') ?? parties.find((p) => p?.kind === 'mediator');
  if (!party) return undefined;
  const speaker = [...all]
    .reverse()
    .map((m) => matcher.actorsById.get(m.actorId))
    .find(
      (a) =>
        a &&
        a.id !== party.id &&
        (a.kind === 'person' || a.kind === 'faction') &&
        matcher.partyOf(a.id)?.id === party.id,
    );
  return { party, ...(speaker && { speaker }), via };
}

function compatible(actor: CodebookActor, refersTo: AnaphorMention['refersTo']): boolean {
  if (refersTo === 'person') return actor.kind === 'person';
  if (refersTo === 'group') return actor.kind === 'party' || actor.kind === 'faction';
  return actor.kind === 'party' || actor.kind === 'mediator' || actor.kind === 'faction';
}
