import {
  CitationSchema,
  ConditionSchema,
  FuzzyDateSchema,
  IsoDateSchema,
  ProposalKindSchema,
  ProposalPhaseSchema,
  ResponseKindSchema,
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
  note: z.string().optional(),
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

const CuratedTermSchema = z.object({
  id: IdSchema,
  issueId: IdSchema,
  provides: z.string().min(1),
  phase: z.number().int().positive().optional(),
  ...supported,
});

const CuratedProposalSchema = z.object({
  id: IdSchema,
  title: z.string().min(1),
  kind: ProposalKindSchema.default('proposal'),
  proposerIds: z.array(IdSchema).default([]),
  date: IsoDateSchema,
  phases: z.array(ProposalPhaseSchema).optional(),
  terms: z.array(CuratedTermSchema).default([]),
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
  ...supported,
});

const CuratedResponseSchema = z.object({
  id: IdSchema,
  actorId: IdSchema,
  speakerId: IdSchema.optional(),
  proposalId: IdSchema,
  response: ResponseKindSchema,
  condition: ConditionSchema.optional(),
  date: IsoDateSchema,
  confidence: z.number().min(0).max(1).optional(),
  note: z.string().optional(),
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

/**
 * A person's decision on an extracted record, by its id: reject it, or correct some
 * of its fields. The reason is required; a correction keeps the original evidence.
 */
const CorrectionSchema = z
  .object({
    target: IdSchema,
    reason: z.string().min(1, 'say why the record is rejected or corrected'),
    reject: z.boolean().optional(),
    set: z
      .object({
        actorId: IdSchema.optional(),
        speakerId: IdSchema.optional(),
        issueId: IdSchema.optional(),
        stance: StanceSchema.optional(),
        condition: ConditionSchema.optional(),
        date: z.union([IsoDateSchema, FuzzyDateSchema]).optional(),
        place: z.string().optional(),
        participantIds: z.array(IdSchema).optional(),
        mediatorIds: z.array(IdSchema).optional(),
        issueIds: z.array(IdSchema).optional(),
        summary: z.string().optional(),
        title: z.string().min(1).optional(),
        kind: ProposalKindSchema.optional(),
        proposerIds: z.array(IdSchema).optional(),
        proposalId: IdSchema.optional(),
        response: ResponseKindSchema.optional(),
      })
      .strict()
      .optional(),
    citation: CitationRefSchema.optional(),
  })
  .refine((c) => (c.reject === true) !== (c.set !== undefined), {
    message:
      'a correction either rejects the record (reject: true) or sets fields (set: …), not both',
  });

/** `curated.yaml`: what a person adds to, or corrects in, a case's extracted records. */
export const CuratedSchema = z.object({
  corrections: z.array(CorrectionSchema).default([]),
  citations: z.record(z.string(), CitationSchema).default({}),
  positions: z.array(CuratedPositionSchema).default([]),
  meetings: z.array(CuratedMeetingSchema).default([]),
  events: z.array(CuratedEventSchema).default([]),
  identifications: z.array(CuratedIdentificationSchema).default([]),
  proposals: z.array(CuratedProposalSchema).default([]),
  responses: z.array(CuratedResponseSchema).default([]),
});

/** A parsed `curated.yaml`. */
export type Curated = z.infer<typeof CuratedSchema>;
/** A curated quote before its offsets are found. */
export type CuratedEvidence = z.infer<typeof CuratedEvidenceSchema>;
/** A curated decision on an extracted record. */
export type Correction = z.infer<typeof CorrectionSchema>;
/** A citation key or an inline citation. */
export type CitationRef = z.infer<typeof CitationRefSchema>;
