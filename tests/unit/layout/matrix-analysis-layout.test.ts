import { compareStancesBetween } from '../../../src/analysis/change-between-dates.ts';
import { findDisputedClaims } from '../../../src/analysis/disputed-claims.ts';
import { partyIssueKey } from '../../../src/analysis/party-positions.ts';
import { buildSequencingGraph } from '../../../src/analysis/sequencing.ts';
import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { buildPositionMatrix } from '../../../src/domain/position-matrix.ts';
import {
  layoutMatrixAnalysis,
  layoutMatrixAnalysisRows,
} from '../../../src/layout/matrix-analysis-layout.ts';
import {
  layoutMatrix,
  layoutMatrixFrame,
  placeMatrixRow,
} from '../../../src/layout/matrix-layout.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const dataset = makeHarbourDataset();
const index = buildDatasetIndex(dataset);
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
const layout = layoutMatrix(matrix, index);

function analyse(change: { from: string; to: string } | null, window = 7) {
  const changes =
    change &&
    new Map(
      compareStancesBetween(dataset, change.from, change.to).map((c) => [
        partyIssueKey(c.partyId, c.issueId),
        c,
      ]),
    );
  return layoutMatrixAnalysis(layout, {
    verdicts: buildSequencingGraph(dataset).verdicts,
    changes,
    changeDays: change,
    disputes: findDisputedClaims(dataset, window),
    issuesById: index.issuesById,
  });
}

const names = (l: ReturnType<typeof analyse>) => l.cells.flat().map((c) => c.name);

describe('layoutMatrixAnalysis()', () => {
  it('puts the verdict of an issue that waits for another in its column', () => {
    expect(analyse(null).columns.map((c) => c.verdict?.class)).toEqual([
      undefined,
      'unknown',
      undefined,
    ]);
  });

  it('leaves the cells as they were outside the change mode and without disputes', () => {
    const l = analyse(null);
    expect(names(l)).toEqual(layout.cells.flat().map((c) => c.name));
    expect(l.cells.flat().every((c) => c.change === undefined && !c.disputed)).toBe(true);
  });

  it('names changed and appeared cells, with an arrow’s direction and both stances', () => {
    const l = analyse({ from: '2024-02-25', to: '2024-03-02' });
    expect(names(l)).toEqual(
      expect.arrayContaining([
        'Northland — Fishing quota: changed from oppose to open',
        'Northland — Harbour access: appeared as demand (no position before)',
        'Southport — Fishing quota: appeared as conditional (no position before) on condition of End of the blockade',
        // A person's row keeps its own name: the analyses count for parties.
        'Ada Lind — Fishing quota: open',
      ]),
    );
    const quota = l.cells.flat().find((c) => c.name.startsWith('Northland — Fishing quota'));
    expect(quota?.change).toMatchObject({
      change: 'changed',
      direction: 1,
      before: { stance: 'oppose' },
      after: { stance: 'open' },
    });
    expect(quota?.description).toBe(
      'As of 2024-02-25: oppose, stated 2024-02-20. As of 2024-03-02: open, stated 2024-03-02.',
    );
  });

  it('marks a disputed cell in its name once the window covers both reports', () => {
    expect(names(analyse(null, 10)).some((n) => n.includes('disputed'))).toBe(false);
    expect(names(analyse(null, 11))).toContain(
      'Northland — Fishing quota: open; disputed: two reports disagree',
    );
  });
});

describe('layoutMatrixAnalysisRows()', () => {
  const analysis = () => {
    const change = { from: '2024-01-01', to: '2024-03-02' };
    return {
      verdicts: buildSequencingGraph(dataset).verdicts,
      changes: new Map(
        compareStancesBetween(dataset, change.from, change.to).map((c) => [
          partyIssueKey(c.partyId, c.issueId),
          c,
        ]),
      ),
      changeDays: change,
      disputes: findDisputedClaims(dataset, 400),
      issuesById: index.issuesById,
    };
  };

  it('places each row as layoutMatrixAnalysis() does, only when asked, once', () => {
    const frame = layoutMatrixFrame(matrix);
    const placed: number[] = [];
    const rows = layoutMatrixAnalysisRows(
      frame,
      (r) => {
        placed.push(r);
        return placeMatrixRow(matrix, frame, index, r);
      },
      analysis(),
    );
    expect(placed).toEqual([]);
    const whole = layoutMatrixAnalysis(layout, analysis());
    expect(rows.columns).toEqual(whole.columns);
    expect(rows.rowCells(1)).toEqual(whole.cells[1]);
    expect(rows.rowCells(1)).toBe(rows.rowCells(1));
    expect(placed).toEqual([1]);
    frame.rows.forEach((_, r) => expect(rows.rowCells(r)).toEqual(whole.cells[r]));
  });
});
