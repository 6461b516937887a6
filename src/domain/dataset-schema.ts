import { LANGUAGE_TAG_MESSAGE, LANGUAGE_TAG_PATTERN } from './language.ts';
import { STANCES } from './stance.ts';
import { z } from './zod.ts';

import { DATASET_SCHEMA_VERSION } from './schema-version.ts';

export { DATASET_SCHEMA_VERSION };

const isoDatePattern = /^\d{4}-\d{2}-\d{2}$/;

/** An ISO calendar date (`YYYY-MM-DD`) that exists in the calendar. */
export const IsoDateSchema = z
  .string()
  .regex(isoDatePattern, 'must be an ISO date YYYY-MM-DD')
  .refine(isRealCalendarDate, 'is not a real calendar date');

function isRealCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

const IdSchema = z.string().min(1, 'must not be empty');

export const ActorKindSchema = z.enum(['party', 'mediator', 'faction', 'person', 'other']);

export const ActorSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: ActorKindSchema,
  parentId: IdSchema.optional(),
  aliases: z.array(z.string()).optional(),
  role: z.string().optional().describe('A person’s office, e.g. "head of the political bureau"'),
});

/** Who grants an issue: actor ids, or "mutual" when every side must. */
export const GrantedBySchema = z.union([z.literal('mutual'), z.array(IdSchema)]);

export const IssueSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string().optional(),
  grantedBy: GrantedBySchema.optional(),
  /** Issues that demanding this one rules out: demanding Hamas's elimination excludes a permanent ceasefire. */
  excludes: z.array(IdSchema).optional(),
});

/** A BCP 47 language tag: `en`, `ar`, `he`, `pt-BR`. */
export const LanguageTagSchema = z
  .string()
  .regex(LANGUAGE_TAG_PATTERN, LANGUAGE_TAG_MESSAGE)
  .describe('A BCP 47 language tag, e.g. "en", "ar", "he"');

export const SourceSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  published: IsoDateSchema,
  publisher: z.string().optional(),
  url: z.url().optional(),
  /** The language the report is written in; without it, English unless its script says otherwise. */
  language: LanguageTagSchema.optional(),
  text: z.string(),
});

/** Where a record is stated inside a source of the dataset. */
export const EvidenceSchema = z.object({
  sourceId: IdSchema,
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  quote: z.string().min(1),
});

/** A public source outside the dataset that supports a curated record. */
export const CitationSchema = z.object({
  title: z.string().min(1),
  publisher: z.string().optional(),
  published: IsoDateSchema.optional(),
  url: z.url().optional(),
});

export const OriginSchema = z.enum(['extracted', 'curated']);

export const StanceSchema = z.enum(STANCES);

export const ConditionSchema = z
  .object({ issueId: IdSchema.optional(), text: z.string().optional() })
  .refine((c) => c.issueId !== undefined || c.text !== undefined, {
    message: 'a condition needs an issueId or a text',
  });

export const DatePrecisionSchema = z.enum(['day', 'month', 'approximate', 'before', 'after']);

/** A date with its precision: `before`/`after` are open-ended at `start`. */
export const FuzzyDateSchema = z.object({
  start: IsoDateSchema,
  end: IsoDateSchema.optional(),
  precision: DatePrecisionSchema,
});

const ConfidenceSchema = z.number().min(0).max(1);

/**
 * How a derived position follows from a proposal (ANNOTATION.md): its proposer asks for or
 * offers a term, or a party accepted, is reviewing, or conditionally accepted the proposal.
 */
export const DerivationSchema = z.object({
  proposalId: IdSchema,
  /** The term it is about; none for the demand of a conditional acceptance's condition. */
  termId: IdSchema.optional(),
  /** The response it follows from; none for the proposer's own positions. */
  responseId: IdSchema.optional(),
  via: z.enum(['proposed', 'accepted', 'reviewing', 'conditional']),
  /** The second sentence: the response (or, for the proposer, the sentence that names the proposal). */
  responseEvidence: EvidenceSchema.optional(),
  responseCitation: CitationSchema.optional(),
});

export const PositionSchema = z.object({
  id: IdSchema,
  actorId: IdSchema,
  issueId: IdSchema,
  stance: StanceSchema,
  condition: ConditionSchema.optional(),
  speakerId: IdSchema.optional(),
  date: IsoDateSchema,
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema,
  confidence: ConfidenceSchema,
  rule: z.string().optional(),
  citation: CitationSchema.optional(),
  note: z.string().optional(),
  /** Set on a position that follows from a proposal rather than being stated outright. */
  derivedFrom: DerivationSchema.optional(),
});

