import { rowsToRender } from '../../../src/views/matrix/matrix-grid.tsx';

describe('rowsToRender()', () => {
  it.each([
    ['every row of a short grid', 0, 4, 2, 4, [[0], [1], [2], [3], [4]]],
    ['the window with gaps around it', 3, 5, 4, 9, [[0, 2], [3], [4], [5], [6, 9]]],
    [
      'the tab stop far above the window as one more row',
      6,
      7,
      1,
      9,
      [[0, 0], [1], [2, 5], [6], [7], [8, 9]],
    ],
    [
      'the tab stop far below the window as one more row',
      0,
      1,
      8,
      9,
      [[0], [1], [2, 7], [8], [9, 9]],
    ],
    ['nothing for an empty grid', 0, -1, 0, -1, []],
  ])('renders %s', (_, first, last, keep, lastRow, expected) => {
    const items = rowsToRender(first, last, keep, lastRow).map((item) =>
      item.gap ? [item.from, item.to] : [item.from],
    );
    expect(items).toEqual(expected);
  });
});
