import type {
  FuzzyDate,
  Meeting,
  Position,
  Proposal,
  ProposalResponse,
} from '../domain/dataset.ts';
import type { CodebookMatcher } from './codebook-matcher.ts';
import { z } from '../domain/zod.ts';
import {
  FuzzyDateSchema,
  ProposalKindSchema,
  ResponseKindSchema,
  StanceSchema,
} from '../domain/dataset-schema.ts';

/** Another reading of a gold position that careful readers may give: either one counts. */
export const GoldAlternativeSchema = z
  .object({ issue: z.string().min(1).optional(), stance: StanceSchema.optional() })
  .refine((a) => a.issue !== undefined || a.stance !== undefined, {
    message: 'an alternative names an issue, a stance or both',
  });

/** A gold position: what a careful reader finds in the article (ANNOTATION.md). */
export const GoldPositionSchema = z.object({
  party: z.string().min(1),
  speaker: z.string().optional(),
  issue: z.string().min(1),
  stance: StanceSchema,
  condition: z.string().optional(),
  alternatives: z.array(GoldAlternativeSchema).optional(),
  /** The stance comes from a deal or proposal the party accepted or made. */
  via: z.enum(['deal', 'proposal']).optional(),
  quote: z.string().min(1),
});

/** A gold meeting. */
export const GoldMeetingSchema = z.object({
  participants: z.array(z.string()),
  mediators: z.array(z.string()),
  date: FuzzyDateSchema,
  place: z.string().optional(),
  quote: z.string().min(1),
});

/** A gold proposal or deal: who put it forward and which issues its terms settle. */
export const GoldProposalSchema = z.object({
  title: z.string().min(1),
  kind: ProposalKindSchema.default('proposal'),
  proposers: z.array(z.string()).default([]),
  terms: z.array(z.string()).default([]),
  quote: z.string().min(1),
});

/** A gold response: a party's answer to a proposal of the same file, named by its title. */
export const GoldResponseSchema = z.object({
  party: z.string().min(1),
  proposal: z.string().min(1),
  response: ResponseKindSchema,
  condition: z.string().optional(),
  quote: z.string().min(1),
});

/** One article's gold standard file. */
export const GoldArticleSchema = z
  .object({
    article: z.string().min(1),
    positions: z.array(GoldPositionSchema).default([]),
    meetings: z.array(GoldMeetingSchema).default([]),
    proposals: z.array(GoldProposalSchema).default([]),
    responses: z.array(GoldResponseSchema).default([]),
  })
  .superRefine((gold, ctx) => {
    const titles = new Set(gold.proposals.map((p) => p.title));
    gold.responses.forEach((r, i) => {
      if (!titles.has(r.proposal))
        ctx.addIssue({
          code: 'custom',
          path: ['responses', i, 'proposal'],
          message: `no proposal of this file has the title "${r.proposal}"`,
        });
    });
  });

/** A parsed gold file. */
export type GoldArticle = z.infer<typeof GoldArticleSchema>;
/** A gold position as parsed. */
export type GoldPosition = z.infer<typeof GoldPositionSchema>;

/** Precision, recall and F1 of one record type, with what was missed and wrongly found. */
export interface Score {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  misses: string[];
  falseHits: string[];
}

/** An article's scores: positions, positions on party and issue alone, meetings, proposals, responses. */
export interface ArticleScore {
  article: string;
  positions: Score;
  partyIssue: Score;
  meetings: Score;
  proposals: Score;
  responses: Score;
  /** Of the matched conditional positions, how many name the gold condition. */
  conditionsAgreed: number;
  conditionsChecked: number;
}

/**
 * Scores extracted records against gold as ANNOTATION.md says. Positions match on
 * (party, issue, stance), any alternative of a gold label counting; `partyIssue` matches
 * on (party, issue) alone. Meetings match on a shared mediator (or the same place) and
 * dates that meet at month level. Each article is scored as sets, one found record per
 * gold record, so a statement repeated in two sentences counts once.
 */
