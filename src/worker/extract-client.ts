import type { UserArticle } from '../workspace/user-case.ts';
import type { ArticleExtraction, CodebookInput, ExtractMessage } from './extract-protocol.ts';

/** Progress of a running extraction: articles done of the total, and the one being read. */
export interface ExtractProgress {
  done: number;
  total: number;
  current?: string;
}

/** A running extraction: its outcome, and a way to stop it. */
export interface ExtractJob {
  result: Promise<ArticleExtraction[]>;
  cancel: () => void;
}

/** Runs an extraction: in a Worker in the app, in-process in tests. */
export type ExtractRunner = (
  codebook: CodebookInput,
  articles: UserArticle[],
  onProgress: (progress: ExtractProgress) => void,
) => ExtractJob;

/** Thrown when the worker cannot read the codebook, with the problems found in it. */
export class CodebookProblems extends Error {
  constructor(
    message: string,
    readonly details: string[],
  ) {
    super(message);
    this.name = 'CodebookProblems';
  }
}

/** Thrown (as the job's rejection) when the user cancels. */
export class ExtractCancelled extends Error {
  constructor() {
    super('Extraction cancelled.');
    this.name = 'ExtractCancelled';
  }
}

/**
 * Extracts in a fresh module Worker, ended when the job ends: cancelling terminates it
 * at once, even in the middle of a long article. The extractor's code is fetched only now.
 */
export const extractInWorker: ExtractRunner = (codebook, articles, onProgress) => {
  const worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  let settle: { reject: (e: Error) => void } | undefined;
  const result = new Promise<ArticleExtraction[]>((resolve, reject) => {
    settle = { reject };
    const results: ArticleExtraction[] = [];
    worker.onmessage = (event: MessageEvent<ExtractMessage>) => {
      const message = event.data;
      if (message.type === 'progress') onProgress(message);
      else if (message.type === 'records') {
        const last = results[results.length - 1];
        const batch = message.result;
        if (last?.articleId === batch.articleId) {
          last.positions.push(...batch.positions);
          last.meetings.push(...batch.meetings);
          last.proposals.push(...batch.proposals);
          last.responses.push(...batch.responses);
          last.warnings.push(...batch.warnings);
        } else results.push(batch);
      } else {
        worker.terminate();
        if (message.type === 'done') resolve(results);
        else if (message.details) reject(new CodebookProblems(message.message, message.details));
        else reject(new Error(message.message));
      }
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || 'The extraction worker failed to start.'));
    };
  });
  worker.postMessage({ codebook, articles });
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle?.reject(new ExtractCancelled());
    },
  };
};
