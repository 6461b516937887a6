import type { Codebook } from '../domain/codebook-schema.ts';
import type { Meeting, Position, Proposal, ProposalResponse } from '../domain/dataset.ts';
import type { UserArticle } from '../workspace/user-case.ts';

/** A codebook as parsed, or as its YAML file (parsed in the worker, off the main thread). */
export type CodebookInput = { codebook: Codebook } | { file: string; yaml: string };

/** What the page asks the extraction worker to do. */
export interface ExtractRequest {
  codebook: CodebookInput;
  articles: UserArticle[];
}

/** What one article yielded. */
export interface ArticleExtraction {
  articleId: string;
  positions: Position[];
  meetings: Meeting[];
  proposals: Proposal[];
  responses: ProposalResponse[];
  warnings: string[];
}

/**
 * What the worker reports: progress before each article, its records in small batches (a
 * batch is quick to receive, so the page never stalls on one big message), then the end.
 */
export type ExtractMessage =
  | { type: 'progress'; done: number; total: number; current?: string }
  | { type: 'records'; result: ArticleExtraction }
  | { type: 'done' }
  | { type: 'error'; message: string; details?: string[] };
