import type { Codebook, CodebookActor } from '../domain/codebook-schema.ts';
import { ISSUE_QUALIFIERS } from './rules/issue-qualifiers.ts';
import type { PatternMatch } from './text-patterns.ts';
import type { KeyedEntry } from './text-patterns.ts';
import {
  inflectPhrase,
  inflectWord,
  isLowerCase,
  KeyedPatternSet,
  keyOf,
  longestNonOverlapping,
  namePattern,
  stemOf,
} from './text-patterns.ts';

/** How a mention names its actor. */
export type MentionForm = 'name' | 'alias' | 'metonym' | 'role' | 'anaphor';

/** An actor named in a sentence. */
export interface ActorMention {
  actorId: string;
  form: MentionForm;
  start: number;
  end: number;
  text: string;
  /** The first part of a compound modifier ("US-drafted", "Qatari-brokered"): an author, not a subject. */
  compound?: boolean;
}

/** An issue signalled in a sentence by one of its phrases or paraphrases. */
export interface IssueMention {
  issueId: string;
  paraphrase: boolean;
  /** Named by reference to an earlier sentence ("the claim"). */
  anaphoric?: boolean;
  /** Moved to another issue by its qualifier ("a four-day ceasefire" is a truce). */
  qualified?: boolean;
  start: number;
  end: number;
  text: string;
}

/** A codebook compiled for fast scanning: built once per codebook, used for every sentence. */
export interface CodebookMatcher {
  codebook: Codebook;
  actorsById: ReadonlyMap<string, CodebookActor>;
  /** The party (or mediator) an actor counts for, through its `parentId` chain. */
  partyOf: (actorId: string) => CodebookActor | undefined;
  findActors: (text: string, offset?: number) => ActorMention[];
  findIssues: (text: string, offset?: number) => IssueMention[];
  /** The codebook's ceasefire issues, found from its own phrases (the same id where it has one). */
  ceasefireIssues: { temporary?: string; permanent?: string };
}

// Nouns that, after an actor's name or adjective, still name that actor:
// "Israeli officials", "a Hamas official", "the Egyptian delegation".
const MEMBER_NOUNS =
  '(?:officials?|representatives?|negotiators?|delegations?|delegates?|envoys?|spokes(?:man|woman|person)|leaders?|leadership|ministers?|ministry|sources?|mediators?|team|authorities|forces|army|military|government|side|diplomats?|intelligence|officers?|commanders?|cabinet|office|aides?|advisers?|camp|spokespeople)';

