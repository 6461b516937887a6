/** The views a page can embed alone: `?embed=matrix`, `?embed=timeline`, `?embed=sequencing`. */
export const EMBED_VIEWS = ['matrix', 'timeline', 'sequencing'] as const;

/** A view that can be embedded alone. */
export type EmbedView = (typeof EMBED_VIEWS)[number];

/** The query parameter that asks for embed mode. */
export const EMBED_PARAM = 'embed';

/** What a link's `embed` parameter asks for: nothing, one view, or a value no view answers to. */
export type EmbedRequest =
  { kind: 'none' } | { kind: 'view'; view: EmbedView } | { kind: 'unknown'; value: string };

/** Reads the `embed` parameter of a query string. */
export function parseEmbedParam(search: string): EmbedRequest {
  const value = new URLSearchParams(search).get(EMBED_PARAM);
  if (value === null) return { kind: 'none' };
  const view = EMBED_VIEWS.find((v) => v === value);
  return view ? { kind: 'view', view } : { kind: 'unknown', value };
}
