import type { FuzzyDate } from '../domain/dataset.ts';
import type { ActorMention, CodebookMatcher, IssueMention } from './codebook-matcher.ts';
import type { Clause } from './find-clauses.ts';
import { findTense, resolveMeetingDate } from './resolve-dates.ts';
import type { MeetingCue } from './rules/meeting-cues.ts';
import { MEETING_CUES, PARTIES_ANAPHOR, UNREAL_MEETING } from './rules/meeting-cues.ts';
import type { PatternMatch } from './text-patterns.ts';
import { PatternSet } from './text-patterns.ts';

/** A meeting found in one sentence, before meetings of the same article are merged. */
export interface FoundMeeting {
  cue: MeetingCue;
  date: FuzzyDate;
  place?: string;
  participantIds: string[];
  mediatorIds: string[];
  issueIds: string[];
  /** The parties among the participants, for merging and scoring. */
  partyIds: string[];
  /** The sentence refers back to talks already reported ("The talks, chaired by…, opened…"). */
  refersBack: boolean;
  /** Reported as still to come ("will meet", "is expected in Cairo in the coming days"). */
  planned: boolean;
}

const cueSet = new PatternSet(
  MEETING_CUES.map((cue) => ({ pattern: cue.pattern, value: cue })),
  'i',
);
const UNREAL_BEFORE = new RegExp(
  `(?<![\\p{L}])${UNREAL_MEETING}(?:\\s+[\\p{L}'’-]+){0,2}\\s*$`,
  'iu',
);
const PLACE_AFTER =
  /\b(?:in|to|at)\s+((?:\p{Lu}[\p{L}'’-]*)(?:\s+(?:(?:el|al|de|du|es|of)-?\s*)?\p{Lu}[\p{L}'’-]*)*)/gu;
const WITHOUT_BEFORE = /\bwithout\s+(?:the\s+|any\s+)?(?:[\p{L}-]+\s+){0,2}$/iu;
const PARTIES_REFERENCE = new RegExp(`(?<![\\p{L}])(?:${PARTIES_ANAPHOR})(?![\\p{L}])`, 'iu');
const NUMBER_WORDS: Record<string, number> = { two: 2, both: 2, three: 3, four: 4 };
const ATTRIBUTION_AFTER = /^[^.;]{0,12}?\b(?:said|says|told|added|reported|stated|confirmed)\b/iu;
const ATTRIBUTION_BEFORE = /\baccording\s+to\s+(?:an?\s+|the\s+)?[\p{L}\s]{0,20}$/iu;
const REFERS_BACK =
  /^\s*(?:the|those|these|this|that)\s+(?:[\p{L}-]+\s+)?(?:talks|round|session|meeting|negotiations|discussions|summit|consultations)\b/iu;
const NOT_A_PLACE =
  /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|The|A|An)$/u;

/** What the meeting finder needs to know about a sentence. */
export interface MeetingContext {
  matcher: CodebookMatcher;
  text: string;
  start: number;
  clauses: readonly Clause[];
  actors: readonly ActorMention[];
  issues: readonly IssueMention[];
  published: string;
  /** Parties of the article so far, most mentioned first: "the two governments" refers to them. */
  rankedPartyIds: readonly string[];
  /** Non-restrictive relative clauses of the sentence. */
  relatives: readonly Clause[];
  /** The last day an earlier sentence named (parsed on demand). */
  contextDay?: () => string | undefined;
  /** The sentence's meeting cues, if already found ({@link findMeetingCues}). */
  cues?: readonly PatternMatch<MeetingCue>[];
}

/** The meeting and travel cues of a sentence, in text order. */
export function findMeetingCues(text: string, start: number): PatternMatch<MeetingCue>[] {
  return cueSet.matchAll(text, start);
}

/**
 * Finds a meeting reported in a sentence: a meeting or travel cue, the actors of
 * its clause (parties as participants, mediators as mediators, a mediator's capital
 * as host), its place and its date resolved against publication.
 */