export function scoreArticle(
  gold: GoldArticle,
  found: {
    positions: readonly Position[];
    meetings: readonly Meeting[];
    proposals?: readonly Proposal[];
    responses?: readonly ProposalResponse[];
  },
  matcher: CodebookMatcher,
): ArticleScore {
  const partyOf = (id: string) => matcher.partyOf(id)?.id ?? id;
  const readings = (g: GoldPosition) => [
    { issue: g.issue, stance: g.stance },
    ...(g.alternatives ?? []).map((a) => ({
      issue: a.issue ?? g.issue,
      stance: a.stance ?? g.stance,
    })),
  ];
  const describeGold = (g: GoldPosition) =>
    `${partyOf(g.party)} · ${readings(g)
      .map((r) => `${r.issue} · ${r.stance}`)
      .join(' | ')} — “${g.quote}”`;

  // One found record per (party, issue, stance), as a reader counts a stance once per report.
  const foundPositions = uniqueBy(
    found.positions,
    (p) => `${partyOf(p.actorId)} · ${p.issueId} · ${p.stance}`,
  );
  // At most one record of each (party, issue, stance) per report (ANNOTATION.md).
  const goldPositions = uniqueBy(
    gold.positions,
    (g) =>
      `${partyOf(g.party)} · ${readings(g)
        .map((r) => `${r.issue}·${r.stance}`)
        .sort()
        .join('|')}`,
  );
  const positions = matchSets(
    goldPositions,
    foundPositions,
    (g, p) =>
      partyOf(g.party) === partyOf(p.actorId) &&
      readings(g).some((r) => r.issue === p.issueId && r.stance === p.stance),
    describeGold,
    (p) => `${partyOf(p.actorId)} · ${p.issueId} · ${p.stance} — “${p.evidence?.quote ?? ''}”`,
  );

  const goldPairs = uniqueBy(
    gold.positions,
    (g) => `${partyOf(g.party)} · ${[...new Set(readings(g).map((r) => r.issue))].join('|')}`,
  );
  const foundPairs = uniqueBy(found.positions, (p) => `${partyOf(p.actorId)} · ${p.issueId}`);
  const partyIssue = matchSets(
    goldPairs,
    foundPairs,
    (g, p) =>
      partyOf(g.party) === partyOf(p.actorId) && readings(g).some((r) => r.issue === p.issueId),
    (g) => `${partyOf(g.party)} · ${g.issue} — “${g.quote}”`,
    (p) => `${partyOf(p.actorId)} · ${p.issueId} — “${p.evidence?.quote ?? ''}”`,
  );

  const describeMeeting = (
    participants: readonly string[],
    mediators: readonly string[],
    date: FuzzyDate,
    place: string | undefined,
    quote: string,
  ) => {
    const parties = [...new Set(participants.map(partyOf))].sort();
    const hosts = [...new Set(mediators.map(partyOf))].sort();
    return `[${parties.join(', ')}] via [${hosts.join(', ')}]${place ? ` in ${place}` : ''} on ${date.start} (${date.precision}) — “${quote}”`;
  };
  const meetings = matchSets(
    gold.meetings,
    found.meetings,
    (g, m) => {
      const hosts = new Set(g.mediators.map(partyOf));
      const sharedMediator = m.mediatorIds.some((id) => hosts.has(partyOf(id)));
      const samePlace =
        g.place !== undefined && m.place !== undefined && samePlaceName(g.place, m.place);
      return (sharedMediator || samePlace) && monthsMeet(g.date, m.date);
    },
    (g) => describeMeeting(g.participants, g.mediators, g.date, g.place, g.quote),
    (m) =>
      describeMeeting(m.participantIds, m.mediatorIds, m.date, m.place, m.evidence?.quote ?? ''),
  );

  // Proposals match on a shared term issue (or, with no terms on either side, a shared proposer);
  // responses on the party, the answer and a proposal that matched (or shares a term).
  const foundProposals = found.proposals ?? [];
  const sharesTerm = (g: { terms: readonly string[]; proposers: readonly string[] }, p: Proposal) =>
    p.terms.some((t) => g.terms.includes(t.issueId)) ||
    (g.terms.length === 0 &&
      p.terms.length === 0 &&
      p.proposerIds.some((id) => g.proposers.map(partyOf).includes(partyOf(id))));
  const proposalPairs = new Map<string, string>();
  const proposals = matchSets(
    gold.proposals,
    foundProposals,
    sharesTerm,
    (g) =>
      `${g.kind} “${g.title}” by [${g.proposers.join(', ')}] on [${g.terms.join(', ')}] — “${g.quote}”`,
    (p) =>
      `${p.kind} “${p.title}” by [${p.proposerIds.join(', ')}] on [${p.terms.map((t) => t.issueId).join(', ')}] — “${p.evidence?.quote ?? ''}”`,
    (g, p) => proposalPairs.set(g.title, p.id),
  );
  const goldProposal = new Map(gold.proposals.map((p) => [p.title, p]));
  const proposalById = new Map(foundProposals.map((p) => [p.id, p]));
  const foundResponses = uniqueBy(
    found.responses ?? [],
    (r) => `${partyOf(r.actorId)}|${r.proposalId}|${r.response}`,
  );
  const responses = matchSets(
    gold.responses,
    foundResponses,
    (g, r) => {
      if (partyOf(g.party) !== partyOf(r.actorId) || g.response !== r.response) return false;
      const paired = proposalPairs.get(g.proposal);
      if (paired !== undefined) return paired === r.proposalId;
      const target = goldProposal.get(g.proposal);
      const answered = proposalById.get(r.proposalId);
      return target !== undefined && answered !== undefined && sharesTerm(target, answered);
    },
    (g) => `${partyOf(g.party)} ${g.response} “${g.proposal}” — “${g.quote}”`,
    (r) =>
      `${partyOf(r.actorId)} ${r.response} “${proposalById.get(r.proposalId)?.title ?? r.proposalId}” — “${r.evidence?.quote ?? ''}”`,
  );

  let conditionsChecked = 0;
  let conditionsAgreed = 0;
  for (const g of gold.positions) {
    if (g.stance !== 'conditional' || g.condition === undefined) continue;
    const match = found.positions.find(
      (p) =>
        partyOf(p.actorId) === partyOf(g.party) &&
        p.stance === 'conditional' &&
        readings(g).some((r) => r.issue === p.issueId),
    );
    if (!match) continue;
    conditionsChecked++;
    if (match.condition?.issueId === g.condition || match.condition?.text === g.condition)
      conditionsAgreed++;
  }
  return {
    article: gold.article,
    positions,
    partyIssue,
    meetings,
    proposals,
    responses,
    conditionsAgreed,
    conditionsChecked,
  };
}

