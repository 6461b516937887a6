import type {
  Actor,
  Dataset,
  FuzzyDate,
  Issue,
  Meeting,
  Position,
  Source,
} from '../domain/dataset.ts';
import { DATASET_SCHEMA_VERSION } from '../domain/schema-version.ts';
import type { Stance } from '../domain/stance.ts';
import { STANCES } from '../domain/stance.ts';

/** Sizes of a synthetic case. */
export interface SyntheticCaseOptions {
  parties: number;
  mediators: number;
  issues: number;
  meetings: number;
  positions: number;
  /** Positions per source text. */
  positionsPerSource: number;
  /** Days the case spans, from `startDate`. */
  days: number;
  startDate: string;
  seed: number;
}

/** The largest case the performance budgets name: 200 parties × 50 issues, 10,000 meetings, 50,000 positions. */
export const LARGE_SYNTHETIC_CASE: SyntheticCaseOptions = {
  parties: 200,
  mediators: 8,
  issues: 50,
  meetings: 10_000,
  positions: 50_000,
  positionsPerSource: 100,
  days: 730,
  startDate: '2024-01-01',
  seed: 20_231_220,
};

/** Named sizes, for the app's `#synthetic=…` flag and the benchmarks. */
export const SYNTHETIC_SIZES = {
  large: LARGE_SYNTHETIC_CASE,
  medium: { ...LARGE_SYNTHETIC_CASE, parties: 40, issues: 20, meetings: 1_000, positions: 5_000 },
  small: { ...LARGE_SYNTHETIC_CASE, parties: 8, issues: 10, meetings: 100, positions: 400 },
} satisfies Record<string, SyntheticCaseOptions>;

/** A small deterministic pseudo-random generator (mulberry32): the same seed, the same case. */
export function makeRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const DAY = 86_400_000;
const addDays = (iso: string, days: number) =>
  new Date(Date.parse(iso) + days * DAY).toISOString().slice(0, 10);

/**
 * Generates a deterministic synthetic case, clearly labelled as such (its title says so
 * and `case.synthetic` is true): parties, mediators, issues with granters, sources whose
 * sentences are the evidence of every position and meeting. For tests and benchmarks only.
 */
export function generateSyntheticCase(options: Partial<SyntheticCaseOptions> = {}): Dataset {
  const o = { ...LARGE_SYNTHETIC_CASE, ...options };
  const random = makeRandom(o.seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)] as T;

  const parties: Actor[] = Array.from({ length: o.parties }, (_, i) => ({
    id: `party-${i + 1}`,
    name: `Party ${i + 1}`,
    kind: 'party',
  }));
  const mediators: Actor[] = Array.from({ length: o.mediators }, (_, i) => ({
    id: `mediator-${i + 1}`,
    name: `Mediator ${i + 1}`,
    kind: 'mediator',
  }));
  const issues: Issue[] = Array.from({ length: o.issues }, (_, i) => ({
    id: `issue_${i + 1}`,
    label: `Issue ${i + 1}`,
    grantedBy: random() < 0.15 ? 'mutual' : [pick(parties).id],
  }));

  const sources: Source[] = [];
  let sentences: string[] = [];
  let sourceDate = o.startDate;
  const flush = () => {
    if (sentences.length === 0) return;
    const n = sources.length + 1;
    sources.push({
      id: `source-${n}`,
      title: `Synthetic report ${n} (generated, not real)`,
      published: sourceDate,
      publisher: 'Synthetic data generator',
      text: sentences.join(' '),
    });
    sentences = [];
  };
  /** Adds a sentence to the current source and returns its evidence. */
  const say = (sentence: string, date: string) => {
    if (sentences.length >= o.positionsPerSource) flush();
    if (sentences.length === 0) sourceDate = date;
    const start = sentences.reduce((n, s) => n + s.length + 1, 0);
    sentences.push(sentence);
    return {
      sourceId: `source-${sources.length + 1}`,
      start,
      end: start + sentence.length,
      quote: sentence,
    };
  };

  // Dates rise through the case so each source's sentences share its week.
  const positions: Position[] = [];
  for (let i = 0; i < o.positions; i++) {
    const date = addDays(o.startDate, Math.floor((i / o.positions) * o.days));
    const party = pick(parties);
    const issue = pick(issues);
    const stance: Stance = pick(STANCES);
    const condition = stance === 'conditional' ? { issueId: pick(issues).id } : undefined;
    const quote = `${party.name} is recorded as ${stance} on ${issue.label} (synthetic record ${i + 1}).`;
    positions.push({
      id: `position-${i + 1}`,
      actorId: party.id,
      issueId: issue.id,
      stance,
      ...(condition && condition.issueId !== issue.id && { condition }),
      date,
      evidence: say(quote, date),
      origin: 'extracted',
      confidence: Math.round((0.5 + random() * 0.45) * 100) / 100,
      rule: 'synthetic',
    });
  }
  flush();

  const meetings: Meeting[] = [];
  for (let i = 0; i < o.meetings; i++) {
    const day = Math.floor(random() * o.days);
    const roll = random();
    const date: FuzzyDate =
      roll < 0.8
        ? { start: addDays(o.startDate, day), precision: 'day' }
        : roll < 0.9
          ? { start: `${addDays(o.startDate, day).slice(0, 7)}-01`, precision: 'month' }
          : {
              start: addDays(o.startDate, day),
              precision: roll < 0.95 ? 'before' : 'approximate',
              ...(roll >= 0.95 && { end: addDays(o.startDate, day + 7) }),
            };
    const a = pick(parties);
    const b = pick(parties);
    const mediatorIds = random() < 0.1 ? [] : [pick(mediators).id];
    const quote = `${a.name} and ${b.name} met (synthetic meeting ${i + 1}).`;
    meetings.push({
      id: `meeting-${i + 1}`,
      date,
      place: `Place ${1 + Math.floor(random() * 40)}`,
      participantIds: a.id === b.id ? [a.id] : [a.id, b.id],
      mediatorIds,
      issueIds: [pick(issues).id],
      evidence: say(quote, date.start),
      origin: 'extracted',
      confidence: 0.8,
      rule: 'synthetic',
    });
  }
  flush();

  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    case: {
      id: `synthetic-${o.parties}x${o.issues}`,
      title: `Synthetic case: ${o.parties} parties × ${o.issues} issues (generated, not real data)`,
      description:
        'Generated for tests and benchmarks. No record in it describes a real negotiation.',
      synthetic: true,
    },
    actors: [...parties, ...mediators],
    issues,
    sources,
    positions,
    meetings,
    proposals: [],
    responses: [],
  };
}