/** Compiles a codebook's actor names and issue phrases into matchers. */
export function compileCodebook(codebook: Codebook): CodebookMatcher {
  const actorsById = new Map(codebook.actors.map((a) => [a.id, a]));
  type ActorValue = { actorId: string; form: MentionForm };
  const names: KeyedEntry<ActorValue>[] = [];
  const members: KeyedEntry<ActorValue>[] = [];
  const add = (text: string, value: ActorValue) => {
    const caseless = isLowerCase(text);
    // Proper names and adjectives also stand for their actor before a member noun ("Norvian
    // officials"). For a name matched by case, the member noun is an optional tail of the name's
    // own pattern: one match per word rather than one per set.
    const tail = value.form !== 'role' && !caseless ? `(?:\\s+${MEMBER_NOUNS})?` : '';
    names.push({
      pattern: `${namePattern(text)}${tail}`,
      // Ranked by the name alone, so that over the same words a named role still wins: "the
      // Norvian envoy" is the envoy herself before it is "a Norvian official".
      rank: namePattern(text).length,
      value,
      key: keyOf(text),
      caseless,
    });
    // A lower-case name matches regardless of case; its member nouns must not.
    if (value.form !== 'role' && caseless) {
      members.push({
        pattern: `${namePattern(text)}\\s+${MEMBER_NOUNS}`,
        value,
        key: keyOf(text),
        caseless: false,
      });
    }
  };
  for (const actor of codebook.actors) {
    add(actor.name, { actorId: actor.id, form: 'name' });
    for (const alias of actor.aliases ?? []) add(alias, { actorId: actor.id, form: 'alias' });
    for (const m of actor.metonyms ?? []) add(m, { actorId: actor.id, form: 'metonym' });
    for (const r of actor.roles ?? []) add(r, { actorId: actor.id, form: 'role' });
  }
  // The member-noun forms of lower-case names come last, for the same reason.
  const actorSets = [new KeyedPatternSet(names), new KeyedPatternSet(members)];

  type IssueValue = { issueId: string; paraphrase: boolean };
  const issueEntries: KeyedEntry<IssueValue>[] = [];
  const phraseEntry = (phrase: string, value: IssueValue): KeyedEntry<IssueValue> => ({
    pattern: inflectPhrase(phrase),
    value,
    key: keyOf(stemOf(phrase.trim().split(/[\s-]+/)[0] ?? '')),
    caseless: true,
  });
  for (const issue of codebook.issues) {
    for (const p of issue.phrases)
      issueEntries.push(phraseEntry(p, { issueId: issue.id, paraphrase: false }));
    for (const p of issue.paraphrases ?? []) {
      issueEntries.push(phraseEntry(p, { issueId: issue.id, paraphrase: true }));
      const passive = passiveOf(p);
      if (passive)
        issueEntries.push({
          ...passive,
          value: { issueId: issue.id, paraphrase: true },
          caseless: false,
        });
    }
  }
  const issueSet = new KeyedPatternSet(issueEntries);
  const rawIssues = (text: string, offset = 0) =>
    longestNonOverlapping(issueSet.matchAll(text, offset)).map(toIssueMention);
  const { qualify, ceasefireIssues, family: ceasefireFamily } = compileQualifiers(rawIssues);

  const partyCache = new Map<string, CodebookActor | undefined>();
  const partyOf = (actorId: string): CodebookActor | undefined => {
    if (partyCache.has(actorId)) return partyCache.get(actorId);
    const seen = new Set<string>();
    let actor = actorsById.get(actorId);
    while (
      actor &&
      actor.kind !== 'party' &&
      actor.kind !== 'mediator' &&
      actor.parentId &&
      !seen.has(actor.id)
    ) {
      seen.add(actor.id);
      actor = actorsById.get(actor.parentId);
    }
    partyCache.set(actorId, actor);
    return actor;
  };

  return {
    codebook,
    actorsById,
    partyOf,
    findActors: (text, offset = 0) =>
      longestNonOverlapping(actorSets.flatMap((set) => set.matchAll(text, offset))).map((m) => {
        const mention = toActorMention(m);
        const after = text.slice(m.end - offset, m.end - offset + 2);
        return /^-\p{Ll}/u.test(after) ? { ...mention, compound: true } : mention;
      }),
    ceasefireIssues,
    findIssues: (text, offset = 0) =>
      dropScopeWords(
        text,
        offset,
        ceasefireFamily,
        qualify(
          text,
          offset,
          // "Hamas-ruled Gaza": a word joined to the one before it by a hyphen is a modifier.
          rawIssues(text, offset).filter(
            (m) =>
              !/\p{L}-$/u.test(text.slice(Math.max(0, m.start - offset - 2), m.start - offset)),
          ),
        ),
      ),
  };
}

// The codebook's own words for the two kinds of ceasefire, to find which issue is which.
const TEMPORARY_PROBES = ['temporary truce', 'humanitarian pause', 'temporary ceasefire', 'truce'];
const PERMANENT_PROBES = [
  'permanent ceasefire',
  'lasting ceasefire',
  'end of the war',
  'ceasefire',
];
const CEASEFIRE_PROBES = [
  'ceasefire',
  'cease-fire',
  'truce',
  'pause in the fighting',
  'cessation of hostilities',
];