function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Map<string, T>();
  for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
  return [...seen.values()];
}

/**
 * Pairs gold and found records one to one where `fits` says they agree, as many pairs as
 * possible (augmenting paths: a gold record with two readings does not block another).
 */
function matchSets<G, F>(
  gold: readonly G[],
  found: readonly F[],
  fits: (g: G, f: F) => boolean,
  describeGold: (g: G) => string,
  describeFound: (f: F) => string,
  onPair?: (g: G, f: F) => void,
): Score {
  const options = gold.map((g) => found.flatMap((f, i) => (fits(g, f) ? [i] : [])));
  const owner = new Array<number>(found.length).fill(-1);
  const assign = (gi: number, seen: Set<number>): boolean => {
    for (const fi of options[gi] ?? []) {
      if (seen.has(fi)) continue;
      seen.add(fi);
      const current = owner[fi] ?? -1;
      if (current === -1 || assign(current, seen)) {
        owner[fi] = gi;
        return true;
      }
    }
    return false;
  };
  gold.forEach((_, gi) => assign(gi, new Set()));
  if (onPair)
    owner.forEach((gi, fi) => {
      const g = gold[gi];
      const f = found[fi];
      if (gi >= 0 && g !== undefined && f !== undefined) onPair(g, f);
    });
  const misses = gold.filter((_, gi) => !owner.includes(gi)).map(describeGold);
  const falseHits = found.filter((_, fi) => owner[fi] === -1).map(describeFound);
  return summarise(gold.length - misses.length, falseHits.length, misses.length, misses, falseHits);
}

/** The months a fuzzy date can fall in, as month numbers (open-ended dates are unbounded on a side). */
function monthSpan(date: FuzzyDate): [number, number] {
  const month = (iso: string) => Number(iso.slice(0, 4)) * 12 + Number(iso.slice(5, 7)) - 1;
  const start = month(date.start);
  const end = month(date.end ?? date.start);
  if (date.precision === 'before') return [-Infinity, start];
  if (date.precision === 'after') return [start, Infinity];
  return [start, end];
}

/** Whether two dates fit at month level: their possible months overlap. */
export function monthsMeet(a: FuzzyDate, b: FuzzyDate): boolean {
  const [a0, a1] = monthSpan(a);
  const [b0, b1] = monthSpan(b);
  return a0 <= b1 && b0 <= a1;
}

function samePlaceName(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/^the\s+/, '')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  const x = norm(a);
  const y = norm(b);
  return x === y || x.startsWith(`${y} `) || y.startsWith(`${x} `);
}

/** Precision, recall and F1 from counts (1 where nothing was expected and nothing found). */
export function summarise(
  tp: number,
  fp: number,
  fn: number,
  misses: string[] = [],
  falseHits: string[] = [],
): Score {
  const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return {
    truePositives: tp,
    falsePositives: fp,
    falseNegatives: fn,
    precision,
    recall,
    f1,
    misses,
    falseHits,
  };
}
