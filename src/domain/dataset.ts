import type { z } from 'zod';
import type {
  ActorKindSchema,
  ActorSchema,
  CitationSchema,
  ConditionSchema,
  DatasetSchema,
  DatePrecisionSchema,
  EventSchema,
  EvidenceSchema,
  FuzzyDateSchema,
  IdentificationSchema,
  IssueSchema,
  MeetingSchema,
  OriginSchema,
  PositionSchema,
  DerivationSchema,
  ProposalKindSchema,
  ProposalPhaseSchema,
  ProposalSchema,
  ProposalTermSchema,
  RejectedRecordSchema,
  ResponseKindSchema,
  ResponseSchema,
  SourceSchema,
} from './dataset-schema.ts';

// Types only: importing this module pulls no schema code into a bundle.

/** One negotiation's whole record: actors, issues, sources, positions, meetings. */
export type Dataset = z.infer<typeof DatasetSchema>;
/** A party, mediator, faction, person or other actor. */
export type Actor = z.infer<typeof ActorSchema>;
/** The kind of an actor. */
export type ActorKind = z.infer<typeof ActorKindSchema>;
/** A subject of the talks. */
export type Issue = z.infer<typeof IssueSchema>;
/** A report whose text the dataset's evidence points into. */
export type Source = z.infer<typeof SourceSchema>;
/** Offsets of a quote inside a source. */
export type Evidence = z.infer<typeof EvidenceSchema>;
/** A public source outside the dataset. */
export type Citation = z.infer<typeof CitationSchema>;
/** Whether a record was extracted from text or curated by a person. */
export type Origin = z.infer<typeof OriginSchema>;
/** What a conditional position waits for. */
export type Condition = z.infer<typeof ConditionSchema>;
/** A stance of an actor on an issue at a date. */
export type Position = z.infer<typeof PositionSchema>;
/** A meeting carried by mediators, or held without one. */
export type Meeting = z.infer<typeof MeetingSchema>;
/** A dated period or moment that frames the talks. */
export type NegotiationEvent = z.infer<typeof EventSchema>;
/** How precisely a date is known. */
export type DatePrecision = z.infer<typeof DatePrecisionSchema>;
/** A date with its precision. */
export type FuzzyDate = z.infer<typeof FuzzyDateSchema>;
/** A curated resolution of an unnamed phrase to an actor or meeting. */
export type Identification = z.infer<typeof IdentificationSchema>;
/** An extracted record rejected by the curated layer, with the reason. */
export type RejectedRecord = z.infer<typeof RejectedRecordSchema>;
/** How a derived position follows from a proposal. */
export type Derivation = z.infer<typeof DerivationSchema>;
/** A proposal or a deal. */
export type ProposalKind = z.infer<typeof ProposalKindSchema>;
/** A numbered phase of a proposal. */
export type ProposalPhase = z.infer<typeof ProposalPhaseSchema>;
/** A proposal or deal with its terms. */
export type Proposal = z.infer<typeof ProposalSchema>;
/** One term of a proposal. */
export type ProposalTerm = z.infer<typeof ProposalTermSchema>;
/** How a party answered a proposal. */
export type ResponseKind = z.infer<typeof ResponseKindSchema>;
/** A party's answer to a proposal. */
export type ProposalResponse = z.infer<typeof ResponseSchema>;
