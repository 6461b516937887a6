import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { buildPositionMatrix } from '../../../src/domain/position-matrix.ts';
import { layoutMatrix } from '../../../src/layout/matrix-layout.ts';
import { STANCE_STYLES } from '../../../src/layout/stance-style.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const index = buildDatasetIndex(makeHarbourDataset());
const matrix = buildPositionMatrix(index, {
  asOf: undefined,
  range: null,
  hiddenParties: new Set(),
  hiddenIssues: new Set(),
  partyScope: null,
  expanded: new Set(['northland']),
  partySort: { by: 'dataset' },
  issueSort: { by: 'dataset' },
});
const size = { rowHeaderWidth: 100, columnWidth: 50, headerHeight: 40, rowHeight: 20 };
const layout = layoutMatrix(matrix, index, size);

describe('layoutMatrix()', () => {
  it('places headers and cells on a grid of the given sizes', () => {
    expect(layout.width).toBe(100 + 3 * 50);
    expect(layout.height).toBe(40 + 3 * 20);
    expect(layout.columns.map((c) => c.x)).toEqual([100, 150, 200]);
    expect(layout.rows.map((r) => [r.label, r.y, r.depth])).toEqual([
      ['Northland', 40, 0],
      ['Ada Lind', 60, 1],
      ['Southport', 80, 0],
    ]);
    expect(layout.cells[2]?.[1]).toMatchObject({ x: 150, y: 80, width: 50, height: 20 });
  });

  it('names every cell as the accessible-name contract says', () => {
    expect(layout.cells.flat().map((c) => c.name)).toEqual([
      'Northland — Harbour access: demand',
      'Northland — Fishing quota: open',
      'Northland — End of the blockade: no stated position',
      'Ada Lind — Harbour access: no stated position',
      'Ada Lind — Fishing quota: open',
      'Ada Lind — End of the blockade: no stated position',
      'Southport — Harbour access: no stated position',
      'Southport — Fishing quota: conditional on condition of End of the blockade',
      'Southport — End of the blockade: no stated position',
    ]);
  });

  it('gives a filled cell its stance style, condition, origin and count of other positions', () => {
    const quota = layout.cells[0]?.[1];
    expect(quota).toMatchObject({
      stance: 'open',
      style: STANCE_STYLES.open,
      origin: 'extracted',
      otherCount: 1,
    });
    expect(quota?.description).toBe(
      'Stated 2024-03-02 by Ada Lind; extracted (confidence 80%). 1 other position.',
    );
    expect(layout.cells[2]?.[1]?.conditionLabel).toBe('End of the blockade');
  });

  it('draws each stance with a distinct glyph, so colour is never the only cue', () => {
    const glyphs = Object.values(STANCE_STYLES).map((s) => s.glyph);
    expect(new Set(glyphs).size).toBe(glyphs.length);
  });
});
