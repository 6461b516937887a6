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

export const SourceSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  published: IsoDateSchema,
  publisher: z.string().optional(),
  url: z.url().optional(),
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
  kind: z.enum(['position', 'meeting']),
  reason: z.string().min(1),
  evidence: EvidenceSchema.optional(),
});

export const CaseSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  description: z.string().optional(),
  synthetic: z.boolean().optional(),
});

/** Dataset JSON, schema v1 (DESIGN.md "Dataset JSON"). */
export const DatasetSchema = z.object({
  schemaVersion: z.literal(DATASET_SCHEMA_VERSION),
  case: CaseSchema,
  actors: z.array(ActorSchema),
  issues: z.array(IssueSchema),
  sources: z.array(SourceSchema),
  positions: z.array(PositionSchema),
  meetings: z.array(MeetingSchema),
  events: z.array(EventSchema).optional(),
  identifications: z.array(IdentificationSchema).optional(),
  rejected: z.array(RejectedRecordSchema).optional(),
});
