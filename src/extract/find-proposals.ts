import type { Proposal, ProposalResponse, ProposalTerm, ResponseKind } from '../domain/dataset.ts';
import type { HolderContext } from './attribute-speech.ts';
import { resolveHolder } from './attribute-speech.ts';
import type { ActorMention, CodebookMatcher, IssueMention } from './codebook-matcher.ts';
import type { ConditionSpan } from './classify-stance.ts';
import type { Clause } from './find-clauses.ts';
import { resolveStatementDate } from './resolve-dates.ts';
import type { ProposalNoun, ResponseCue } from './rules/proposal-cues.ts';
import {
  AUTHORED_BY,
  PROPOSAL_NOUNS,
  PROPOSE_VERBS,
  RESPONSE_CUES,
  TERM_FRAMES,
  TERM_VERBS,
} from './rules/proposal-cues.ts';
import type { Sentence } from './segment-sentences.ts';
import type { PatternMatch } from './text-patterns.ts';
import { PatternSet } from './text-patterns.ts';

/** What the proposal reader needs of a sentence, as the sentence analysis found it. */
export interface ProposalSentence {
  sentence: Sentence;
  clauses: readonly Clause[];
  issues: readonly IssueMention[];
  conditions: readonly ConditionSpan[];
  ctx: HolderContext;
  /** The sentence's proposal nouns and response cues, if already found ({@link findProposalCues}). */
  cues?: ProposalCues;
}

/** The proposal nouns and response cues of a sentence, in text order. */
export interface ProposalCues {
  nouns: PatternMatch<ProposalNoun>[];
  responses: PatternMatch<ResponseCue>[];
}

/** Finds a sentence's proposal nouns ("the deal", "a plan") and response cues ("accepted"). */
export function findProposalCues(text: string, start: number): ProposalCues {
  return { nouns: nounSet.matchAll(text, start), responses: responseSet.matchAll(text, start) };
}

/** A proposal or deal named in a sentence. */
interface ProposalMention {
  noun: ProposalNoun;
  start: number;
  end: number;
  /** Where its noun phrase starts (determiner and modifiers included). */
  phraseStart: number;
  determiner: 'definite' | 'indefinite' | 'possessive' | 'none';
  /** Actors named inside the noun phrase ("Biden's", "the Egyptian", "US-drafted") or by "by X". */
  authors: string[];
  /** Capitalised words of the phrase that are no actor ("the Paris framework"). */
  names: string[];
  /** Issues named in the phrase itself ("a truce deal", "a plan for a ceasefire"). */
  issues: IssueMention[];
  text: string;
}

interface Draft {
  proposal: Proposal;
  /** Actors and names that tell this proposal from another. */
  keys: Set<string>;
  /** The text states its terms ("the plan calls for…"), not only its name ("a truce deal"). */
  stated: boolean;
}

const nounSet = new PatternSet(
  PROPOSAL_NOUNS.map((noun) => ({ pattern: noun.pattern, value: noun })),
  'i',
);
const termVerbSet = new PatternSet(
  TERM_VERBS.map((cue) => ({ pattern: cue.pattern, value: cue })),
  'i',
);
const responseSet = new PatternSet(
  RESPONSE_CUES.map((cue) => ({ pattern: cue.pattern, value: cue })),
  'i',
);
const TERM_FRAME = new RegExp(`^(?:${TERM_FRAMES.map((f) => f.pattern).join('|')})`, 'iu');
// "…, and under the deal the group would …": a frame that opens a clause inside the sentence.
const TERM_FRAME_ANYWHERE = new RegExp(
  `(?:[,;—–]\\s*|\\band\\s+)(?:${TERM_FRAMES[0]?.pattern ?? '(?!)'})`,
  'iu',
);
// A sentence that goes on describing the proposal in context: "In the first, the movement would
// hand over 33 captives", "During those weeks, the displaced would go home".
const STAGE_REFERENCE =
  /\b(?:(?:in|during|at|by|after|for)\s+(?:the\s+)?(?:first|second|third|final|next|last|later)\b|(?:during|in|at|within|after)\s+(?:those|that|this|these|the)\s+(?:weeks|days|months|period|stage|phase|time)|(?:first|second|third|final|later|next)\s+(?:phase|stage|part)s?|would\s+(?:follow|come)\s+(?:in|during))/iu;
const PROPOSAL_MOOD =
  /\b(?:would|will|is\s+to|are\s+to|was\s+to|were\s+to|is\s+due\s+to|are\s+due\s+to|would\s+be\s+able\s+to)\b/iu;
