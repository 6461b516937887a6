import type { Meeting, Position } from '../domain/dataset.ts';
import type { CodebookMatcher } from './codebook-matcher.ts';
import { z } from '../domain/zod.ts';
import { FuzzyDateSchema, StanceSchema } from '../domain/dataset-schema.ts';

/** A gold position: what a careful reader finds in the article. */
export const GoldPositionSchema = z.object({
  party: z.string().min(1),
  speaker: z.string().optional(),
  issue: z.string().min(1),
  stance: StanceSchema,
  condition: z.string().optional(),
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

/** One article's gold standard file. */
export const GoldArticleSchema = z.object({
  article: z.string().min(1),
  positions: z.array(GoldPositionSchema).default([]),
  meetings: z.array(GoldMeetingSchema).default([]),
});

/** A parsed gold file. */
export type GoldArticle = z.infer<typeof GoldArticleSchema>;

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

/** An article's scores for positions and meetings. */
export interface ArticleScore {
  article: string;
  positions: Score;
  meetings: Score;
  /** Of the matched conditional positions, how many name the gold condition. */
  conditionsAgreed: number;
  conditionsChecked: number;
}

/**
 * Scores extracted records against gold. Positions match on (party, issue, stance),
 * meetings on (participants' parties, mediators, date start and precision); each
 * article is scored as sets, so a statement repeated in two sentences counts once.
 */
export function scoreArticle(
  gold: GoldArticle,
  found: { positions: readonly Position[]; meetings: readonly Meeting[] },
  matcher: CodebookMatcher,
): ArticleScore {
  const partyOf = (id: string) => matcher.partyOf(id)?.id ?? id;
  const positionKey = (party: string, issue: string, stance: string) =>
    `${partyOf(party)} · ${issue} · ${stance}`;
  const goldPositions = new Map(
    gold.positions.map((p) => [positionKey(p.party, p.issue, p.stance), p.quote]),
  );
  const foundPositions = new Map(
    found.positions.map((p) => [
      positionKey(p.actorId, p.issueId, p.stance),
      p.evidence?.quote ?? '',
    ]),
  );

  const meetingKey = (
    participants: readonly string[],
    mediators: readonly string[],
    start: string,
    precision: string,
  ) => {
    const parties = [
      ...new Set(
        participants.map(partyOf).filter((id) => matcher.actorsById.get(id)?.kind === 'party'),
      ),
    ].sort();
    const hosts = [...new Set(mediators.map(partyOf))].sort();
    return `[${parties.join(', ')}] via [${hosts.join(', ')}] on ${start} (${precision})`;
  };
  const goldMeetings = new Map(
    gold.meetings.map((m) => [
      meetingKey(m.participants, m.mediators, m.date.start, m.date.precision),
      m.quote,
    ]),
  );
  const foundMeetings = new Map(
    found.meetings.map((m) => [
      meetingKey(m.participantIds, m.mediatorIds, m.date.start, m.date.precision),
      m.evidence?.quote ?? '',
    ]),
  );

  let conditionsChecked = 0;
  let conditionsAgreed = 0;
  for (const g of gold.positions) {
    if (g.stance !== 'conditional' || g.condition === undefined) continue;
    const match = found.positions.find(
      (p) =>
        positionKey(p.actorId, p.issueId, p.stance) === positionKey(g.party, g.issue, g.stance),
    );
    if (!match) continue;
    conditionsChecked++;
    if (match.condition?.issueId === g.condition || match.condition?.text === g.condition)
      conditionsAgreed++;
  }
  return {
    article: gold.article,
    positions: compare(goldPositions, foundPositions),
    meetings: compare(goldMeetings, foundMeetings),
    conditionsAgreed,
    conditionsChecked,
  };
}

function compare(gold: ReadonlyMap<string, string>, found: ReadonlyMap<string, string>): Score {
  const misses = [...gold].filter(([k]) => !found.has(k)).map(([k, q]) => `${k} — “${q}”`);
  const falseHits = [...found].filter(([k]) => !gold.has(k)).map(([k, q]) => `${k} — “${q}”`);
  return summarise(gold.size - misses.length, falseHits.length, misses.length, misses, falseHits);
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
