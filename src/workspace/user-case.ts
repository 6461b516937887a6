import type { Codebook } from '../domain/codebook-schema.ts';
import type {
  Condition,
  Dataset,
  FuzzyDate,
  Meeting,
  Position,
  Proposal,
  ProposalResponse,
  RejectedRecord,
  Source,
} from '../domain/dataset.ts';
import { withDerivedPositions } from '../domain/derive-positions.ts';
import type { Stance } from '../domain/stance.ts';
import { buildDatasetFrame } from '../domain/dataset-frame.ts';

/** An article the user added, as its front matter and text say. */
export interface UserArticle {
  id: string;
  title: string;
  published: string;
  publisher?: string;
  url?: string;
  /** The BCP 47 tag of its language (`en`, `ar`, `he`), as the form or front matter gave it. */
  language?: string;
  text: string;
}

/** Where a review decision stands. */
export type ReviewStatus = 'pending' | 'accepted' | 'rejected';

/** The fields of a position a reviewer may correct. */
export interface PositionEdit {
  actorId?: string;
  issueId?: string;
  stance?: Stance;
  condition?: Condition | null;
  date?: string;
}

/** The fields of a meeting a reviewer may correct. */
export interface MeetingEdit {
  date?: FuzzyDate;
  place?: string;
}

/**
 * An extracted record waiting for, or carrying, the user's decision. Proposals and responses are
 * accepted or rejected whole (no edit): the positions they give are derived from them.
 */
export type ReviewItem =
  | {
      kind: 'proposal';
      record: Proposal;
      status: ReviewStatus;
      edit?: undefined;
      reason?: string;
    }
  | {
      kind: 'response';
      record: ProposalResponse;
      status: ReviewStatus;
      edit?: undefined;
      reason?: string;
    }
  | {
      kind: 'position';
      record: Position;
      status: ReviewStatus;
      edit?: PositionEdit;
      reason?: string;
    }
  | {
      kind: 'meeting';
      record: Meeting;
      status: ReviewStatus;
      edit?: MeetingEdit;
      reason?: string;
    };

/**
 * A case the user works on in the browser. `seed` adds to the seed case of the same id (its
 * codebook and records); `codebook` is a new case from a loaded codebook; `import` continues a
 * Dataset JSON brought in from elsewhere.
 */
export interface UserCase {
  id: string;
  basis: 'seed' | 'codebook' | 'import';
  codebook?: Codebook;
  imported?: Dataset;
  articles: UserArticle[];
  items: ReviewItem[];
  updatedAt: string;
}

/** The note a curated record carries when the reviewer gave no reason. */
export const DEFAULT_EDIT_REASON = 'Corrected in the browser review.';
/** The reason a rejected record carries when the reviewer gave none. */
export const DEFAULT_REJECT_REASON = 'Rejected in the browser review.';
/** The note a record coded by hand from a selected span carries. */
export const HAND_CODED_NOTE = 'Coded by hand in the browser.';

/**
 * Whether a person coded the item by hand from a selected span (workspace version 5): the
 * extractor's items are always `extracted`, so a `curated` one in the queue is a person's.
 */
export function isHandCoded(item: ReviewItem): boolean {
  return (item.kind === 'position' || item.kind === 'meeting') && item.record.origin === 'curated';
}

/** A user article as a dataset source. */
export function toSource(article: UserArticle): Source {
  return {
    id: article.id,
    title: article.title,
    published: article.published,
    ...(article.publisher !== undefined && { publisher: article.publisher }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.language !== undefined && { language: article.language }),
    text: article.text,
  };
}

/** An accepted item as the record the dataset shows: an edit turns it curated, keeping evidence. */
export function reviewedRecord(item: ReviewItem): Position | Meeting | Proposal | ProposalResponse {
  if (item.kind === 'proposal' || item.kind === 'response' || !item.edit) return item.record;
  const note = item.reason ?? DEFAULT_EDIT_REASON;
  if (item.kind === 'position') {
    const { condition, ...rest } = item.edit;
    const base: Position = { ...item.record, ...rest, origin: 'curated', note };
    if (condition === null) {
      const { condition: _dropped, ...withoutCondition } = base;
      return withoutCondition;
    }
    return condition !== undefined ? { ...base, condition } : base;
  }
  return { ...item.record, ...item.edit, origin: 'curated', note };
}

