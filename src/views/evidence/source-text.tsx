import { useLayoutEffect, useRef } from 'react';
import type { Source } from '../../domain/dataset.ts';
import { isolateBidi } from '../../domain/isolate-bidi.ts';
import { shownSourceLanguage } from '../shared/bidi-text.tsx';
import { CitationLine } from '../shared/citation-line.tsx';

/** A character range of a source to highlight; `current` is scrolled into view. */
export interface Highlight {
  start: number;
  end: number;
  current: boolean;
}

interface Segment {
  /** Where the segment starts in the text: the leaf's offset for coding a selection. */
  start: number;
  text: string;
  marked: boolean;
  current: boolean;
}

/** Splits a text into plain and highlighted segments; overlapping highlights merge. */
export function segmentText(text: string, highlights: readonly Highlight[]): Segment[] {
  const ranges = highlights
    .map((h) => ({
      start: Math.max(0, Math.min(h.start, text.length)),
      end: Math.max(0, Math.min(h.end, text.length)),
      current: h.current,
    }))
    .filter((h) => h.end > h.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; current: boolean }[] = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last && r.start <= last.end) {
      last.end = Math.max(last.end, r.end);
      last.current ||= r.current;
    } else merged.push({ ...r });
  }
  const segments: Segment[] = [];
  let at = 0;
  for (const r of merged) {
    if (r.start > at)
      segments.push({ start: at, text: text.slice(at, r.start), marked: false, current: false });
    segments.push({
      start: r.start,
      text: text.slice(r.start, r.end),
      marked: true,
      current: r.current,
    });
    at = r.end;
  }
  if (at < text.length)
    segments.push({ start: at, text: text.slice(at), marked: false, current: false });
  return segments;
}

/**
 * A source's full text with the evidence highlighted in `<mark>`, scrolled so the current
 * quote is in view inside its box (the page itself does not jump). Text is rendered as text,
 * in leaves that carry their offsets, so a selection in it can be coded by hand.
 */
export function SourceText({
  source,
  highlights,
}: {
  source: Source;
  highlights: readonly Highlight[];
}) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const segments = segmentText(source.text, highlights);
  // The article's own language and direction: an Arabic or Hebrew report reads right to left.
  const shown = shownSourceLanguage(source);
  const key = highlights.map((h) => `${h.start}-${h.end}`).join(',');
  useLayoutEffect(() => {
    const body = bodyRef.current;
    const mark =
      body?.querySelector<HTMLElement>('mark[data-current]') ?? body?.querySelector('mark');
    if (!body || !mark) return;
    body.scrollTop = Math.max(0, mark.offsetTop - body.clientHeight / 3);
  }, [source.id, key]);
  return (
    <figure className="source-text">
      <figcaption className="source-text__caption">
        <CitationLine citation={source} />
      </figcaption>
      <div
        ref={bodyRef}
        className="source-text__body"
        // Focusable to scroll by keyboard; a named region, as a focusable element needs a role.
        tabIndex={0}
        role="region"
        aria-label={`Text of ${isolateBidi(source.title)}`}
        lang={shown.lang}
        dir={shown.dir}
        // Where a selection is read from (views/coding/read-selection.ts).
        data-source-text={source.id}
      >
        {segments.map((s, i) =>
          s.marked ? (
            <mark key={i} data-current={s.current ? '' : undefined} data-offset={s.start}>
              {s.text}
            </mark>
          ) : (
            <span key={i} data-offset={s.start}>
              {s.text}
            </span>
          ),
        )}
      </div>
    </figure>
  );
}
