import type { Issue, Position } from '../../domain/dataset.ts';
import { describeCondition } from '../../domain/describe.ts';
import { STANCE_STYLES } from '../../layout/stance-style.ts';

/** A position's stance as a coloured badge with its glyph and word, and its condition. */
export function StanceBadge({
  position,
  issuesById,
}: {
  position: Position | undefined;
  issuesById: ReadonlyMap<string, Issue>;
}) {
  if (!position) return <span className="stance-badge stance-badge--none">no stated position</span>;
  const style = STANCE_STYLES[position.stance];
  return (
    <span className="stance-badge-group">
      <span
        className={`stance-badge stance-badge--${position.origin}`}
        style={{ background: style.fill, color: style.text }}
      >
        <span aria-hidden="true">{style.glyph} </span>
        {position.stance}
      </span>
      {position.condition && (
        <span className="stance-badge__condition">
          {' '}
          on condition of {describeCondition(position.condition, issuesById)}
        </span>
      )}
    </span>
  );
}
