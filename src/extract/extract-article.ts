import type { Codebook, CodebookActor } from '../domain/codebook-schema.ts';
import { articleLanguage, isEnglish } from '../domain/language.ts';
import { PARTIES_ANAPHOR } from './rules/meeting-cues.ts';
import type { Meeting, Position, Proposal, ProposalResponse } from '../domain/dataset.ts';
import type { Stance } from '../domain/stance.ts';
import type { AnaphorMention, Holder, HolderContext } from './attribute-speech.ts';
import {
  actorsForAnaphora,
  findAnaphors,
  findSpeechVerbs,
  resolveHolder,
} from './attribute-speech.ts';
import type { CodebookMatcher, IssueMention } from './codebook-matcher.ts';
import { compileCodebook } from './codebook-matcher.ts';
import type { ConditionSpan, CueMatch } from './classify-stance.ts';
import { findConditionSpans, findNotJust, findStanceCues } from './classify-stance.ts';
import { WAR_GOES_ON } from './rules/stance-cues.ts';
import { findRelativeSpans, splitClauses } from './find-clauses.ts';
import type { ProposalCues } from './find-proposals.ts';
import { createProposalReader, findProposalCues } from './find-proposals.ts';
import { derivePositions } from '../domain/derive-positions.ts';
import type { FoundMeeting } from './find-meetings.ts';
import {
  continuesMeeting,
  findMeeting,
  findMeetingCues,
  isRecordedMeeting,
  isSameMeeting,
  mergeMeetings,
} from './find-meetings.ts';
import { findNamedDay, mentionsDay, resolveStatementDate } from './resolve-dates.ts';
import type { Sentence } from './segment-sentences.ts';
import { segmentSentences } from './segment-sentences.ts';

/** An article to extract from: its text and what its front matter says. */
export interface ArticleInput {
  id: string;
  title: string;
  published: string;
  publisher?: string;
  url?: string;
  /** Its BCP 47 language tag; without one, English unless its script says otherwise. */
  language?: string;
  text: string;
}

/** Positions, meetings, proposals and responses found in an article, each with its evidence. */
export interface ExtractResult {
  positions: Position[];
  meetings: Meeting[];
  proposals: Proposal[];
  responses: ProposalResponse[];
  warnings: string[];
}

/** What the extractor says of an article not in English, after its language tag. */
export const NOT_ENGLISH = 'the extractor reads English only; code this article by hand';

/** The largest article text the extractor takes, in characters (about 50 MB of UTF-8). */
export const MAX_ARTICLE_CHARS = 50_000_000;

// Cues farther than this from their issue (in characters) are not taken as governing it.
const MAX_CUE_DISTANCE = 250;
const RECENT_SENTENCES = 3;