export function findMeeting(ctx: MeetingContext): FoundMeeting | undefined {
  const { matcher } = ctx;
  for (const match of ctx.cues ?? findMeetingCues(ctx.text, ctx.start)) {
    const before = ctx.text.slice(
      Math.max(0, match.start - ctx.start - 40),
      match.start - ctx.start,
    );
    if (UNREAL_BEFORE.test(before)) continue;
    // "Qatar, which has been mediating negotiations": a process, not a meeting.
    if (/\b(?:has|have|had)\s+been\s+$/iu.test(before) && /^\p{L}+ing\b/iu.test(match.text))
      continue;
    const clause = ctx.clauses.find((c) => match.start >= c.start && match.start < c.end) ?? {
      start: ctx.start,
      end: ctx.start + ctx.text.length,
    };
    const inClause = (m: { start: number; end: number }) =>
      m.start >= clause.start && m.end <= clause.end;
    const issueSpans = ctx.issues.filter(inClause);
    const clauseText = ctx.text.slice(clause.start - ctx.start, clause.end - ctx.start);
    // "met privately, without conciliators present": who is absent takes no part.
    const absent = (a: { start: number }) =>
      WITHOUT_BEFORE.test(
        ctx.text.slice(Math.max(0, a.start - ctx.start - 40), a.start - ctx.start),
      );
    // "…, a Tazaran official said": the source of the report is not at the table.
    const source = (a: { start: number; end: number }) =>
      a.start > match.end &&
      (ATTRIBUTION_AFTER.test(ctx.text.slice(a.end - ctx.start, a.end - ctx.start + 30)) ||
        ATTRIBUTION_BEFORE.test(
          ctx.text.slice(Math.max(0, a.start - ctx.start - 20), a.start - ctx.start),
        ));
    // Inside ", who met Atabay in Telmar," the antecedent and the clause's actors meet; elsewhere such clauses only describe.
    const zone = ctx.relatives.find((r) => match.start >= r.start && match.start < r.end);
    const inZone = (a: { start: number; end: number }) =>
      zone
        ? a.start >= zone.start && a.end <= zone.end
        : !ctx.relatives.some((r) => a.start >= r.start && a.end <= r.end);
    const antecedent = zone ? ctx.actors.filter((a) => a.end <= zone.start).pop() : undefined;
    const actors = ctx.actors.filter(
      (a) =>
        (a === antecedent || (inClause(a) && inZone(a))) &&
        !absent(a) &&
        !source(a) &&
        !issueSpans.some((i) => a.start >= i.start && a.end <= i.end),
    );
    let place = findPlace(
      clauseText,
      match.start - clause.start,
      match.value.travel === true,
      match.value.placeBefore === true,
    );
    // "on his fifth trip to the region": a visit names a place, or it is not a meeting.
    if (match.value.id === 'visit' && !place) continue;

    const mediatorIds = new Set<string>();
    const participants = new Map<string, string>(); // party id → most specific actor named
    const mediatorPeople = new Set<string>();
    for (const mention of actors) {
      const actor = matcher.actorsById.get(mention.actorId);
      const party = matcher.partyOf(mention.actorId);
      if (!actor || !party || party.kind === 'other') continue;
      if (party.kind === 'mediator') {
        mediatorIds.add(party.id);
        if (actor.kind === 'person') mediatorPeople.add(actor.id);
      } else if (party.kind === 'party') {
        const known = participants.get(party.id);
        const knownActor = known ? matcher.actorsById.get(known) : undefined;
        if (!known || (knownActor?.kind === 'party' && actor.kind !== 'party'))
          participants.set(party.id, actor.id);
      }
    }
    // A mediator's capital named as the place of talks hosts them: "arrived in Cairo for talks".
    if (place) {
      const host = matcher
        .findActors(place)
        .map((m) => matcher.partyOf(m.actorId))
        .find((p) => p?.kind === 'mediator');
      if (host) mediatorIds.add(host.id);
      // "the Egyptian capital" is the place its codebook names as that government's seat.
      const seat = host && /^the\s.+\scapital$/u.test(place) ? host.metonyms?.[0] : undefined;
      if (seat) place = seat;
    }
    // "The round opened under the auspices of…", "the two governments met…": the parties named before.
    const reference = PARTIES_REFERENCE.exec(clauseText);
    if (participants.size === 0 && (reference || mediatorIds.size > 0)) {
      const count =
        NUMBER_WORDS[
          (/\b(two|both|three|four)\b/i.exec(reference?.[0] ?? '')?.[1] ?? '').toLowerCase()
        ] ?? 2;
      const main = ctx.rankedPartyIds.slice(0, count);
      if (main.length >= 2) for (const id of main) participants.set(id, id);
    }
    const partyIds = [...participants.keys()];
    if (partyIds.length === 0 && mediatorIds.size < 2) continue;
    if (partyIds.length === 1 && mediatorIds.size === 0) continue;

    const tense = findTense(clauseText);
    const date = resolveMeetingDate(clauseText, ctx.published, tense, ctx.contextDay);
    return {
      cue: match.value,
      date,
      planned: tense === 'future' || date.precision === 'after' || date.start > ctx.published,
      ...(place && { place }),
      participantIds: [...participants.values(), ...mediatorPeople],
      mediatorIds: [...mediatorIds],
      issueIds: [...new Set(ctx.issues.map((i) => i.issueId))],
      partyIds,
      refersBack: !zone && match.start - clause.start < 60 && REFERS_BACK.test(clauseText),
    };
  }
  return undefined;
}

// "visited the Egyptian capital": the capital of the actor its adjective names.
const CAPITAL_OF =
  /\b(?:in|to|at|visited|visiting|reached)\s+the\s+(\p{Lu}[\p{L}-]+)\s+capital\b/gu;

