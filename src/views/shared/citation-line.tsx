import type { Citation, Source } from '../../domain/dataset.ts';

/** A source's or citation's title (linked when it has a URL), publisher and date, as text. */
export function CitationLine({ citation }: { citation: Citation | Source }) {
  const title = citation.url ? (
    <a href={citation.url} rel="noreferrer noopener" target="_blank">
      {citation.title}
    </a>
  ) : (
    <cite>{citation.title}</cite>
  );
  return (
    <span className="citation">
      {title}
      {citation.publisher && <span className="citation__meta"> — {citation.publisher}</span>}
      {citation.published && (
        <span className="citation__meta">
          , <time dateTime={citation.published}>{citation.published}</time>
        </span>
      )}
    </span>
  );
}
