import type { ReactNode } from 'react';
import type { Position } from '../../domain/dataset.ts';
import type { AnalysisEvidence } from '../../store/analysis-selectors.ts';

/**
 * What the analyses add to the evidence panel: a heading, a line of explanation, and groups
 * of records — side by side for the two dates of a change or the two reports of a dispute.
 * Records are drawn by the panel (`renderRecord`), so they look like every other record.
 */
export function AnalysisEvidenceBlocks({
  blocks,
  renderRecord,
}: {
  blocks: readonly AnalysisEvidence[];
  renderRecord: (position: Position) => ReactNode;
}) {
  return (
    <>
      {blocks.map((block) => (
        <section key={block.title} className="analysis-evidence" aria-label={block.title}>
          <h3 className="evidence__title">{block.title}</h3>
          {block.summary && <p className="analysis-evidence__summary">{block.summary}</p>}
          <div
            className={
              block.sideBySide
                ? 'analysis-evidence__groups analysis-evidence__groups--side-by-side'
                : 'analysis-evidence__groups'
            }
          >
            {block.groups.map((group) => (
              <div key={group.heading} className="analysis-evidence__group">
                <h4 className="analysis-evidence__heading">{group.heading}</h4>
                {group.note && <p className="analysis-evidence__note">{group.note}</p>}
                {group.positions.length === 0 ? (
                  <p className="analysis-evidence__empty">{group.empty ?? 'No record.'}</p>
                ) : (
                  <ol className="evidence__records">{group.positions.map(renderRecord)}</ol>
                )}
              </div>
            ))}
          </div>
        </section>
      ))}
    </>
  );
}
