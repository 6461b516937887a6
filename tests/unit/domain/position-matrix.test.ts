import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import type { MatrixOptions } from '../../../src/domain/position-matrix.ts';
import { buildPositionMatrix, selectCellPositions } from '../../../src/domain/position-matrix.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { makeHarbourDataset, makePosition } from '../../fixtures/dataset-builders.ts';

function options(overrides: Partial<MatrixOptions> = {}): MatrixOptions {
  return {
    asOf: undefined,
    range: null,
    hiddenParties: new Set(),
    hiddenIssues: new Set(),
    partyScope: null,
    expanded: new Set(),
    partySort: { by: 'dataset' },
    issueSort: { by: 'dataset' },
    ...overrides,
  };
}

const index = buildDatasetIndex(makeHarbourDataset());
const stances = (matrix: ReturnType<typeof buildPositionMatrix>) =>
  matrix.cells.map((row) => row.map((c) => c.current?.stance ?? '-'));

describe('buildPositionMatrix()', () => {
  it('runs on a valid dataset (the harbour fixture validates)', () => {
    expect(validateDataset(makeHarbourDataset())).toMatchObject({ ok: true });
  });

  it('has parties as rows and issues as columns, in dataset order', () => {
    const matrix = buildPositionMatrix(index, options());
    expect(matrix.rows.map((r) => r.id)).toEqual(['northland', 'southport']);
    expect(matrix.columns.map((c) => c.id)).toEqual([
      'harbour_access',
      'fishing_quota',
      'blockade',
    ]);
  });

  it('shows the latest position of a party, counting its people, and lists the others', () => {
    const matrix = buildPositionMatrix(index, options());
    expect(stances(matrix)).toEqual([
      ['demand', 'open', '-'],
      ['-', 'conditional', '-'],
    ]);
    const quota = matrix.cells[0]?.[1];
    expect(quota?.current?.actorId).toBe('ada-lind');
    expect(quota?.others.map((p) => p.stance)).toEqual(['oppose']);
    expect(matrix.filledCount).toBe(3);
  });

  it('shows positions as of a date: later ones do not count', () => {
    const matrix = buildPositionMatrix(index, options({ asOf: '2024-02-25' }));
    expect(stances(matrix)).toEqual([
      ['-', 'oppose', '-'],
      ['-', '-', '-'],
    ]);
  });

  it('counts only positions stated within the date range', () => {
    const matrix = buildPositionMatrix(
      index,
      options({ range: { from: '2024-03-01', to: '2024-03-31' } }),
    );
    expect(matrix.cells[0]?.[1]?.others).toEqual([]);
    expect(
      buildPositionMatrix(index, options({ range: { from: '2024-01-01', to: '2024-01-31' } }))
        .filledCount,
    ).toBe(0);
  });

  it('expands a party into its factions and people that state positions', () => {
    const matrix = buildPositionMatrix(index, options({ expanded: new Set(['northland']) }));
    expect(matrix.rows.map((r) => [r.id, r.depth])).toEqual([
      ['northland', 0],
      ['ada-lind', 1],
      ['southport', 0],
    ]);
    expect(matrix.rows[0]).toMatchObject({ expandable: true, expanded: true });
    // Southport's dockers state nothing: no row for them, nothing to expand.
    expect(matrix.rows[2]).toMatchObject({ expandable: false });
    expect(stances(matrix)[1]).toEqual(['-', 'open', '-']);
  });

  it.each([
    ['hidden parties', options({ hiddenParties: new Set(['northland']) }), ['southport']],
    ['a party scope', options({ partyScope: new Set(['northland']) }), ['northland']],
    ['an empty party scope', options({ partyScope: new Set() }), []],
  ])('leaves out rows by %s', (_, opts, rows) => {
    expect(buildPositionMatrix(index, opts).rows.map((r) => r.id)).toEqual(rows);
  });

  it('leaves out hidden issues', () => {
    const matrix = buildPositionMatrix(index, options({ hiddenIssues: new Set(['blockade']) }));
    expect(matrix.columns.map((c) => c.id)).toEqual(['harbour_access', 'fishing_quota']);
  });

  it.each([
    ['alphabetically', { by: 'name' } as const, ['northland', 'southport']],
    [
      'by stance on an issue, strongest first',
      { by: 'stance', key: 'fishing_quota' } as const,
      ['southport', 'northland'],
    ],
    [
      'by stance, parties without one last',
      { by: 'stance', key: 'harbour_access' } as const,
      ['northland', 'southport'],
    ],
  ])('sorts parties %s', (_, partySort, rows) => {
    expect(buildPositionMatrix(index, options({ partySort })).rows.map((r) => r.id)).toEqual(rows);
  });

  it.each([
    ['alphabetically', { by: 'name' } as const, ['blockade', 'fishing_quota', 'harbour_access']],
    [
      'by a party’s stance',
      { by: 'stance', key: 'northland' } as const,
      ['harbour_access', 'fishing_quota', 'blockade'],
    ],
  ])('sorts issues %s', (_, issueSort, columns) => {
    expect(buildPositionMatrix(index, options({ issueSort })).columns.map((c) => c.id)).toEqual(
      columns,
    );
  });

  it('adds a row for a mediator that states a position', () => {
    const dataset = makeHarbourDataset();
    dataset.positions.push(makePosition({ actorId: 'league', stance: 'support' }));
    const matrix = buildPositionMatrix(buildDatasetIndex(dataset), options());
    expect(matrix.rows.map((r) => r.id)).toEqual(['northland', 'southport', 'league']);
  });

  it('works on a dataset with no positions: every cell is empty', () => {
    const matrix = buildPositionMatrix(
      buildDatasetIndex(makeHarbourDataset({ positions: [] })),
      options(),
    );
    expect(matrix.rows).toHaveLength(2);
    expect(matrix.filledCount).toBe(0);
  });
});

describe('selectCellPositions()', () => {
  it('on one day prefers a curated record to an extracted one', () => {
    const dataset = makeHarbourDataset({
      positions: [
        makePosition({ id: 'a', stance: 'demand', origin: 'curated', confidence: 1 }),
        makePosition({ id: 'b', stance: 'support' }),
      ],
    });
    const cell = selectCellPositions(
      buildDatasetIndex(dataset),
      'northland',
      'harbour_access',
      undefined,
      null,
    );
    expect(cell.map((p) => p.id)).toEqual(['a', 'b']);
  });
});
