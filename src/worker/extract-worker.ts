/// <reference lib="webworker" />
import { compileCodebook } from '../extract/codebook-matcher.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { readCodebookText } from '../workspace/import-dataset.ts';
import type { ExtractMessage, ExtractRequest } from './extract-protocol.ts';

// Runs the extractor off the main thread: the page stays responsive while it reads.
const scope = self as unknown as DedicatedWorkerGlobalScope;
const post = (message: ExtractMessage) => scope.postMessage(message);
const BATCH = 300;

scope.onmessage = (event: MessageEvent<ExtractRequest>) => {
  const { codebook: input, articles } = event.data;
  try {
    let codebook = 'codebook' in input ? input.codebook : undefined;
    if (!('codebook' in input)) {
      const read = readCodebookText(input.file, input.yaml);
      if (!read.ok) {
        post({
          type: 'error',
          message: read.message,
          ...(read.details && { details: read.details }),
        });
        return;
      }
      codebook = read.value;
    }
    if (!codebook) return;
    const matcher = compileCodebook(codebook);
    articles.forEach((article, i) => {
      post({ type: 'progress', done: i, total: articles.length, current: article.title });
      const { positions, meetings, proposals, responses, warnings } = extractArticle(
        article,
        matcher,
      );
      const batches = Math.max(1, Math.ceil((positions.length + meetings.length) / BATCH));
      for (let b = 0; b < batches; b++) {
        post({
          type: 'records',
          result: {
            articleId: article.id,
            positions: positions.slice(b * BATCH, (b + 1) * BATCH),
            meetings: b === batches - 1 ? meetings : [],
            proposals: b === batches - 1 ? proposals : [],
            responses: b === batches - 1 ? responses : [],
            warnings: b === 0 ? warnings : [],
          },
        });
      }
    });
    post({ type: 'progress', done: articles.length, total: articles.length });
    post({ type: 'done' });
  } catch (error) {
    post({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
