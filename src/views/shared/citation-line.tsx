import type { Citation, Source } from '../../domain/dataset.ts';
import { detectScriptLanguage } from '../../domain/text-direction.ts';

/** A source's or citation's title (linked when it has a URL), publisher and date, as text. */
export function CitationLine({ citation }: { citation: Citation | Source }) {
  // A title in Arabic or Hebrew script says so (its direction comes from the CSS).
  const lang = detectScriptLanguage(citation.title).language;
  const title = citation.url ? (
    <a href={citation.url} rel="noreferrer noopener" target="_blank" lang={lang}>
      {citation.title}
    </a>
  ) : (
    <cite lang={lang}>{citation.title}</cite>
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