/** Extracts from one article with a codebook (compiled once per call; reuse a matcher for many). */
export function extractArticle(
  article: ArticleInput,
  codebook: Codebook | CodebookMatcher,
): ExtractResult {
  const matcher = 'findActors' in codebook ? codebook : compileCodebook(codebook);
  if (article.text.length > MAX_ARTICLE_CHARS) {
    throw new RangeError(
      `article "${article.id}" is ${article.text.length} characters; the limit is ${MAX_ARTICLE_CHARS}`,
    );
  }
  // The rules are English patterns: an article in another language is left to a person.
  const language = articleLanguage(article.language, article.text);
  if (language !== undefined && !isEnglish(language)) {
    return {
      positions: [],
      meetings: [],
      proposals: [],
      responses: [],
      warnings: [`language ${language}: ${NOT_ENGLISH}`],
    };
  }
  const positions: Position[] = [];
  const found: { meeting: FoundMeeting; sentence: Sentence }[] = [];
  const recent: string[][] = [];
  let recentIssues: IssueMention[] = [];
  const partyMentions = new Map<string, { count: number; last: number }>();
  // The last sentence that names a day: parsed only if a later meeting says "hours after".
  let lastDated: string | undefined;
  const proposalReader = createProposalReader(article, matcher);

  // Each block of sentences is read in stages, as it is scanned (scanSentences): first in order,
  // what carries over from sentence to sentence (proposals, parties so far, recent actors and
  // issues); then positions, then meetings, one stage over the whole block before the next.
  for (const block of scanSentences(article.text, matcher)) {
    const read = block.map(({ sentence, scan }) => {
      const analysis = analyseSentence(sentence, scan, matcher, recent.flat(), recentIssues);
      const { termSpans, proposalSpans, describesTerms } = proposalReader.read({
        sentence,
        clauses: analysis.clauses,
        issues: analysis.issues,
        conditions: analysis.conditions,
        ctx: analysis.ctx,
        cues: scan.proposalCues,
      });
      const sentenceIssues = analysis.issues;
      analysis.proposalSpans = proposalSpans;
      analysis.describesTerms = describesTerms;
      // A proposal's terms state no one's position by themselves: the derivation below does.
      if (termSpans.length > 0)
        analysis.issues = analysis.issues.filter(
          (i) => !termSpans.some((t) => i.start >= t.start && i.end <= t.end),
        );
      for (const mention of analysis.ctx.actors) {
        const party = matcher.partyOf(mention.actorId);
        if (party?.kind !== 'party') continue;
        const seen = partyMentions.get(party.id);
        partyMentions.set(party.id, { count: (seen?.count ?? 0) + 1, last: mention.start });
      }
      analysis.rankedPartyIds = rankParties(partyMentions);
      const datedBefore = lastDated;
      if (mentionsDay(sentence.text)) lastDated = sentence.text;
      recent.push(actorsForAnaphora(analysis.ctx.actors, sentence.text, sentence.start));
      if (recent.length > RECENT_SENTENCES) recent.shift();
      const named = analysis.issues.filter((i) => !i.anaphoric);
      if (named.length > 0) recentIssues = named;
      return { sentence, scan, analysis, sentenceIssues, datedBefore };
    });
    for (const { sentence, analysis } of read)
      positions.push(...findPositions(article, sentence, analysis));
    for (const { sentence, scan, analysis, sentenceIssues, datedBefore } of read) {
      const meeting = findMeeting({
        matcher,
        text: sentence.text,
        start: sentence.start,
        clauses: analysis.clauses,
        actors: analysis.ctx.actors,
        issues: sentenceIssues,
        published: article.published,
        rankedPartyIds: analysis.rankedPartyIds,
        contextDay: () => (datedBefore ? findNamedDay(datedBefore, article.published) : undefined),
        relatives: analysis.ctx.relatives,
        cues: scan.meetingCues,
      });
      if (!meeting) continue;
      const last = found[found.length - 1];
      const same =
        found.find((f) => isSameMeeting(f.meeting, meeting)) ??
        (last && continuesMeeting(last.meeting, meeting) ? last : undefined);
      if (same) same.meeting = mergeMeetings(same.meeting, meeting);
      else found.push({ meeting, sentence });
    }
  }

  const meetings: Meeting[] = found
    .filter(({ meeting }) => isRecordedMeeting(meeting))
    .map(({ meeting, sentence }) => ({
      id: `meeting-${article.id}-${sentence.start}`,
      date: meeting.date,
      ...(meeting.place && { place: meeting.place }),
      participantIds: meeting.participantIds,
      mediatorIds: meeting.mediatorIds,
      issueIds: meeting.issueIds,
      evidence: evidenceOf(article, sentence),
      origin: 'extracted',
      confidence: meeting.mediatorIds.length > 0 ? 0.8 : 0.65,
      rule: `meeting:${meeting.cue.id}`,
    }));
  const { proposals, responses } = proposalReader.result();
  const derived = derivePositions({
    actors: matcher.codebook.actors,
    issues: matcher.codebook.issues,
    proposals,
    responses,
  });
  return { positions: [...positions, ...derived], meetings, proposals, responses, warnings: [] };
}

/** Parties by how often the article has named them so far, then by how recently. */
function rankParties(mentions: ReadonlyMap<string, { count: number; last: number }>): string[] {
  return [...mentions]
    .sort(([, a], [, b]) => b.count - a.count || b.last - a.last)
    .map(([id]) => id);
}

interface SentenceAnalysis {
  /** Noun phrases the proposal reader took as proposals with an author ("Israel's proposal for"). */
  proposalSpans: { start: number; end: number }[];
  /** The sentence sets out a proposal's terms ("Under the deal, the group would free …"). */
  describesTerms: boolean;
  /** The article's parties so far, most named first: "both sides" are the first two. */
  rankedPartyIds: string[];
  clauses: ReturnType<typeof splitClauses>;
  issues: IssueMention[];
  cues: CueMatch[];
  conditions: ConditionSpan[];
  notJust: { start: number; end: number }[];
  ctx: HolderContext;
}

