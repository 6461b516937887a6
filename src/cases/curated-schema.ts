import {
  CitationSchema,
  ConditionSchema,
  FuzzyDateSchema,
  IsoDateSchema,
  StanceSchema,
} from '../domain/dataset-schema.ts';
import { z } from '../domain/zod.ts';

const IdSchema = z.string().min(1, 'must not be empty');

/** A quote in one of the case's articles; the loader finds its offsets. */
const CuratedEvidenceSchema = z.object({
  source: IdSchema,
  quote: z.string().min(1, 'must not be empty'),
  start: z.number().int().nonnegative().optional(),
});

/** A citation given inline, or by its key in `citations`. */
const CitationRefSchema = z.union([IdSchema, CitationSchema]);

const supported = {
  citation: CitationRefSchema.optional(),
  evidence: CuratedEvidenceSchema.optional(),
};

const CuratedPositionSchema = z.object({
  id: IdSchema,
  actorId: IdSchema,
  issueId: IdSchema,
  stance: StanceSchema,
  condition: ConditionSchema.optional(),
  speakerId: IdSchema.optional(),
  date: IsoDateSchema,
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
  ...supported,
});

const CuratedMeetingSchema = z.object({
  id: IdSchema,
  date: FuzzyDateSchema,
  place: z.string().optional(),
  participantIds: z.array(IdSchema).default([]),
  mediatorIds: z.array(IdSchema).default([]),
  issueIds: z.array(IdSchema).default([]),
  summary: z.string().optional(),
  confidence: z.number().min(0).max(1).optional(),
  ...supported,
});

const CuratedEventSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  date: FuzzyDateSchema,
  mediatorIds: z.array(IdSchema).optional(),
  summary: z.string().optional(),
  ...supported,
});

const CuratedIdentificationSchema = z.object({
  id: IdSchema,
  phrase: z.string().min(1),
  actorId: IdSchema.optional(),
  meetingId: IdSchema.optional(),
  note: z.string().optional(),
  citation: CitationRefSchema,
  evidence: CuratedEvidenceSchema.optional(),
});

/** `curated.yaml`: what a person adds to, or corrects in, a case's extracted records. */
export const CuratedSchema = z.object({
  citations: z.record(z.string(), CitationSchema).default({}),
  positions: z.array(CuratedPositionSchema).default([]),
  meetings: z.array(CuratedMeetingSchema).default([]),
  events: z.array(CuratedEventSchema).default([]),
  identifications: z.array(CuratedIdentificationSchema).default([]),
});

/** A parsed `curated.yaml`. */
export type Curated = z.infer<typeof CuratedSchema>;
/** A curated quote before its offsets are found. */
export type CuratedEvidence = z.infer<typeof CuratedEvidenceSchema>;
/** A citation key or an inline citation. */
export type CitationRef = z.infer<typeof CitationRefSchema>;