/** An empty dataset for a codebook: its case, actors and issues, no sources or records. */
export function datasetFrameOf(codebook: Codebook): Dataset {
  return {
    ...buildDatasetFrame(codebook),
    positions: [],
    meetings: [],
    proposals: [],
    responses: [],
  };
}

/**
 * The dataset a user case shows: its base (the seed case, the imported dataset or the
 * codebook's empty frame), its articles as sources, and only its accepted records, with the
 * positions the accepted proposals and responses derive; rejected ones are listed under
 * `rejected` with their reason (a rejected proposal takes its derived positions with it).
 */
export function buildUserDataset(userCase: UserCase, seed: Dataset | undefined): Dataset {
  const base =
    userCase.basis === 'import' && userCase.imported
      ? userCase.imported
      : userCase.basis === 'seed' && seed
        ? seed
        : userCase.codebook
          ? datasetFrameOf(userCase.codebook)
          : seed;
  if (!base) throw new Error(`case "${userCase.id}" has nothing to build on`);
  const accepted = userCase.items.filter((i) => i.status === 'accepted');
  const rejected: RejectedRecord[] = userCase.items
    .filter((i) => i.status === 'rejected')
    .map((i) => ({
      id: i.record.id,
      kind: i.kind,
      reason: i.reason ?? DEFAULT_REJECT_REASON,
      ...(i.record.evidence && { evidence: i.record.evidence }),
    }));
  const positions = accepted.flatMap((i) =>
    i.kind === 'position' ? [reviewedRecord(i) as Position] : [],
  );
  const meetings = accepted.flatMap((i) =>
    i.kind === 'meeting' ? [reviewedRecord(i) as Meeting] : [],
  );
  const proposals = accepted.flatMap((i) => (i.kind === 'proposal' ? [i.record] : []));
  // A response counts only with its proposal: one to a proposal not accepted is left out.
  const proposalIds = new Set([...base.proposals, ...proposals].map((p) => p.id));
  const responses = accepted.flatMap((i) =>
    i.kind === 'response' && proposalIds.has(i.record.proposalId) ? [i.record] : [],
  );
  const allRejected = [...(base.rejected ?? []), ...rejected];
  // An imported case read with a codebook gains the codebook's actors and issues it lacks.
  const frame =
    userCase.basis === 'import' && userCase.codebook
      ? datasetFrameOf(userCase.codebook)
      : undefined;
  const actorIds = new Set(base.actors.map((a) => a.id));
  const issueIds = new Set(base.issues.map((i) => i.id));
  const dataset: Dataset = {
    ...base,
    actors: [...base.actors, ...(frame?.actors.filter((a) => !actorIds.has(a.id)) ?? [])],
    issues: [...base.issues, ...(frame?.issues.filter((i) => !issueIds.has(i.id)) ?? [])],
    sources: [...base.sources, ...userCase.articles.map(toSource)],
    positions: [...base.positions, ...positions],
    meetings: [...base.meetings, ...meetings],
    proposals: [...base.proposals, ...proposals],
    responses: [...base.responses, ...responses],
    ...(allRejected.length > 0 && { rejected: allRejected }),
  };
  // The base's derived positions are made again with the accepted proposals and responses.
  return proposals.length > 0 || responses.length > 0 ? withDerivedPositions(dataset) : dataset;
}

/** Whether an accepted response is left out because its proposal is not (yet) accepted. */
export function isResponseWithoutProposal(
  item: ReviewItem,
  userCase: UserCase,
  base: Pick<Dataset, 'proposals'> | undefined,
): boolean {
  if (item.kind !== 'response') return false;
  const id = item.record.proposalId;
  if (base?.proposals.some((p) => p.id === id)) return false;
  return !userCase.items.some(
    (i) => i.kind === 'proposal' && i.record.id === id && i.status === 'accepted',
  );
}

/** How many of a case's items are in each state. */
export function countItems(items: readonly ReviewItem[]): Record<ReviewStatus, number> {
  const counts = { pending: 0, accepted: 0, rejected: 0 };
  for (const item of items) counts[item.status] += 1;
  return counts;
}