// "Kell has dismissed the claim": the claim is the issue of the sentence before.
const ISSUE_ANAPHOR =
  /(?<![\p{L}])(?:the|this|that|such\s+an?|such)\s+(?:[\p{L}'’-]+\s+){0,2}?(?:claim|demand|proposal|offer|idea|plan|request|call|condition|measure|move|step|suggestion|arrangement)s?(?![\p{L}])/giu;

/** What a sentence's own words give, before the article's context is applied. */
interface SentenceScan {
  clauses: ReturnType<typeof splitClauses>;
  issues: IssueMention[];
  actors: ReturnType<CodebookMatcher['findActors']>;
  anaphors: AnaphorMention[];
  cues: CueMatch[];
  conditions: ConditionSpan[];
  notJust: { start: number; end: number }[];
  speechVerbs: ReturnType<typeof findSpeechVerbs>;
  relatives: ReturnType<typeof findRelativeSpans>;
  proposalCues: ProposalCues;
  meetingCues: ReturnType<typeof findMeetingCues>;
}

// Sentences are scanned a block at a time, each scanner over the whole block before the next:
// a scanner's large regular expressions then stay in the processor's caches, which running every
// scanner on one sentence after another keeps evicting (bench:extract: about a quarter faster;
// blocks of 128 or more were slower again).
const SCAN_BLOCK = 32;

/** The article's sentences in blocks of {@link SCAN_BLOCK}, each with what its own words give. */
function* scanSentences(
  text: string,
  matcher: CodebookMatcher,
): Generator<{ sentence: Sentence; scan: SentenceScan }[]> {
  let block: Sentence[] = [];
  const flush = () => {
    const clauses = block.map(splitClauses);
    // Issues and actors together: both read the same words of a sentence (text-patterns.ts).
    const mentions = block.map((s) => ({
      issues: matcher.findIssues(s.text, s.start),
      actors: matcher.findActors(s.text, s.start),
    }));
    const anaphors = block.map((s) => findAnaphors(s.text, s.start));
    const cues = block.map((s) => findStanceCues(s.text, s.start));
    const conditions = block.map((s, i) => findConditionSpans(s.text, s.start, clauses[i] ?? []));
    const notJust = block.map((s) => findNotJust(s.text, s.start));
    const speechVerbs = block.map((s) => findSpeechVerbs(s.text, s.start));
    const relatives = block.map(findRelativeSpans);
    const proposalCues = block.map((s) => findProposalCues(s.text, s.start));
    const meetingCues = block.map((s) => findMeetingCues(s.text, s.start));
    const scanned = block.map((sentence, i) => ({
      sentence,
      scan: {
        clauses: clauses[i] ?? [],
        issues: mentions[i]?.issues ?? [],
        actors: mentions[i]?.actors ?? [],
        anaphors: anaphors[i] ?? [],
        cues: cues[i] ?? [],
        conditions: conditions[i] ?? [],
        notJust: notJust[i] ?? [],
        speechVerbs: speechVerbs[i] ?? [],
        relatives: relatives[i] ?? [],
        proposalCues: proposalCues[i] ?? { nouns: [], responses: [] },
        meetingCues: meetingCues[i] ?? [],
      },
    }));
    block = [];
    return scanned;
  };
  for (const sentence of segmentSentences(text)) {
    block.push(sentence);
    if (block.length === SCAN_BLOCK) yield flush();
  }
  if (block.length > 0) yield flush();
}

function analyseSentence(
  sentence: Sentence,
  scan: SentenceScan,
  matcher: CodebookMatcher,
  recentActors: string[],
  recentIssues: readonly IssueMention[],
): SentenceAnalysis {
  const { text, start } = sentence;
  const { clauses, actors, conditions } = scan;
  const issues: IssueMention[] = [...scan.issues];
  const previous = recentIssues[recentIssues.length - 1];
  if (previous) {
    ISSUE_ANAPHOR.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = ISSUE_ANAPHOR.exec(text)) !== null) {
      const at = start + m.index;
      const end = at + m[0].length;
      if (issues.some((i) => at < i.end && end > i.start)) continue;
      issues.push({
        issueId: previous.issueId,
        paraphrase: true,
        anaphoric: true,
        start: at,
        end: at + m[0].length,
        text: m[0],
      });
    }
    issues.sort((a, b) => a.start - b.start);
  }
  // A pronoun inside an actor's name ("Hamas’s" has no "he") cannot happen, but "it" inside a phrase can.
  const anaphors: AnaphorMention[] = scan.anaphors.filter(
    (a) => !actors.some((m) => a.start >= m.start && a.end <= m.end),
  );
  const cues = scan.cues.filter((c) => !issues.some((i) => c.start >= i.start && c.end <= i.end));
  return {
    proposalSpans: [],
    describesTerms: false,
    rankedPartyIds: [],
    clauses,
    issues,
    cues,
    conditions,
    notJust: scan.notJust,
    ctx: {
      matcher,
      sentenceText: text,
      sentenceStart: start,
      actors,
      anaphors,
      speechVerbs: scan.speechVerbs,
      excluded: [...issues, ...conditions],
      relatives: scan.relatives,
      recentActors: [...recentActors, ...actorsForAnaphora(actors, text, start)],
    },
  };
}

