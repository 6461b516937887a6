import { ActorKindSchema, CaseSchema, GrantedBySchema } from './dataset-schema.ts';
import { z } from './zod.ts';

const IdSchema = z.string().min(1, 'must not be empty');
const PhraseListSchema = z.array(z.string().min(1, 'a phrase must not be empty'));

/** An actor as a codebook declares it, with the words that name it in reports. */
export const CodebookActorSchema = z.object({
  id: IdSchema,
  name: z.string().min(1),
  kind: ActorKindSchema,
  parentId: IdSchema.optional(),
  role: z.string().optional(),
  /** Other names, short forms and adjectives ("Israeli", "Netanyahu"). */
  aliases: PhraseListSchema.optional(),
  /** Places or bodies that stand for the actor ("Cairo" for Egypt's government). */
  metonyms: PhraseListSchema.optional(),
  /** Role phrases that point at this actor without naming it ("spy chief"). */
  roles: PhraseListSchema.optional(),
});

/** An issue with the phrases that signal it and who can grant it. */
export const CodebookIssueSchema = z.object({
  id: IdSchema,
  label: z.string().min(1),
  description: z.string().optional(),
  /** Literal names of the issue; matched with inflection. */
  phrases: PhraseListSchema.min(1, 'an issue needs at least one phrase'),
  /** Wordings that mean the issue without naming it ("once the aggression stops"). */
  paraphrases: PhraseListSchema.optional(),
  /** Who grants the issue: actor ids, or "mutual". */
  grantedBy: GrantedBySchema.optional(),
  /** Issues that demanding this one rules out (a war aim excludes a permanent ceasefire). */
  excludes: z.array(IdSchema).optional(),
});

/** A case codebook: the data that drives extraction for one negotiation. */
export const CodebookSchema = z.object({
  case: CaseSchema,
  actors: z.array(CodebookActorSchema).min(1, 'a codebook needs at least one actor'),
  issues: z.array(CodebookIssueSchema).min(1, 'a codebook needs at least one issue'),
});

/** A codebook as parsed and validated. */
export type Codebook = z.infer<typeof CodebookSchema>;
/** An actor of a codebook. */
export type CodebookActor = z.infer<typeof CodebookActorSchema>;
/** An issue of a codebook. */
export type CodebookIssue = z.infer<typeof CodebookIssueSchema>;
