import type { Evidence, Source } from '../domain/dataset.ts';

/** One end of a selection, as a character offset into a source's text. */
export interface TextPoint {
  sourceId: string;
  offset: number;
  /** Which shown excerpt of the source the point is in, where a page shows several. */
  excerpt?: number;
}

/**
 * A selection read from the page: its two ends (in document order), each `null` when it lies
 * outside any article text. `null` itself means nothing is selected.
 */
export interface SelectedPoints {
  start: TextPoint | null;
  end: TextPoint | null;
}

/** A checked selection: the evidence it gives, or why it gives none. */
export type SpanCheck = { ok: true; evidence: Evidence } | { ok: false; message: string };

/** What the user is told when nothing (or only spaces) is selected. */
export const EMPTY_SELECTION = 'Select some text of the article first.';

const SPACE = /\s/u;

/**
 * Checks a selection as the evidence of a record coded by hand: both ends in the text of one
 * source of the case, within its bounds, and something other than spaces between them. The
 * offsets are trimmed to the non-space text, so the quote is exactly `text.slice(start, end)`.
 */
export function checkSelectedSpan(
  points: SelectedPoints | null,
  sources: readonly Pick<Source, 'id' | 'title' | 'text'>[],
): SpanCheck {
  if (!points || (points.start === null && points.end === null))
    return { ok: false, message: EMPTY_SELECTION };
  const { start, end } = points;
  if (start === null || end === null)
    return {
      ok: false,
      message:
        'The selection goes beyond the article text: select words inside the text of one article.',
    };
  const titleOf = (id: string) => sources.find((s) => s.id === id)?.title ?? id;
  if (start.sourceId !== end.sourceId)
    return {
      ok: false,
      message: `The selection spans two sources (“${titleOf(start.sourceId)}” and “${titleOf(end.sourceId)}”): a record’s evidence is words of one article. Select within one of them.`,
    };
  if (start.excerpt !== undefined && end.excerpt !== undefined && start.excerpt !== end.excerpt)
    return {
      ok: false,
      message: `The selection spans two excerpts of “${titleOf(start.sourceId)}”, with words between them that are not shown. Select within one excerpt.`,
    };
  const source = sources.find((s) => s.id === start.sourceId);
  if (!source)
    return {
      ok: false,
      message: `The selected text belongs to no source of this case (“${start.sourceId}”).`,
    };
  let from = Math.min(start.offset, end.offset);
  let to = Math.max(start.offset, end.offset);
  if (!Number.isInteger(from) || !Number.isInteger(to) || from < 0 || to > source.text.length)
    return {
      ok: false,
      message: `The selection (characters ${from}–${to}) is outside the text of “${source.title}”, which has ${source.text.length} characters.`,
    };
  while (from < to && SPACE.test(source.text.charAt(from))) from += 1;
  while (to > from && SPACE.test(source.text.charAt(to - 1))) to -= 1;
  if (to <= from) return { ok: false, message: EMPTY_SELECTION };
  return {
    ok: true,
    evidence: { sourceId: source.id, start: from, end: to, quote: source.text.slice(from, to) },
  };
}
