import { lazy, Suspense, useRef } from 'react';
import type { DatasetIndex } from '../../domain/dataset-index.ts';
import type { Citation, Evidence } from '../../domain/dataset.ts';
import { shownQuoteLanguage } from '../../domain/language.ts';
import { BidiText, shownSourceLanguage } from '../shared/bidi-text.tsx';
import { CitationLine } from '../shared/citation-line.tsx';
import type { Highlight } from './source-text.tsx';
import { SourceText } from './source-text.tsx';

// Coding by hand loads on its own, when a source text is first shown.
const CodeSelectionBar = lazy(() =>
  import('../coding/code-selection-bar.tsx').then((m) => ({ default: m.CodeSelectionBar })),
);

/** How a record came to be: extracted by a rule with a confidence, or curated with a citation. */
export function Provenance({
  origin,
  rule,
  confidence,
  citation,
}: {
  origin: 'extracted' | 'curated';
  rule?: string | undefined;
  confidence?: number | undefined;
  citation?: Citation | undefined;
}) {
  return (
    <p className={`provenance provenance--${origin}`}>
      {origin === 'extracted' ? (
        <>
          Extracted from the text
          {rule && (
            <>
              {' '}
              by rule <code>{rule}</code>
            </>
          )}
          {confidence !== undefined && <>, confidence {Math.round(confidence * 100)}%</>}.
        </>
      ) : (
        <>
          Curated by a person
          {confidence !== undefined && `, confidence ${Math.round(confidence * 100)}%`}.
        </>
      )}
      {citation && (
        <>
          {' '}
          Cited source: <CitationLine citation={citation} />
        </>
      )}
    </p>
  );
}

/**
 * Every source the records point into, with all their quotes highlighted; the first is current.
 * Words selected in them can be coded by hand ("Code selection") once the workspace is ready.
 */
export function SourceTexts({
  evidences,
  index,
}: {
  evidences: readonly Evidence[];
  index: DatasetIndex;
}) {
  const bySource = new Map<string, Highlight[]>();
  evidences.forEach((e, i) => {
    const list = bySource.get(e.sourceId) ?? [];
    list.push({ start: e.start, end: e.end, current: i === 0 });
    bySource.set(e.sourceId, list);
  });
  const scope = useRef<HTMLDivElement>(null);
  const shown = [...bySource].flatMap(([sourceId, highlights]) => {
    const source = index.sourcesById.get(sourceId);
    return source ? [{ source, highlights }] : [];
  });
  if (shown.length === 0) return null;
  return (
    <>
      <Suspense fallback={null}>
        <CodeSelectionBar scope={scope} sentences />
      </Suspense>
      <div ref={scope} className="source-texts">
        {shown.map(({ source, highlights }) => (
          <SourceText key={source.id} source={source} highlights={highlights} />
        ))}
      </div>
    </>
  );
}

/**
 * A record's sentence as a quote, in its language and direction (its source's, or its own
 * script's when an English report quotes Arabic or Hebrew), with runs written the other way
 * isolated.
 */
export function EvidenceQuote({ evidence, index }: { evidence: Evidence; index: DatasetIndex }) {
  const source = index.sourcesById.get(evidence.sourceId);
  const shown = shownQuoteLanguage(
    evidence.quote,
    source ? shownSourceLanguage(source) : { dir: 'ltr' },
  );
  return (
    <blockquote className="evidence-record__quote" lang={shown.lang} dir={shown.dir}>
      <BidiText text={evidence.quote} dir={shown.dir} />
    </blockquote>
  );
}

/** A record's sentence as a quote, else its citation, else a word that there is neither. */
export function QuoteOrCitation({
  evidence,
  citation,
  index,
}: {
  evidence: Evidence | undefined;
  citation: Citation | undefined;
  index: DatasetIndex;
}) {
  if (evidence) return <EvidenceQuote evidence={evidence} index={index} />;
  if (citation)
    return (
      <p className="evidence-record__cited">
        Cited source: <CitationLine citation={citation} />
      </p>
    );
  return <p className="evidence-record__cited">No sentence or citation is recorded for it.</p>;
}