export const MeetingSchema = z.object({
  id: IdSchema,
  date: FuzzyDateSchema,
  place: z.string().optional(),
  participantIds: z.array(IdSchema),
  mediatorIds: z.array(IdSchema),
  issueIds: z.array(IdSchema),
  summary: z.string().optional(),
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema,
  confidence: ConfidenceSchema.optional(),
  rule: z.string().optional(),
  citation: CitationSchema.optional(),
  note: z.string().optional(),
});

export const EventSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  date: FuzzyDateSchema,
  mediatorIds: z.array(IdSchema).optional(),
  summary: z.string().optional(),
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema,
  citation: CitationSchema.optional(),
});

/** A deal is a proposal the parties are reported to have agreed. */
export const ProposalKindSchema = z.enum(['proposal', 'deal']);

/** A numbered phase of a proposal ("in the first phase, a six-week truce"). */
export const ProposalPhaseSchema = z.object({
  number: z.number().int().positive(),
  label: z.string().optional(),
  /** Its stated length, as written ("six weeks", "42 days"). */
  duration: z.string().optional(),
});

/** One term of a proposal: which issue it settles, what it provides, where the text says so. */
export const ProposalTermSchema = z.object({
  id: IdSchema,
  issueId: IdSchema,
  provides: z.string().min(1),
  phase: z.number().int().positive().optional(),
  evidence: EvidenceSchema.optional(),
  citation: CitationSchema.optional(),
});

/** A proposal or deal put forward by mediators or parties, with its terms. */
export const ProposalSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  kind: ProposalKindSchema,
  proposerIds: z.array(IdSchema),
  date: IsoDateSchema,
  phases: z.array(ProposalPhaseSchema).optional(),
  terms: z.array(ProposalTermSchema),
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema,
  confidence: ConfidenceSchema.optional(),
  rule: z.string().optional(),
  citation: CitationSchema.optional(),
  note: z.string().optional(),
});

/** How a party answered a proposal. */
export const ResponseKindSchema = z.enum(['accept', 'reject', 'review', 'conditional', 'counter']);

/** A party's answer to a proposal: accepted, rejected, under review, accepted on a condition, countered. */
export const ResponseSchema = z.object({
  id: IdSchema,
  actorId: IdSchema,
  speakerId: IdSchema.optional(),
  proposalId: IdSchema,
  response: ResponseKindSchema,
  condition: ConditionSchema.optional(),
  date: IsoDateSchema,
  evidence: EvidenceSchema.optional(),
  origin: OriginSchema,
  confidence: ConfidenceSchema,
  rule: z.string().optional(),
  citation: CitationSchema.optional(),
  note: z.string().optional(),
});

/**
 * A phrase in a source that names an actor or meeting without naming it outright
 * ("Cairo's spy chief"), resolved by a curated fact.
 */
export const IdentificationSchema = z.object({
  id: IdSchema,
  phrase: z.string().min(1),
  actorId: IdSchema.optional(),
  meetingId: IdSchema.optional(),
  evidence: EvidenceSchema.optional(),
  citation: CitationSchema,
  note: z.string().optional(),
});

/** An extracted record that a person rejected in the curated layer, kept for the record. */
export const RejectedRecordSchema = z.object({
  id: IdSchema,
  kind: z.enum(['position', 'meeting', 'proposal', 'response']),
  reason: z.string().min(1),
  evidence: EvidenceSchema.optional(),
});

export const CaseSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  synthetic: z.boolean().optional(),
});

/** Dataset JSON, schema v2: v1 (DESIGN.md "Dataset JSON") with proposals and responses. */
export const DatasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  case: CaseSchema,
  actors: z.array(ActorSchema),
  issues: z.array(IssueSchema),
  sources: z.array(SourceSchema),
  positions: z.array(PositionSchema),
  meetings: z.array(MeetingSchema),
  proposals: z.array(ProposalSchema),
  responses: z.array(ResponseSchema),
  events: z.array(EventSchema).optional(),
  identifications: z.array(IdentificationSchema).optional(),
  rejected: z.array(RejectedRecordSchema).optional(),
});