function findPlace(
  clauseText: string,
  cueOffset: number,
  travel: boolean,
  before = false,
): string | undefined {
  const places: { at: number; name: string }[] = [];
  CAPITAL_OF.lastIndex = 0;
  let c: RegExpExecArray | null;
  while ((c = CAPITAL_OF.exec(clauseText)) !== null)
    places.push({ at: c.index, name: `the ${c[1] ?? ''} capital` });
  PLACE_AFTER.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PLACE_AFTER.exec(clauseText)) !== null) {
    const name = (m[1] ?? '').replace(/['’]s$/u, '');
    if (!NOT_A_PLACE.test(name.split(/\s+/)[0] ?? '')) places.push({ at: m.index, name });
  }
  places.sort((a, b) => a.at - b.at);
  // The place nearest after the cue; a travel cue names it inside itself ("arrived in Cairo for talks").
  const after = places.find((p) => p.at >= cueOffset);
  const inside = travel ? places.find((p) => p.at >= cueOffset - 1) : undefined;
  const earlier = before ? places.filter((p) => p.at < cueOffset).pop() : undefined;
  return (inside ?? after ?? earlier)?.name;
}

/** Whether two meetings of one article report the same meeting, so they are merged. */
export function isSameMeeting(a: FoundMeeting, b: FoundMeeting): boolean {
  // One report may name one delegation where another names both: the smaller set is part of the other.
  const sameParties =
    a.partyIds.every((p) => b.partyIds.includes(p)) ||
    b.partyIds.every((p) => a.partyIds.includes(p));
  const mediatorsAgree =
    a.mediatorIds.length === 0 ||
    b.mediatorIds.length === 0 ||
    a.mediatorIds.some((m) => b.mediatorIds.includes(m));
  return (
    sameParties &&
    mediatorsAgree &&
    datesAgree(a.date, b.date) &&
    (!a.place || !b.place || a.place === b.place)
  );
}

/** Whether a back-referring report ("The talks … opened on Tuesday") continues a meeting found before. */
export function continuesMeeting(earlier: FoundMeeting, later: FoundMeeting): boolean {
  if (!later.refersBack) return false;
  const shared =
    later.partyIds.some((p) => earlier.partyIds.includes(p)) ||
    later.mediatorIds.some((m) => earlier.mediatorIds.includes(m));
  if (!shared) return false;
  if (earlier.date.precision !== 'day' || later.date.precision !== 'day')
    return datesAgree(earlier.date, later.date);
  const days = Math.abs(Date.parse(earlier.date.start) - Date.parse(later.date.start)) / 86_400_000;
  return days <= 7;
}

function datesAgree(a: FuzzyDate, b: FuzzyDate): boolean {
  if (a.start === b.start && a.precision === b.precision) return a.end === b.end;
  // An open-ended date ("recent talks", "in the coming days") takes in a precise one on its side.
  const contains = (open: FuzzyDate, other: FuzzyDate) =>
    (open.precision === 'after' && other.precision !== 'before' && other.start >= open.start) ||
    (open.precision === 'before' && other.precision !== 'after' && other.start <= open.start);
  return contains(a, b) || contains(b, a);
}

/** Folds a meeting into the one it repeats: the more precise date, every actor and issue. */
export function mergeMeetings(into: FoundMeeting, from: FoundMeeting): FoundMeeting {
  const precise = (d: FuzzyDate) => (d.precision === 'day' ? 3 : d.precision === 'month' ? 2 : 1);
  let date = precise(from.date) > precise(into.date) ? from.date : into.date;
  if (
    into.date.precision === 'day' &&
    from.date.precision === 'day' &&
    into.date.start !== from.date.start
  ) {
    // Two days of one round of talks: the meeting spans them.
    const [start, end] = [into.date.start, from.date.start].sort() as [string, string];
    date = { start, end, precision: 'day' };
  }
  return {
    ...into,
    date,
    partyIds: [...new Set([...into.partyIds, ...from.partyIds])],
    ...((into.place ?? from.place) && { place: into.place ?? from.place }),
    participantIds: [...new Set([...into.participantIds, ...from.participantIds])],
    mediatorIds: [...new Set([...into.mediatorIds, ...from.mediatorIds])],
    issueIds: [...new Set([...into.issueIds, ...from.issueIds])],
    planned: into.planned && from.planned,
  };
}

/**
 * Whether a meeting is one the matrix's timeline records (ANNOTATION.md "Meetings"): it
 * happened or is under way, with at least one mediator present. Direct talks with no mediator
 * and planned meetings are left out.
 */
export function isRecordedMeeting(meeting: FoundMeeting): boolean {
  return !meeting.planned && meeting.mediatorIds.length > 0;
}