const PROPOSE_BEFORE = new RegExp(
  `(?<![\\p{L}])(?:${PROPOSE_VERBS})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
  'iu',
);
const PROPOSE_VERB = new RegExp(`(?<![\\p{L}])(?:${PROPOSE_VERBS})(?![\\p{L}])`, 'giu');
const AUTHOR_AFTER = new RegExp(`^\\s*,?\\s*(?:${AUTHORED_BY})\\s+(?:the\\s+)?$`, 'iu');

// A noun phrase's determiner, and the words that may stand between it and the noun.
const DETERMINER_WORD =
  /^(?:the|a|an|this|that|these|those|its|their|his|her|our|any|another|such)$/iu;
const INDEFINITE_WORD = /^(?:a|an|another|such)$/iu;
const MODIFIER = /^(?:[\p{L}\p{N}][\p{L}\p{N}'’.-]*|\d[\d,.]*%?)$/u;
// Lower-case words that modify a proposal's noun: "the latest phased truce proposal".
const PLAIN_MODIFIER =
  /^(?:own|new|latest|revised|fresh|final|initial|interim|first|second|third|phased|bridging|draft|amended|joint|updated|proposed|original|comprehensive|partial|broad|detailed|written|formal|current|previous|earlier|reported|so-called|peace|truce|ceasefire|cease-fire|hostage|prisoner|exchange|swap|humanitarian|security|political|framework|three-phase|two-phase|multi-phase|three-stage|two-stage)$/iu;
const NOT_MODIFIER =
  /^(?:and|or|but|to|of|for|in|on|at|by|with|from|that|which|who|is|was|were|are|has|have|had|said|says|will|would|could|not|no|as|than|then|after|before|over|under|into|about|also|it|they|he|she)$/iu;
// "a great deal of", "deal with", "within the framework of": no proposal.
const NOT_A_PROPOSAL_AFTER = /^\s*(?:with|of\s+(?:the\s+)?(?:talks|negotiations|efforts|work))\b/iu;
const NOT_A_PROPOSAL_BEFORE = /\b(?:great|good|big|whole|within\s+the|in\s+the)\s+$/iu;
const HYPOTHETICAL_BEFORE =
  /(?<![\p{L}])(?:any|every|no|potential|possible|eventual|future|hypothetical|lasting|permanent|comprehensive|final|broader)\s+(?:[\p{L}-]+\s+)?$/iu;
// "reached agreement", "struck a deal": the verb stands for a determiner.
const BARE_DEAL_VERB =
  /\b(?:reach(?:ed|es|ing)?|strik(?:e|es|ing)|struck|clinch(?:ed)?|seal(?:ed)?)\s+$/iu;
// What follows a proposal's noun and describes its content: "a deal to free…", "a plan for a truce".
const CONTENT_AFTER =
  /^\s*(?:to|for|of|on|over|that\s+(?:would|will|could|includes?|calls?)|which\s+(?:would|will|could|includes?|calls?)|under\s+which|involving|including|covering|envisaging|providing\s+for|calling\s+for|aimed\s+at|in\s+which)\b/iu;
const PRONOUN_OBJECT = /^\s*(?:it|them|this|that)(?![\p{L}])/iu;
const OBJECT_LEAD =
  /^\s+(?:the\s+)?(?:(?:first|second|third|final|initial|opening|next)\s+(?:phase|stage|part)|parts?|some\s+aspects|aspects|the\s+terms|terms|elements?|key\s+elements|the\s+outline|outlines?|principles?)\s+of\s+/iu;
const PASSIVE_BY = /^\s+(?:unanimously\s+|formally\s+|early\s+on\s+\p{L}+\s+)?by\s+(?:the\s+)?/iu;
const REJECTED_BEFORE = new RegExp(
  `(?:${RESPONSE_CUES.filter((c) => c.response === 'reject')
    .map((c) => c.pattern)
    .join('|')})\\s+(?:[\\p{L}'’-]+\\s+){0,3}$`,
  'iu',
);
const ASKED_BEFORE =
  /\b(?:call(?:s|ed|ing)?\s+(?:up)?on|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?|ask(?:s|ed|ing)?|push(?:es|ed|ing)?|want(?:s|ed)?|told|tells?|g(?:ave|ives?|iving)|deadline\s+for|time\s+to|encourag(?:e|es|ed|ing)|invit(?:e|es|ed|ing))\s+(?:[\p{L}'’.-]+\s+){0,5}?(?:until\s+[\p{L}\d ]{1,20}?\s+)?(?:to|for)\s+(?:also\s+|quickly\s+|fully\s+)?$/iu;
// Of the ways of asking, those that press a party to take the plan (an endorsement by who presses).
const EXHORTED = /^(?:urg|press|call|push|encourag)/iu;
const PRONOUN_SUBJECT =
  /^\s*(?:It|They|This|The\s+(?:text|document|draft|paper))\s+(?:also\s+|further\s+|additionally\s+)?/u;
const WISHED_BEFORE =
  /\b(?:insist(?:s|ed|ing)?|demand(?:s|ed|ing)?|want(?:s|ed)?|call(?:s|ed)?\s+for|seek(?:s|ing)?|urg(?:e|es|ed))\s+(?:that\s+)?(?:[\p{L}'’-]+\s+){0,2}$/iu;
const MEDIATORS_BEFORE = /\b(?:the\s+)?mediators['’]\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const MEDIATORS_AFTER = /^\s+(?:from|by|of)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]+\s+)?mediators\b/iu;
const NEGATED_BEFORE =
  /(?<![\p{L}])(?:not|n['’]t|never|yet\s+to|no\s+longer|without)(?:\s+[\p{L}'’-]+){0,2}\s*$/iu;
const REFUSED_BEFORE = /(?<![\p{L}])(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing))\s+to\s*$/iu;
const NEGATED_TERM =
  /\b(?:not|n['’]t|never|without|excludes?|excluded|leaves?\s+out|omits?)\b[^,;]{0,20}$/iu;
const PHASE_NUMBER: Record<string, number> = {
  first: 1,
  initial: 1,
  opening: 1,
  one: 1,
  '1': 1,
  second: 2,
  two: 2,
  '2': 2,
  next: 2,
  third: 3,
  three: 3,
  '3': 3,
};
const PHASE =
  /\b(?:(first|initial|opening|second|third|next)\s+(?:phase|stage)|(?:phase|stage)\s+(one|two|three|1|2|3))\b/iu;

/**
 * Reads proposals, their terms and the responses to them across the sentences of an
 * article, in order. A proposal named again ("the deal", "the plan", "it") is the last one
 * that fits; a new one is one with another author or name, or introduced as new ("a new
 * proposal"). Terms come from "the deal includes …", "under the plan, …", phases and the
 * content of the noun phrase ("a deal to free the captives"); responses from a party's
 * verb with the proposal as its object ("Hamas accepted the proposal").
 */
export function createProposalReader(
  article: { id: string; published: string },
  matcher: CodebookMatcher,
) {
  const drafts: Draft[] = [];
  const responses: ProposalResponse[] = [];
  const responded = new Set<string>();
  let phase: number | undefined;
  // The mediators the article has named so far: "the mediators' proposal" is theirs.
  const mediatorsSeen: string[] = [];
  // The sentence that last named the current proposal: "It also provides for …" follows it.
  let lastNamedAt = -Infinity;
  // The sentence that last gave terms of it: a description of its stages may go on after it.
  let lastTermsAt = -Infinity;

  const evidenceOf = (s: Sentence) => ({
    sourceId: article.id,
    start: s.start,
    end: s.end,
    quote: s.text,
  });

  /** The draft a mention refers to, or a new one. */
  const resolve = (mention: ProposalMention, input: ProposalSentence): Draft | undefined => {
    const keys = new Set([...mention.authors, ...mention.names.map((n) => n.toLowerCase())]);
    const last = drafts[drafts.length - 1];
    const sameKeys = (d: Draft) => [...keys].some((k) => d.keys.has(k));
    // "set out his own terms": a proposal of its own, not the one in context.
    const own = /\bown\b/iu.test(mention.text);
    if (mention.noun.anaphorOnly && !own)
      return last && mention.determiner !== 'indefinite' ? last : undefined;
    const known = keys.size > 0 ? [...drafts].reverse().find(sameKeys) : undefined;
    if (known) return known;
    const isNew =
      !last ||
      (mention.determiner === 'indefinite' &&
        /\bnew|another|fresh|revised|counter/iu.test(mention.text)) ||
      /counter/iu.test(mention.text) ||
      own ||
      (keys.size > 0 && !sameKeys(last) && last.keys.size > 0);
    if (!isNew) {
      for (const k of keys) last.keys.add(k);
      return last;
    }
    const draft: Draft = {
      proposal: {
        id: `proposal-${article.id}-${input.sentence.start}-${drafts.length}`,
        title: titleOf(mention, article.published),
        kind: mention.noun.kind,
        proposerIds: [],
        date: resolveStatementDate(input.sentence.text, article.published),
        terms: [],
        evidence: evidenceOf(input.sentence),
        origin: 'extracted',
        confidence: 0.7,
        rule: `proposal:${mention.noun.id}`,
      },
      keys,
      stated: false,
    };
    drafts.push(draft);
    return draft;
  };

  const addProposers = (draft: Draft, ids: readonly string[]) => {
    for (const id of ids) {
      const party = matcher.partyOf(id);
      if (!party || party.kind === 'other') continue;
      if (!draft.proposal.proposerIds.includes(id)) draft.proposal.proposerIds.push(id);
    }
  };

  const addTerms = (
    draft: Draft,
    issues: readonly IssueMention[],
    input: ProposalSentence,
    rule: string,
    termPhase: number | undefined,
  ) => {
    for (const issue of issues) {
      if (issue.anaphoric) continue;
      const before = input.sentence.text.slice(
        Math.max(0, issue.start - input.sentence.start - 30),
        issue.start - input.sentence.start,
      );
      if (NEGATED_TERM.test(before)) continue;
      const terms = draft.proposal.terms;
      if (terms.some((t) => t.issueId === issue.issueId && t.phase === termPhase)) continue;
      const term: ProposalTerm = {
        id: `term-${terms.length + 1}`,
        issueId: issue.issueId,
        provides: providesOf(input.sentence, issue),
        ...(termPhase !== undefined && { phase: termPhase }),
        evidence: evidenceOf(input.sentence),
      };
      terms.push(term);
      lastTermsAt = input.sentence.index;
      if (rule !== 'content') draft.stated = true;
      draft.proposal.rule = `${draft.proposal.rule?.split('+')[0] ?? 'proposal'}+${rule}`;
    }
  };

  return {
    /** Reads one sentence; returns the spans it took as terms, which state no one's position. */
    read(input: ProposalSentence): {
      termSpans: { start: number; end: number }[];
      proposalSpans: { start: number; end: number }[];
      /** The sentence sets out a proposal's terms: no bare condition in it is a party's offer. */
      describesTerms: boolean;
    } {
      const { sentence, ctx } = input;
      const cues = input.cues ?? findProposalCues(sentence.text, sentence.start);
      const termSpans: { start: number; end: number }[] = [];
      for (const a of ctx.actors) {
        const party = matcher.partyOf(a.actorId);
        if (party?.kind === 'mediator' && !mediatorsSeen.includes(party.id))
          mediatorsSeen.push(party.id);
      }
      // "insisted that any deal include …": what a deal should hold is the speaker's demand.
      const mentions = findMentions(sentence, cues.nouns, ctx.actors, input.issues, matcher).filter(
        (m) => !WISHED_BEFORE.test(sentence.text.slice(0, m.phraseStart - sentence.start)),
      );
      for (const m of mentions) {
        const before = sentence.text.slice(0, m.phraseStart - sentence.start);
        const after = sentence.text.slice(m.end - sentence.start);
        // "their proposal", "the mediators' plan", "a proposal from the mediators".
        if (
          m.authors.length === 0 &&
          (MEDIATORS_BEFORE.test(before) || MEDIATORS_AFTER.test(after))
        )
          m.authors.push(...mediatorsSeen);
        else if (m.authors.length === 0 && /^(?:their|its|his|her)\b/iu.test(m.text)) {
          // "their" wants a plural owner ("Qatari and Egyptian mediators"), "its" a singular one.
          const plural = /^their\b/iu.test(m.text);
          const earlier = ctx.actors.filter((a) => a.end <= m.phraseStart && !a.compound);
          const isPlural = (a: ActorMention, i: number) =>
            /s$/u.test(a.text) ||
            (i > 0 &&
              /^\s*(?:,|and)\s*$/u.test(
                sentence.text.slice(
                  (earlier[i - 1]?.end ?? 0) - sentence.start,
                  a.start - sentence.start,
                ),
              ));
          const owner = earlier.filter((a, i) => isPlural(a, i) === plural).pop();
          const party = owner ? matcher.partyOf(owner.actorId) : undefined;
          // "Qatari and Egyptian mediators … their proposal": every actor joined to the last.
          if (owner && party && party.kind !== 'other') {
            const joined = ctx.actors.filter(
              (a) =>
                a.end <= owner.start &&
                owner.start - a.end < 20 &&
                /^\s*(?:,|and)\s*$/u.test(
                  sentence.text.slice(a.end - sentence.start, owner.start - sentence.start),
                ),
            );
            m.authors.push(...joined.map((a) => a.actorId), owner.actorId);
          }
        }
      }
      const resolved = new Map<ProposalMention, Draft>();
      for (const m of mentions) {
        const draft = resolve(m, input);
        if (draft) resolved.set(m, draft);
      }
      const phaseMatch = PHASE.exec(sentence.text);
      const sentencePhase = phaseMatch
        ? PHASE_NUMBER[(phaseMatch[1] ?? phaseMatch[2] ?? '').toLowerCase()]
        : undefined;
      if (sentencePhase !== undefined) phase = sentencePhase;

      if (resolved.size > 0) lastNamedAt = sentence.index;
      for (const [m, draft] of resolved) {
        addProposers(draft, m.authors);
        // "Egypt put forward a proposal": the subject of a proposing verb is its author.
        const before = sentence.text.slice(
          Math.max(0, m.phraseStart - sentence.start - 60),
          m.phraseStart - sentence.start,
        );
        if (PROPOSE_BEFORE.test(before)) {
          const clause = clauseOf(input.clauses, m.start);
          const verb = lastMatch(
            PROPOSE_VERB,
            sentence.text,
            clause.start - sentence.start,
            m.phraseStart - sentence.start,
          );
          if (verb !== undefined) {
            const holder = resolveHolder(ctx, clause.start, sentence.start + verb);
            if (holder && holder.party.kind !== 'other')
              addProposers(draft, [holder.speaker?.id ?? holder.party.id]);
          }
        }
        // The phrase's own content: "a deal to free the captives", "a truce deal".
        if (m.issues.length > 0) {
          // They stay for the sentence's own stances: "open to a truce deal" states one.
          addTerms(draft, m.issues, input, 'content', sentencePhase);
        }
        // "The deal includes …", "a plan that calls for …": the proposal is the subject.
        const clause = clauseOf(input.clauses, m.start);
        // The proposal must be the verb's subject: no actor stands between them ("a ceasefire
        // during which the group would release …" is the group's verb).
        const verb = termVerbSet
          .matchAll(sentence.text.slice(m.end - sentence.start, clause.end - sentence.start), m.end)
          .find(
            (v) =>
              v.start - m.end <= 60 &&
              !/[.;]/u.test(
                sentence.text.slice(m.end - sentence.start, v.start - sentence.start),
              ) &&
              !ctx.actors.some((a) => a.start >= m.end && a.end <= v.start) &&
              !ctx.anaphors.some((a) => a.start >= m.end && a.end <= v.start),
          );
        // "Hamas rejected Israel's proposal for a two-month truce": what is rejected stays the
        // sentence's own stance (ANNOTATION.md: reject where the text ties it to the terms).
        const rejected = REJECTED_BEFORE.test(
          sentence.text.slice(
            Math.max(0, m.phraseStart - sentence.start - 40),
            m.phraseStart - sentence.start,
          ),
        );
        const modal = verb
          ? /\b(?:must|should|needs?\s+to|has\s+to|have\s+to|ought\s+to)\s+(?:also\s+)?$/iu.test(
              sentence.text.slice(m.end - sentence.start, verb.start - sentence.start),
            )
          : false;
        if (verb && !modal && !responseBetween(sentence, m.end, verb.start)) {
          const span = { start: verb.end, end: clause.end };
          const issues = input.issues.filter((i) => i.start >= span.start && i.end <= span.end);
          addTerms(draft, issues, input, `term:${verb.value.id}`, sentencePhase ?? phase);
          if (!rejected) termSpans.push({ start: m.start, end: clause.end });
        }
      }

      // "Under the deal, …", "In the first phase, …": the sentence gives terms of the last proposal.
      const current = drafts[drafts.length - 1];
      // "It also provides for …" right after the proposal was named.
      const pronounSubject = PRONOUN_SUBJECT.exec(sentence.text);
      if (current && pronounSubject && resolved.size === 0 && sentence.index - lastNamedAt <= 2) {
        const verb = termVerbSet.matchAll(
          sentence.text.slice(pronounSubject[0].length),
          sentence.start + pronounSubject[0].length,
        )[0];
        if (verb && verb.start === sentence.start + pronounSubject[0].length) {
          const clause = clauseOf(input.clauses, verb.start);
          const issues = input.issues.filter((i) => i.start >= verb.end && i.end <= clause.end);
          addTerms(current, issues, input, `term:${verb.value.id}`, sentencePhase ?? phase);
          termSpans.push({ start: sentence.start, end: clause.end });
          lastNamedAt = sentence.index;
        }
      }
      // A frame leaves the sentence's own stances ("Under the text, Israel has agreed to …")
      // but makes it a description of terms, not a party's offer.
      let describesTerms = termSpans.length > 0;
      const frame = TERM_FRAME.exec(sentence.text.replace(/^[^\p{L}]+/u, ''));
      const midFrame = frame ? undefined : TERM_FRAME_ANYWHERE.exec(sentence.text);
      if (current && (frame || midFrame)) {
        const target = frame ? current : ([...resolved.values()].pop() ?? current);
        addTerms(target, input.issues, input, 'term:frame', sentencePhase ?? phase);
        describesTerms = true;
      } else if (
        current &&
        resolved.size === 0 &&
        sentence.index - Math.max(lastTermsAt, lastNamedAt) <= 2 &&
        STAGE_REFERENCE.test(sentence.text) &&
        PROPOSAL_MOOD.test(sentence.text) &&
        cues.responses.length === 0
      ) {
        // "Reconstruction would follow in the third.": the stages of the proposal in context.
        addTerms(current, input.issues, input, 'term:stage', sentencePhase ?? phase);
        describesTerms = true;
        for (const i of input.issues) termSpans.push(i);
      }
      if (describesTerms) lastTermsAt = sentence.index;

      // Responses: "Hamas accepted the proposal", "Israel's cabinet approved it".
      for (const cue of cues.responses) {
        const after = sentence.text.slice(cue.end - sentence.start);
        // The object: the proposal right after the cue, or after "the first phase of", "parts of".
        const object = mentions.find((m) => {
          if (m.phraseStart < cue.end) return false;
          const gap = sentence.text.slice(cue.end - sentence.start, m.phraseStart - sentence.start);
          return gap.length <= 25 || (gap.length <= 70 && OBJECT_LEAD.test(gap));
        });
        // "The agreement was ratified by Israel's government": the agent answers the subject.
        const passive = PASSIVE_BY.exec(after);
        const agent = passive
          ? ctx.actors.find((a) => a.start === cue.end + passive[0].length)
          : undefined;
        const subjectMention = agent
          ? [...mentions].reverse().find((m) => m.end <= cue.start)
          : undefined;
        // "agreed to a six-week first phase of a truce": an issue that is a term of the proposal
        // in context answers that proposal.
        const issueObject =
          !object && current && sentence.index - Math.max(lastNamedAt, lastTermsAt) <= 6
            ? input.issues.find(
                (i) =>
                  i.start >= cue.end &&
                  i.start - cue.end <= 40 &&
                  current.proposal.terms.some((t) => t.issueId === i.issueId),
              )
            : undefined;
        // "answered with its own counter-proposal": the counter answers the proposal before it.
        const own = mentions.find((x) => x.start >= cue.start && x.end <= cue.end);
        const ownDraft = own ? resolved.get(own) : undefined;
        const before = ownDraft ? drafts[drafts.indexOf(ownDraft) - 1] : undefined;
        const draft = subjectMention
          ? resolved.get(subjectMention)
          : object
            ? resolved.get(object)
            : ownDraft
              ? before
              : PRONOUN_OBJECT.test(after) || !cue.value.needsObject || issueObject
                ? current
                : undefined;
        if (!draft) continue;
        if (
          !object &&
          !subjectMention &&
          !issueObject &&
          cue.value.needsObject &&
          !PRONOUN_OBJECT.test(after)
        )
          continue;
        // "voted to back a deal for the release of 50 captives": the answer covers those terms
        // (a rejection names them as what is rejected, so the sentence's own stance stays).
        if (object && cue.value.response !== 'reject')
          for (const i of object.issues) if (!i.anaphoric) termSpans.push(i);
        const beforeCue = sentence.text.slice(
          Math.max(0, cue.start - sentence.start - 30),
          cue.start - sentence.start,
        );
        // "calls upon the group to accept it", "gave it until Sunday to accept or reject": asked, not answered.
        const asked = sentence.text.slice(
          Math.max(0, cue.start - sentence.start - 80),
          cue.start - sentence.start,
        );
        const askedBy = ASKED_BEFORE.exec(asked);
        if (askedBy || /^\s+or\s+(?:reject|accept)/iu.test(after)) {
          // "Biden urged Hamas to accept it": a mediator pressing a party to take a plan endorses
          // its terms (ANNOTATION.md: mediators hold positions when they endorse terms).
          const askedAt = cue.start - asked.length + (askedBy?.index ?? 0);
          if (askedBy && cue.value.response === 'accept' && EXHORTED.test(askedBy[0])) {
            // The one who presses is the first actor of its clause (else of the sentence) outside
            // a proposal's own name ("an Israeli offer" names its author, not the subject).
            const clauseStart = clauseOf(input.clauses, cue.start).start;
            const outsideProposals = (a: { start: number; end: number }) =>
              a.end <= askedAt && !mentions.some((m) => a.start >= m.phraseStart && a.end <= m.end);
            const asker =
              ctx.actors.find((a) => a.start >= clauseStart && outsideProposals(a)) ??
              ctx.actors.find((a) => a.start >= sentence.start && outsideProposals(a));
            const askerParty = asker ? matcher.partyOf(asker.actorId) : undefined;
            const askerActor = asker ? matcher.actorsById.get(asker.actorId) : undefined;
            const askers =
              askerParty && askerActor
                ? [
                    {
                      party: askerParty,
                      ...(askerActor.id !== askerParty.id && { speaker: askerActor }),
                    },
                  ]
                : [];
            for (const holder of askers) {
              const actorId = holder.party.id;
              if (holder.party.kind !== 'mediator' || draft.proposal.proposerIds.includes(actorId))
                continue;
              const key = `${draft.proposal.id}|${actorId}|accept`;
              if (responded.has(key)) continue;
              responded.add(key);
              responses.push({
                id: `response-${article.id}-${sentence.start}-${actorId}`,
                actorId,
                ...(holder.speaker && { speakerId: holder.speaker.id }),
                proposalId: draft.proposal.id,
                response: 'accept',
                date: resolveStatementDate(sentence.text, article.published),
                evidence: evidenceOf(sentence),
                origin: 'extracted',
                confidence: 0.6,
                rule: 'response:urged-acceptance',
              });
            }
          }
          continue;
        }
        let response: ResponseKind = cue.value.response;
        const clause = clauseOf(input.clauses, cue.start);
        // "would not approve the deal until …": accepted on that condition.
        const negatedUntil =
          NEGATED_BEFORE.test(beforeCue) &&
          input.conditions.some(
            (c) => c.start >= cue.end && c.start <= clause.end && c.marker.id === 'until',
          );
        if (REFUSED_BEFORE.test(beforeCue) && response === 'accept') response = 'reject';
        else if (response === 'accept' && /\bnever\s+$/iu.test(beforeCue)) response = 'reject';
        else if (negatedUntil && response === 'accept') response = 'accept';
        else if (NEGATED_BEFORE.test(beforeCue)) {
          // "has not accepted", "has yet to respond": not an answer, or one still to come.
          if (response !== 'accept' || !/yet\s+to/iu.test(beforeCue)) continue;
          response = 'review';
        }
        const holders = agent
          ? holdersOf(ctx, agent.start, agent.end, matcher, agent)
          : holdersOf(ctx, clause.start, cue.start, matcher);
        for (const holder of holders) {
          if (cue.value.partiesOnly && holder.party.kind !== 'party') continue;
          const actorId = holder.party.id;
          const key = `${draft.proposal.id}|${actorId}|${response}`;
          if (responded.has(key)) continue;
          responded.add(key);
          const condition = input.conditions.find(
            (c) => c.start >= cue.end && c.start <= clause.end && c.marker.id !== 'while-not',
          );
          const conditionIssue = condition
            ? input.issues.find((i) => i.start >= condition.start && i.end <= condition.end)
            : undefined;
          const conditional =
            response === 'accept' && condition !== undefined && condition.marker.id !== 'exchange';
          responses.push({
            id: `response-${article.id}-${sentence.start}-${actorId}`,
            actorId,
            ...(holder.speaker && { speakerId: holder.speaker.id }),
            proposalId: draft.proposal.id,
            response: conditional ? 'conditional' : response,
            ...(conditional && {
              condition: {
                ...(conditionIssue && { issueId: conditionIssue.issueId }),
                text: sentence.text
                  .slice(condition.start - sentence.start, condition.end - sentence.start)
                  .replace(/[,.;]+$/u, ''),
              },
            }),
            date: resolveStatementDate(sentence.text, article.published),
            evidence: evidenceOf(sentence),
            origin: 'extracted',
            confidence: holder.via === 'subject' ? 0.75 : 0.65,
            rule: `response:${cue.value.id}${holder.via !== 'subject' ? `+holder:${holder.via}` : ''}`,
          });
        }
        // The one who accepts a deal is not its proposer; a party answering its own plan is.
      }
      const proposalSpans = [...resolved]
        .filter(([, d]) => d.proposal.proposerIds.length > 0)
        .map(([m]) => ({ start: m.start, end: m.end }));
      return { termSpans, proposalSpans, describesTerms };
    },

    /** The proposals read so far (those with terms or answers) and the responses to them. */
    result(): { proposals: Proposal[]; responses: ProposalResponse[] } {
      // A deal only named ("openness to a truce deal") is no proposal of anyone's: it needs an
      // author, an answer or terms the text sets out.
      const answered = new Set(responses.map((r) => r.proposalId));
      const proposals = drafts
        .filter(
          (d) =>
            answered.has(d.proposal.id) ||
            (d.proposal.terms.length > 0 && (d.stated || d.proposal.proposerIds.length > 0)),
        )
        .map((d) => d.proposal);
      const kept = new Set(proposals.map((p) => p.id));
      return { proposals, responses: responses.filter((r) => kept.has(r.proposalId)) };
    },
  };
}

function clauseOf(clauses: readonly Clause[], at: number): Clause {
  return (
    clauses.find((c) => at >= c.start && at < c.end) ??
    clauses[clauses.length - 1] ?? { start: at, end: at }
  );
}

function lastMatch(pattern: RegExp, text: string, from: number, to: number): number | undefined {
  pattern.lastIndex = 0;
  let found: number | undefined;
  let m: RegExpExecArray | null;
  while ((m = pattern.exec(text)) !== null) {
    if (m.index >= to) break;
    if (m.index >= from) found = m.index;
  }
  return found;
}

function responseBetween(sentence: Sentence, from: number, to: number): boolean {
  return (
    responseSet.matchAll(sentence.text.slice(from - sentence.start, to - sentence.start)).length > 0
  );
}

/** The parties that answer: the subject, and every party joined to it ("Israel and Hamas agreed…"). */
function holdersOf(
  ctx: HolderContext,
  from: number,
  cueStart: number,
  matcher: CodebookMatcher,
  agent?: ActorMention,
) {
  const agentParty = agent ? matcher.partyOf(agent.actorId) : undefined;
  const agentActor = agent ? matcher.actorsById.get(agent.actorId) : undefined;
  const holder =
    agentParty && agentParty.kind !== 'other'
      ? {
          party: agentParty,
          ...(agentActor && agentActor.id !== agentParty.id && { speaker: agentActor }),
          via: 'subject' as const,
        }
      : resolveHolder(ctx, from, cueStart);
  if (!holder) return [];
  const subject = ctx.actors.filter((a) => a.start >= from && a.end <= cueStart);
  const joined = subject.filter((a, i) => {
    const next = subject[i + 1];
    const gap = next
      ? ctx.sentenceText.slice(a.end - ctx.sentenceStart, next.start - ctx.sentenceStart)
      : '';
    const prev = subject[i - 1];
    const prevGap = prev
      ? ctx.sentenceText.slice(prev.end - ctx.sentenceStart, a.start - ctx.sentenceStart)
      : '';
    return (
      /^\s*(?:,|and|&)\s*(?:the\s+)?$/iu.test(gap) ||
      /^\s*(?:,|and|&)\s*(?:the\s+)?$/iu.test(prevGap)
    );
  });
  const parties = new Map([[holder.party.id, holder]]);
  for (const a of joined) {
    const party = matcher.partyOf(a.actorId);
    if (!party || party.kind !== 'party' || parties.has(party.id)) continue;
    const actor = matcher.actorsById.get(a.actorId);
    parties.set(party.id, {
      party,
      ...(actor && actor.id !== party.id && { speaker: actor }),
      via: 'subject' as const,
    });
  }
  return [...parties.values()];
}

function findMentions(
  sentence: Sentence,
  nouns: readonly PatternMatch<ProposalNoun>[],
  actors: readonly ActorMention[],
  issues: readonly IssueMention[],
  matcher: CodebookMatcher,
): ProposalMention[] {
  const out: ProposalMention[] = [];
  const text = sentence.text;
  for (const match of nouns) {
    const local = match.start - sentence.start;
    const after = text.slice(local + match.text.length);
    const head = text.slice(0, local);
    if (NOT_A_PROPOSAL_AFTER.test(after) || NOT_A_PROPOSAL_BEFORE.test(head)) continue;
    // "Any deal must…", "a possible agreement": what a deal should be, not a deal on the table.
    if (HYPOTHETICAL_BEFORE.test(head)) continue;
    // Walk back over the noun phrase's modifiers to its determiner or possessive.
    const words = [...head.matchAll(/\S+/gu)];
    let phraseStart = local;
    let determiner: ProposalMention['determiner'] = 'none';
    for (let i = words.length - 1, steps = 0; i >= 0 && steps < 5; i--, steps++) {
      const word = words[i]?.[0] ?? '';
      const at = words[i]?.index ?? 0;
      if (/[,;:()"“”]$/u.test(word)) break;
      if (DETERMINER_WORD.test(word)) {
        phraseStart = at;
        determiner = INDEFINITE_WORD.test(word) ? 'indefinite' : 'definite';
        break;
      }
      const bare = word.replace(/[’']s?$/u, '');
      if (!MODIFIER.test(bare) || NOT_MODIFIER.test(bare)) break;
      // A lower-case word is a modifier only if it is one by its form or names an issue.
      const inIssue = issues.some(
        (i) => i.start <= sentence.start + at && i.end >= sentence.start + at + word.length,
      );
      if (!/\p{Lu}|\d|-/u.test(bare) && !PLAIN_MODIFIER.test(bare) && !inIssue) break;
      phraseStart = at;
      if (/[’']s?$/u.test(word) && /\p{L}/u.test(bare)) {
        determiner = 'possessive';
        break;
      }
    }
    const inside = text.slice(phraseStart, local);
    const bareDeal = match.value.kind === 'deal' && BARE_DEAL_VERB.test(text.slice(0, phraseStart));
    // "plans to", "offers to": a verb, not a proposal. A headline drops its articles
    // ("Hamas accepts Egyptian truce proposal"): a capitalised modifier marks the noun phrase.
    if (
      determiner === 'none' &&
      !bareDeal &&
      (!/\p{Lu}/u.test(inside) || /^\s+to\s+\p{Ll}/u.test(after))
    )
      continue;
    const from = sentence.start + phraseStart;
    // "a US-drafted plan" names its author; "a Qatari-brokered deal" only its broker.
    const authors = actors
      .filter(
        (a) =>
          a.start >= from &&
          a.end <= match.end &&
          !(
            a.compound &&
            /^-(?:brokered|mediated|facilitated|hosted|led|announced|monitored)\b/iu.test(
              text.slice(a.end - sentence.start, a.end - sentence.start + 14),
            )
          ),
      )
      .map((a) => a.actorId);
    // "a plan proposed by Egypt", "an offer from Qatar".
    const byActor = actors.find(
      (a) =>
        a.start >= match.end &&
        a.start - match.end <= 40 &&
        AUTHOR_AFTER.test(text.slice(local + match.text.length, a.start - sentence.start)),
    );
    if (byActor) authors.push(byActor.actorId);
    const names = (inside.match(/\p{Lu}[\p{L}-]+/gu) ?? []).filter(
      (n) => !actors.some((a) => a.start >= from && a.end <= match.end && a.text.includes(n)),
    );
    const contentEnd = CONTENT_AFTER.test(after)
      ? match.end + (/[,;.]/u.exec(after)?.index ?? after.length)
      : match.end;
    const own = issues.filter(
      (i) =>
        (i.start >= from && i.end <= contentEnd) || (i.start < match.end && i.end > match.start),
    );
    out.push({
      noun: match.value,
      start: from,
      end: match.end,
      phraseStart: from,
      determiner,
      authors: authors.filter((id) => matcher.partyOf(id)?.kind !== 'other'),
      names,
      issues: own,
      text: text.slice(phraseStart, match.end - sentence.start),
    });
  }
  // "an immediate 30-day ceasefire proposed by the United States": an issue put forward by an
  // actor is that actor's proposal, with the issue as its term.
  for (const issue of issues) {
    if (out.some((m) => issue.start >= m.start && issue.end <= m.end)) continue;
    const rest = text.slice(issue.end - sentence.start);
    const by = ISSUE_PROPOSED_BY.exec(rest);
    if (!by) continue;
    const author = actors.find((a) => a.start === issue.end + by[0].length);
    if (!author || matcher.partyOf(author.actorId)?.kind === 'other') continue;
    const start = issue.start;
    out.push({
      noun: ISSUE_AS_PROPOSAL,
      start,
      end: issue.end,
      phraseStart: start,
      determiner: 'indefinite',
      authors: [author.actorId],
      names: [],
      issues: [issue],
      text: issue.text,
    });
  }
  return out.sort((a, b) => a.start - b.start);
}

const ISSUE_PROPOSED_BY =
  /^\s+(?:(?:that\s+was|which\s+was|first)\s+)?(?:proposed|put\s+forward|drafted|offered|floated|suggested|tabled)\s+by\s+(?:the\s+)?/iu;
const ISSUE_AS_PROPOSAL: ProposalNoun = {
  id: 'issue-proposed-by',
  pattern: '',
  kind: 'proposal',
  example: 'Ukraine accepted a 30-day ceasefire proposed by the United States.',
};

function titleOf(mention: ProposalMention, published: string): string {
  const core = mention.text
    .replace(/^(?:the|a|an|this|that|its|their|his|her|our|any|another|new|latest)\s+/iu, '')
    .trim();
  const titled = core.charAt(0).toUpperCase() + core.slice(1);
  return /\s/u.test(core) ? titled : `${titled} reported on ${published}`;
}

/** What a term provides, in the words of the sentence: the issue's noun phrase. */
function providesOf(sentence: Sentence, issue: IssueMention): string {
  const local = issue.start - sentence.start;
  const before = sentence.text.slice(Math.max(0, local - 40), local);
  const lead =
    /(?:(?:the|a|an|all|some|about|around|up\s+to|more\s+than|at\s+least|\d[\d,.]*|[\p{L}-]+-(?:day|week|month))\s+)+$/iu.exec(
      before,
    )?.[0] ?? '';
  const tail =
    /^(?:\s+(?:of|for|from|in|held\s+in|by)\s+[^,;.]{1,40}?)(?=[,;.]|\s+(?:and|in\s+exchange|while|as)\b|$)/iu.exec(
      sentence.text.slice(local + issue.text.length),
    )?.[0] ?? '';
  return `${lead}${issue.text}${tail}`.trim().slice(0, 160);
}
