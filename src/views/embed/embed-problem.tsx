import { EMBED_PARAM, EMBED_VIEWS } from '../../store/embed-param.ts';
import './embed-problem.css';

/** The values `embed` takes, in words: "embed=matrix, embed=timeline or embed=sequencing". */
export function describeEmbedValues(): string {
  const values = EMBED_VIEWS.map((v) => `${EMBED_PARAM}=${v}`);
  return `${values.slice(0, -1).join(', ')} or ${values.at(-1) ?? ''}`;
}

/** Says that a link's `embed` value names no view, and which values do. */
export function EmbedProblem({ value }: { value: string }) {
  return (
    <p className="embed-problem" role="alert">
      The link’s {EMBED_PARAM} parameter is {JSON.stringify(value)}, which names no view that can be
      shown alone: use {describeEmbedValues()}. The full dashboard is shown instead.
    </p>
  );
}