const WAR_PATTERN = new RegExp(`(?<![\\p{L}])(?:${WAR_GOES_ON.pattern})(?![\\p{L}])`, 'giu');

// An issue named only as the frame of another ("end the war as part of a hostage deal") is not an object.
// "talks on a permanent ceasefire": the topic of talks is no one's stance either.
const FRAME_BEFORE =
  /\b(?:as\s+part\s+of|in\s+the\s+(?:context|framework)\s+of|under|(?:talks|negotiations|discussions|consultations)\s+(?:on|about|over|toward|towards))\s+(?:a|an|the|any)?\s*(?:[\p{L}-]+\s+)?$/iu;
// "in the multi-phase truce deal": a deal named after its issue, as the place of another term.
const DEAL_FRAME_BEFORE =
  /\b(?:in|under|within|of|from|into|through)\s+(?:the|a|an|any|this|that|its|their)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const DEAL_NOUN_END = /\b(?:deal|agreement|accord|proposal|plan|framework)s?$/iu;
// The verb nearest before an issue that reports, brokers or discusses it states no stance.
const NEUTRAL_BEFORE =
  /(?<![\p{L}])(?:broker(?:s|ed|ing)?|help(?:s|ed|ing)?\s+(?:to\s+)?broker|mediat(?:e|es|ed|ing)|facilitat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?|talk(?:s|ed)?\s+about|report(?:s|ed)?\s+on|implement(?:s|ed|ing)?|announc(?:e|es|ed|ing)|monitor(?:s|ed|ing)?)\s+(?:[\p{L}\d'’-]+\s+){0,4}$/iu;
const PLAIN_NOUN_SUBJECT =
  /(?<![,;:])\s(?!(?:has|was|does|says|this|thus|its|his|hers|yes|less|unless|plus|always|perhaps)\s)\p{Ll}[\p{L}-]{2,}s\s+$/u;
// A modal before the issue makes a bare condition a stance ("would free them only once …").
const MODAL_BEFORE =
  /\b(?:would|will|could|can|shall|(?:is|are|was|were)\s+(?:ready|willing|prepared))\b/iu;

function findPositions(
  article: ArticleInput,
  sentence: Sentence,
  analysis: SentenceAnalysis,
): Position[] {
  const { clauses, issues, cues, conditions, notJust, ctx } = analysis;
  const within = (span: { start: number; end: number }, outer: { start: number; end: number }) =>
    span.start >= outer.start && span.end <= outer.end;
  // A date costs a parse: only for sentences that state a position.
  let statedOn: string | undefined;
  const dateOf = () => (statedOn ??= resolveStatementDate(sentence.text, article.published));
  const byKey = new Map<string, Position>();
  const emit = (
    holder: Holder,
    issueId: string,
    stance: Stance,
    condition: Position['condition'],
    rule: string,
    confidence: number,
  ) => {
    // One position per voice and issue in a sentence: the first stated.
    const key = `${holder.party.id}|${holder.speaker?.id ?? ''}|${issueId}`;
    if (byKey.has(key)) return;
    const actorId = holder.speaker?.id ?? holder.party.id;
    byKey.set(key, {
      id: positionId(article.id, sentence.start, issueId, actorId),
      actorId,
      issueId,
      stance,
      ...(condition && { condition }),
      ...(holder.speaker && { speakerId: holder.speaker.id }),
      date: dateOf(),
      evidence: evidenceOf(article, sentence),
      origin: 'extracted',
      confidence,
      rule,
    });
  };
  let previousHolder: Holder | undefined;

  for (const [clauseIndex, clause] of clauses.entries()) {
    const priorClause = clauseIndex > 0 ? clauses[clauseIndex - 1] : undefined;
    // ", vowing to destroy …": a participle's subject is the subject of the clause just before.
    const participial =
      priorClause !== undefined &&
      /^[\s,—–-]*(?:and\s+)?\p{Ll}+ing\b/u.test(
        sentence.text.slice(clause.start - sentence.start, clause.end - sentence.start),
      );
    const clauseIssues = issues.filter((i) => within(i, clause));
    // A trailing "until …" conditions something only if an issue comes before it:
    // "will not release captives until the attacks cease", but not "press on until victory".
    const clauseConditions = conditions.filter(
      (c) => within(c, clause) && (c.leading || clauseIssues.some((i) => i.end <= c.start)),
    );
    const inCondition = (x: { start: number; end: number }) =>
      clauseConditions.find((c) => within(x, c));
    const clauseCues = cues.filter((c) => within(c, clause) && !inCondition(c));
    const zoneOf = (x: { start: number; end: number }) => ctx.relatives.find((r) => within(x, r));
    const stated: { issue: IssueMention; stance: Stance }[] = [];

    for (const issue of clauseIssues) {
      if (inCondition(issue)) continue;
      if (
        FRAME_BEFORE.test(
          sentence.text.slice(
            Math.max(0, issue.start - sentence.start - 50),
            issue.start - sentence.start,
          ),
        ) ||
        (DEAL_NOUN_END.test(issue.text) &&
          DEAL_FRAME_BEFORE.test(
            sentence.text.slice(
              Math.max(0, issue.start - sentence.start - 50),
              issue.start - sentence.start,
            ),
          ))
      )
        continue;
      const notJustMarker = notJust.find(
        (n) => n.end <= issue.start && n.start >= clause.start && issue.start - n.end < 40,
      );
      const zoneCues = clauseCues.filter((c) => zoneOf(c) === zoneOf(issue));
      const before = zoneCues.filter(
        (c) => !c.cue.after && c.end <= issue.start && issue.start - c.end <= MAX_CUE_DISTANCE,
      );
      // "rejected calls for a ceasefire": a noun cue right after a verb cue is that verb's object.
      const cue =
        before[before.length - 1] ??
        zoneCues.find((c) => c.cue.after && c.start >= issue.end && c.start - issue.end <= 90) ??
        // "The movement would hand over its weapons only once…": the condition alone states the
        // stance, where a modal says it is one ("were freed in exchange for …" reports a past deal).
        (clauseConditions.length > 0 &&
        !analysis.describesTerms &&
        MODAL_BEFORE.test(
          sentence.text.slice(clause.start - sentence.start, issue.start - sentence.start),
        )
          ? conditionStructureCue(issue.start)
          : undefined);
      if (!cue) continue;
      // "helped broker a week-long truce", "discussed the exchange": the nearest verb reports it
      // ("refused to discuss X" keeps its cue: there the verb is the cue's own complement).
      if (cue.end <= issue.start) {
        const between = sentence.text.slice(cue.end - sentence.start, issue.start - sentence.start);
        const neutral = NEUTRAL_BEFORE.exec(between);
        if (neutral && between.slice(0, neutral.index).trim() !== '') continue;
      }
      // "resolutions calling for a ceasefire": a participle whose subject is a plain noun.
      if (
        PLAIN_NOUN_SUBJECT.test(
          sentence.text.slice(
            Math.max(0, cue.start - sentence.start - 30),
            cue.start - sentence.start,
          ),
        ) &&
        /^\p{Ll}+ing\b/u.test(sentence.text.slice(cue.start - sentence.start)) &&
        !ctx.actors.some((a) => a.end <= cue.start && cue.start - a.end <= 2)
      )
        continue;
      // A participial clause (", facing pressure to …") has the subject of the clause before it.
      // "Both sides agreed to …": each of the article's two main parties holds it.
      const both = resolveHolder(ctx, clause.start, cue.start, cue.cue)
        ? undefined
        : bothSides(ctx, analysis.rankedPartyIds, clause.start, cue.start);
      if (both) {
        for (const party of both)
          emit(
            { party, via: 'clause' },
            issue.issueId,
            cue.stance,
            undefined,
            `stance:${cue.cue.id}+holder:both-sides`,
            0.6,
          );
        continue;
      }
      const holder =
        forHolder(ctx, cue) ??
        resolveHolder(ctx, clause.start, cue.start, cue.cue) ??
        (participial && priorClause
          ? resolveHolder(ctx, priorClause.start, clause.start)
          : undefined) ??
        previousHolder ??
        (clause.start > sentence.start
          ? resolveHolder(ctx, sentence.start, clause.start)
          : undefined);
      if (!holder) continue;
      // ANNOTATION.md: "efforts to secure the release of the captives" is brokering, not a position.
      if (cue.effort && holder.party.kind === 'mediator') continue;
      if (holder.via !== 'attached') previousHolder = holder;

      let stance: Stance = cue.stance;
      if (
        cue.cue.byGranter &&
        stance === 'support' &&
        !grants(ctx.matcher, holder.party.id, issue.issueId)
      )
        stance = 'demand';
      let condition: Position['condition'];
      const rule = [`stance:${cue.cue.id}`];
      if (cue.negated) rule.push('negated');
      const conditionSpan = clauseConditions[0];
      const basis = notJustMarker
        ? stated.find((x) => x.stance === 'demand' || x.stance === 'support')
        : undefined;
      let conditionIssueId: string | undefined;
      if (basis) {
        stance = 'conditional';
        condition = { issueId: basis.issue.issueId };
        rule.push('not-just');
      } else if (conditionSpan) {
        stance = 'conditional';
        const conditionIssue = issues.find(
          (i) => within(i, conditionSpan) && i.issueId !== issue.issueId,
        );
        conditionIssueId = conditionIssue?.issueId;
        const conditionText = article.text
          .slice(conditionSpan.start, conditionSpan.end)
          .replace(/[,.;]+$/, '');
        condition = conditionIssue
          ? { issueId: conditionIssue.issueId, text: conditionText }
          : { text: conditionText };
        rule.push(`condition:${conditionSpan.marker.id}`);
      }
      if (holder.via !== 'subject') rule.push(`holder:${holder.via}`);
      stated.push({ issue, stance });
      // "Israel's proposal for a truce": the proposal reader gives its author's positions.
      const authored =
        holder.via === 'attached' &&
        analysis.proposalSpans.some((s) => cue.start >= s.start && cue.start <= s.end);
      if (!authored)
        emit(
          holder,
          issue.issueId,
          stance,
          condition,
          rule.join('+'),
          confidenceOf(holder.via, cue, issue, condition !== undefined),
        );

      // ANNOTATION.md: "X until / only if / once / provided Y", "X in exchange for Y" give two
      // records: X conditional on Y, and Y demand.
      if (conditionSpan && conditionIssueId && !authored) {
        emit(
          holder,
          conditionIssueId,
          'demand',
          undefined,
          `stance:condition-demand:${conditionSpan.marker.id}+holder:${holder.via}`,
          0.7,
        );
      }
      // "Netanyahu rejected Hamas' demand for X": the possessor demands X, the subject answers it.
      if (holder.via === 'attached') {
        const outer = before.filter((c) => c.end <= cue.start && !c.cue.attached).pop();
        const subject = outer ? resolveHolder(ctx, clause.start, outer.start) : undefined;
        if (outer && subject && subject.party.id !== holder.party.id) {
          emit(
            subject,
            issue.issueId,
            outer.stance,
            undefined,
            `stance:${outer.cue.id}+over:${cue.cue.id}`,
            confidenceOf(subject.via, outer, issue, false),
          );
        }
      }
    }
  }
  // "We will continue the war until …": the permanent ceasefire, opposed or conditional.
  const permanent = ctx.matcher.ceasefireIssues.permanent;
  WAR_PATTERN.lastIndex = 0;
  const war = permanent ? WAR_PATTERN.exec(sentence.text) : null;
  // "Israel can return to fighting after day 42": a provision of a deal, not the speaker's stance.
  const permitted =
    war !== null &&
    /\b(?:can|could|may|might|allowed\s+to|free\s+to)\s+$/iu.test(
      sentence.text.slice(0, war.index),
    );
  if (permanent && war && !permitted) {
    const at = sentence.start + war.index;
    const clause = clauses.find((c) => at >= c.start && at < c.end) ?? clauses[0];
    const holder = clause ? resolveHolder(ctx, clause.start, at) : undefined;
    // The condition after it in its clause, or one that opens the sentence ("if the talks fail, …").
    const condition = clause
      ? (conditions.find(
          (c) => c.start >= at && c.end <= clause.end && c.marker.id !== 'exchange',
        ) ?? conditions.find((c) => c.leading && c.end <= at && c.marker.id !== 'exchange'))
      : undefined;
    if (holder && holder.party.kind === 'party') {
      const conditionIssue = condition
        ? issues.find(
            (i) => i.start >= condition.start && i.end <= condition.end && i.issueId !== permanent,
          )
        : undefined;
      const text = condition
        ? article.text.slice(condition.start, condition.end).replace(/[,.;]+$/, '')
        : undefined;
      const via = holder.via !== 'subject' ? `+holder:${holder.via}` : '';
      // Without a condition, only a flat "the war will not end / the army will not stop" is a
      // stance: "vowed to keep fighting" alone names no ceasefire term.
      const flat = /\bnot\s+(?:end|stop)/iu.test(war[0]);
      if (condition || flat)
        emit(
          holder,
          permanent,
          condition ? 'conditional' : 'reject',
          condition && text !== undefined
            ? { ...(conditionIssue && { issueId: conditionIssue.issueId }), text }
            : undefined,
          `stance:${WAR_GOES_ON.id}${condition ? `+condition:${condition.marker.id}` : ''}${via}`,
          0.7,
        );
      if (conditionIssue)
        emit(
          holder,
          conditionIssue.issueId,
          'demand',
          undefined,
          `stance:condition-demand:${WAR_GOES_ON.id}${via}`,
          0.65,
        );
    }
  }
  for (const appositive of findAppositiveStances(sentence, analysis)) {
    emit(
      appositive.holder,
      appositive.issue.issueId,
      appositive.stance,
      undefined,
      `appositive:${appositive.rule}`,
      0.7,
    );
  }
  return [...byKey.values()];
}

const BOTH_SIDES = new RegExp(
  `(?<![\\p{L}])(?:${PARTIES_ANAPHOR}|both\\s+(?:forces|armies|warring\\s+parties)|the\\s+warring\\s+(?:parties|sides))(?![\\p{L}])`,
  'iu',
);

/** "Both sides", "the two parties" as the subject before a cue: the article's two main parties. */
function bothSides(
  ctx: HolderContext,
  ranked: readonly string[],
  from: number,
  cueStart: number,
): CodebookActor[] | undefined {
  const subject = ctx.sentenceText.slice(from - ctx.sentenceStart, cueStart - ctx.sentenceStart);
  if (!BOTH_SIDES.test(subject) || ranked.length < 2) return undefined;
  const parties = ranked.slice(0, 2).map((id) => ctx.matcher.actorsById.get(id));
  return parties.every((p) => p !== undefined) ? (parties as CodebookActor[]) : undefined;
}

/** "… remains an essential condition for Russia": the actor after "for" holds the condition. */
function forHolder(ctx: HolderContext, cue: CueMatch): Holder | undefined {
  if (!cue.cue.after) return undefined;
  const rest = ctx.sentenceText.slice(cue.end - ctx.sentenceStart);
  const lead = /^\s+(?:for|of|to)\s+(?:the\s+)?/iu.exec(rest);
  if (!lead) return undefined;
  const at = cue.end + lead[0].length;
  const actor = ctx.actors.find((a) => a.start === at);
  const party = actor ? ctx.matcher.partyOf(actor.actorId) : undefined;
  if (!actor || !party || party.kind === 'other') return undefined;
  const speaker = ctx.matcher.actorsById.get(actor.actorId);
  return { party, ...(speaker && speaker.id !== party.id && { speaker }), via: 'clause' };
}

/** Whether a party grants an issue itself (a "mutual" issue, or one with no granter, every side does). */
function grants(matcher: CodebookMatcher, partyId: string, issueId: string): boolean {
  const grantedBy = matcher.codebook.issues.find((i) => i.id === issueId)?.grantedBy;
  return grantedBy === undefined || grantedBy === 'mutual' || grantedBy.includes(partyId);
}

/** A stable id: the same article text gives the same ids, so the curated layer can name them. */
function positionId(
  sourceId: string,
  sentenceStart: number,
  issueId: string,
  actorId: string,
): string {
  return `position-${sourceId}-${sentenceStart}-${issueId}-${actorId}`;
}

function conditionStructureCue(at: number): CueMatch {
  return {
    cue: {
      id: 'condition-structure',
      pattern: '',
      stance: 'conditional',
      example: 'The movement would disarm only once a deal is signed.',
    },
    start: at,
    end: at,
    stance: 'conditional',
    negated: false,
  };
}

// ", a demand the union has made", ", a step nationalist lawmakers have resisted": a summary
// noun after the issue, then who holds it and, if there is one, the verb that says how.
const APPOSITIVE =
  /(?:,|\s[—–-])\s+(?:a|an|the)\s+(demand|step|proposal|offer|move|idea|plan|condition|measure|request|call|position|concession|role|option|prospect|arrangement|change)s?\s+(?:that\s+|which\s+)?/giu;
const APPOSITIVE_NOUN_STANCE: Record<string, Stance> = {
  demand: 'demand',
  condition: 'demand',
  request: 'demand',
  call: 'demand',
  position: 'demand',
  step: 'support',
  proposal: 'support',
  offer: 'support',
  move: 'support',
  idea: 'support',
  plan: 'support',
  measure: 'support',
  concession: 'support',
  role: 'support',
  option: 'support',
  prospect: 'support',
  arrangement: 'support',
  change: 'support',
};

function findAppositiveStances(sentence: Sentence, analysis: SentenceAnalysis) {
  const { ctx, issues, cues } = analysis;
  const out: {
    holder: NonNullable<ReturnType<typeof resolveHolder>>;
    issue: IssueMention;
    stance: Stance;
    rule: string;
  }[] = [];
  APPOSITIVE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = APPOSITIVE.exec(sentence.text)) !== null) {
    const from = sentence.start + m.index + m[0].length;
    const to =
      sentence.start +
      (/[,;.]/.exec(sentence.text.slice(m.index + m[0].length))?.index ?? sentence.text.length) +
      m.index +
      m[0].length;
    const actor = ctx.actors.find((a) => a.start >= from && a.start - from < 40 && a.end <= to);
    const appositiveAt = sentence.start + m.index;
    const issue = [...issues].reverse().find((i) => i.end <= appositiveAt);
    if (!actor || !issue) continue;
    const holder = resolveHolder({ ...ctx, excluded: [] }, actor.start, actor.end + 1);
    if (!holder) continue;
    const cue = cues.find((c) => c.start >= actor.end && c.end <= to);
    const noun = (m[1] ?? '').toLowerCase();
    out.push({
      holder,
      issue,
      stance: cue?.stance ?? APPOSITIVE_NOUN_STANCE[noun] ?? 'support',
      rule: cue ? `${noun}+${cue.cue.id}` : noun,
    });
  }
  return out;
}

function confidenceOf(
  via: string,
  cue: CueMatch,
  issue: IssueMention,
  conditioned: boolean,
): number {
  let c = 0.85;
  if (via === 'anaphor') c -= 0.15;
  if (via === 'speech' || via === 'clause') c -= 0.05;
  if (cue.cue.after) c -= 0.1;
  if (cue.negated) c -= 0.05;
  if (issue.paraphrase) c -= 0.05;
  if (Math.abs(issue.start - cue.end) > 60) c -= 0.1;
  if (conditioned) c -= 0.05;
  return Math.round(Math.max(0.3, Math.min(0.95, c)) * 100) / 100;
}

function evidenceOf(article: ArticleInput, sentence: Sentence) {
  return { sourceId: article.id, start: sentence.start, end: sentence.end, quote: sentence.text };
}