const qualifierBefore = (kind: 'temporary' | 'permanent') =>
  new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${ISSUE_QUALIFIERS.filter((q) => q.kind === kind && q.side === 'before')
      .map((q) => q.pattern)
      .join('|')})(?:[\\s,]+[\\p{L}-]+)?[\\s-]+$`,
    'iu',
  );
const TEMPORARY_BEFORE = qualifierBefore('temporary');
const PERMANENT_BEFORE = qualifierBefore('permanent');
// Sentence-opening qualifiers, tested on the sentence up to the ceasefire words.
const TEMPORARY_LEAD = ISSUE_QUALIFIERS.filter((q) => q.side === 'sentence').map(
  (q) => new RegExp(q.pattern, 'iu'),
);
const TEMPORARY_AFTER = new RegExp(
  `^\\s*(?:${ISSUE_QUALIFIERS.filter((q) => q.side === 'after')
    .map((q) => q.pattern)
    .join('|')})(?![\\p{L}])`,
  'iu',
);

/**
 * Where the codebook has a temporary and a permanent ceasefire issue, moves a ceasefire
 * mention to the one its qualifiers name: "a four-day ceasefire" is the truce, "a lasting
 * truce" the permanent one. Codebooks with one ceasefire issue are left as they are.
 */
function compileQualifiers(rawIssues: (text: string) => IssueMention[]) {
  const first = (probes: readonly string[]) =>
    probes.map((p) => rawIssues(p)[0]?.issueId).find((id) => id !== undefined);
  const temporary = first(TEMPORARY_PROBES);
  const permanent = first(PERMANENT_PROBES);
  const family = new Set(CEASEFIRE_PROBES.flatMap((p) => rawIssues(p).map((m) => m.issueId)));
  const ceasefireIssues = {
    ...(temporary !== undefined && { temporary }),
    ...(permanent !== undefined && { permanent }),
  };
  if (!temporary || !permanent || temporary === permanent)
    return {
      ceasefireIssues,
      family,
      qualify: (_text: string, _offset: number, mentions: IssueMention[]) => mentions,
    };
  family.add(temporary).add(permanent);
  const qualify = (text: string, offset: number, mentions: IssueMention[]): IssueMention[] =>
    mentions.map((m) => {
      if (!family.has(m.issueId)) return m;
      const before = text.slice(Math.max(0, m.start - offset - 40), m.start - offset);
      const after = text.slice(m.end - offset, m.end - offset + 40);
      const own = m.text;
      const lead = text.slice(0, m.start - offset);
      const issueId =
        TEMPORARY_BEFORE.test(before) ||
        TEMPORARY_AFTER.test(after) ||
        TEMPORARY_LEAD.some((q) => q.test(lead))
          ? temporary
          : PERMANENT_BEFORE.test(before) || /^(?:permanent|lasting|complete)\b/iu.test(own)
            ? permanent
            : m.issueId;
      return issueId === m.issueId ? m : { ...m, issueId, qualified: true };
    });
  return { qualify, ceasefireIssues, family };
}

/**
 * "a Black Sea ceasefire", "a ceasefire on energy infrastructure": the ceasefire word only
 * scopes another issue, which is the one the text is about (never captives or prisoners, which
 * a ceasefire does not scope: "a hostage ceasefire deal" names both).
 */
function dropScopeWords(
  text: string,
  offset: number,
  family: ReadonlySet<string>,
  mentions: IssueMention[],
): IssueMention[] {
  const people = /(?:hostages?|captives?|prisoners?|detainees?|abductees?)$/iu;
  return mentions.filter((m, i) => {
    if (!family.has(m.issueId)) return true;
    const before = mentions[i - 1];
    const after = mentions[i + 1];
    const gapBefore = before ? text.slice(before.end - offset, m.start - offset) : '';
    const gapAfter = after ? text.slice(m.end - offset, after.start - offset) : '';
    const scopedBefore =
      before &&
      !family.has(before.issueId) &&
      !people.test(before.text) &&
      /^[\s-]$/u.test(gapBefore);
    const scopedAfter =
      after &&
      !family.has(after.issueId) &&
      !people.test(after.text) &&
      /^\s+(?:in|on|at|for|over|covering|against)\s+(?:the\s+|its\s+)?$/iu.test(gapAfter);
    return !scopedBefore && !scopedAfter;
  });
}

// "Hamas was destroyed", "the militia is disarmed": the verbs a passive takes between.
const PASSIVE_BE =
  '(?:is|was|were|are|be|been|being|had\\s+been|has\\s+been|have\\s+been)(?:\\s+(?:fully|completely|finally|totally|effectively))?';

/**
 * The passive of a codebook paraphrase that is a verb and a name ("destroy Hamas" → "Hamas was
 * destroyed", "wipe out Hamas" → "Hamas is wiped out"): the name is the only capitalised part.
 */
function passiveOf(paraphrase: string): { pattern: string; key: string } | undefined {
  const m =
    /^(\p{Ll}+)(\s+(?:out|down|up|off))?\s+(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*)*)$/u.exec(
      paraphrase.trim(),
    );
  if (!m?.[1] || !m[3]) return undefined;
  const particle = m[2] ? `\\s+${m[2].trim()}` : '';
  return {
    pattern: `${namePattern(m[3])}\\s+${PASSIVE_BE}\\s+${inflectWord(m[1])}${particle}`,
    key: keyOf(stemOf(m[3].split(/\s+/)[0] ?? '')),
  };
}

function toActorMention(m: PatternMatch<{ actorId: string; form: MentionForm }>): ActorMention {
  return { actorId: m.value.actorId, form: m.value.form, start: m.start, end: m.end, text: m.text };
}

function toIssueMention(m: PatternMatch<{ issueId: string; paraphrase: boolean }>): IssueMention {
  return {
    issueId: m.value.issueId,
    paraphrase: m.value.paraphrase,
    start: m.start,
    end: m.end,
    text: m.text,
  };
}
