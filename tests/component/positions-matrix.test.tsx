import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { PositionsMatrix } from '../../src/views/matrix/positions-matrix.tsx';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const grid = () => screen.getByRole('grid', { name: 'Positions matrix' });
const focusedName = () => document.activeElement?.querySelector('.sr-only')?.textContent;

describe('<PositionsMatrix />', () => {
  it('is a grid named "Positions matrix" with parties as rows and issues as columns', () => {
    renderWithStore(<PositionsMatrix />);
    const g = within(grid());
    expect(g.getAllByRole('rowheader').map((h) => h.textContent)).toEqual([
      '▸Northland',
      'Southport',
    ]);
    // The issue's label is the header's first text; a sequencing verdict may follow it.
    expect(g.getAllByRole('columnheader').map((h) => h.firstChild?.textContent)).toEqual([
      'Party',
      'Harbour access',
      'Fishing quota',
      'End of the blockade',
    ]);
  });

  it.each([
    'Northland — Harbour access: demand',
    'Northland — Fishing quota: open',
    'Southport — Fishing quota: conditional on condition of End of the blockade',
    'Southport — Harbour access: no stated position',
  ])('names a cell "%s"', (name) => {
    renderWithStore(<PositionsMatrix />);
    expect(within(grid()).getByRole('gridcell', { name })).toBeInTheDocument();
  });

  it('describes a cell’s date, speaker, origin and other positions', () => {
    renderWithStore(<PositionsMatrix />);
    expect(
      within(grid()).getByRole('gridcell', { name: 'Northland — Fishing quota: open' }),
    ).toHaveAccessibleDescription(
      'Stated 2024-03-02 by Ada Lind; extracted (confidence 80%). 1 other position.',
    );
  });

  it('shows the stance as a word and a glyph, the condition, and the count of others', () => {
    renderWithStore(<PositionsMatrix />);
    const cell = within(grid()).getByRole('gridcell', { name: /Southport — Fishing quota/ });
    expect(cell).toHaveTextContent('◇ Conditional');
    expect(cell).toHaveTextContent('if End of the blockade');
    expect(
      within(grid()).getByRole('gridcell', { name: 'Northland — Fishing quota: open' }),
    ).toHaveTextContent('+1');
  });

  it('has one tab stop and moves it with arrows, Home and End', async () => {
    const user = userEvent.setup();
    renderWithStore(<PositionsMatrix />);
    const cells = within(grid()).getAllByRole('gridcell');
    expect(cells.filter((c) => c.tabIndex === 0)).toHaveLength(1);
    await user.click(cells[0] as HTMLElement);
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('Northland — Fishing quota: open');
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe(
      'Southport — Fishing quota: conditional on condition of End of the blockade',
    );
    await user.keyboard('{Home}');
    expect(focusedName()).toBe('Southport — Harbour access: no stated position');
    await user.keyboard('{End}');
    expect(focusedName()).toBe('Southport — End of the blockade: no stated position');
    await user.keyboard('{Control>}{Home}{/Control}');
    expect(focusedName()).toBe('Northland — Harbour access: demand');
    await user.keyboard('{ArrowUp}{ArrowLeft}');
    expect(focusedName()).toBe('Northland — Harbour access: demand');
    expect(
      within(grid())
        .getAllByRole('gridcell')
        .filter((c) => c.tabIndex === 0),
    ).toHaveLength(1);
  });

  it('selects a cell with Enter or a click', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PositionsMatrix />);
    const cell = within(grid()).getByRole('gridcell', {
      name: 'Northland — Harbour access: demand',
    });
    cell.focus();
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({
      kind: 'cell',
      rowId: 'northland',
      issueId: 'harbour_access',
    });
    expect(cell).toHaveAttribute('aria-selected', 'true');
    await user.click(within(grid()).getByRole('gridcell', { name: /Southport — Fishing quota/ }));
    expect(store.getState().selection).toMatchObject({
      rowId: 'southport',
      issueId: 'fishing_quota',
    });
  });

  it('expands a party into its people with positions', async () => {
    const user = userEvent.setup();
    renderWithStore(<PositionsMatrix />);
    const toggle = screen.getByRole('button', { name: 'Northland' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    expect(
      within(grid()).getByRole('gridcell', { name: 'Ada Lind — Fishing quota: open' }),
    ).toBeInTheDocument();
  });

  it('sorts parties by stance on an issue and issues alphabetically', async () => {
    const user = userEvent.setup();
    renderWithStore(<PositionsMatrix />);
    await user.selectOptions(screen.getByLabelText('Sort parties'), 'Fishing quota');
    expect(
      within(grid())
        .getAllByRole('rowheader')
        .map((h) => h.textContent),
    ).toEqual(['Southport', '▸Northland']);
    await user.selectOptions(screen.getByLabelText('Sort issues'), 'Alphabetical');
    expect(
      within(grid())
        .getAllByRole('columnheader')
        .map((h) => h.firstChild?.textContent),
    ).toEqual(['Party', 'End of the blockade', 'Fishing quota', 'Harbour access']);
  });

  it('has a legend that explains the scale, the condition mark and the borders in words', () => {
    renderWithStore(<PositionsMatrix />);
    const legend = screen.getByRole('heading', { name: 'Legend' }).parentElement as HTMLElement;
    for (const text of [
      'Reject',
      'Demand',
      'Solid border: curated by a person',
      'Dashed border: extracted from the text',
    ]) {
      expect(within(legend).getByText(text)).toBeInTheDocument();
    }
  });

  it('says which parties it shows when a mediator is unselected', () => {
    const { store } = renderWithStore(<PositionsMatrix />);
    act(() => store.getState().toggleMediator('league'));
    expect(
      screen.getByText(/Showing only the parties engaged through these mediators/),
    ).toHaveTextContent('mediated by Island Council or held without a mediator');
  });

  it('explains an empty result and offers to clear the filters', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<PositionsMatrix />, {
      view: { hiddenMediators: ['league', 'council', ''] },
    });
    expect(screen.queryByRole('grid')).not.toBeInTheDocument();
    // The empty state is a status; the export bar beside the analysis controls has its own.
    const empty = screen.getAllByRole('status').find((s) => s.classList.contains('empty-state'));
    expect(empty).toHaveTextContent('No mediator is selected');
    await user.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(store.getState().hiddenMediators).toEqual([]);
    expect(grid()).toBeInTheDocument();
  });

  it('works on a case with no positions: every cell reads "no stated position"', () => {
    renderWithStore(<PositionsMatrix />, { dataset: makeHarbourDataset({ positions: [] }) });
    const names = within(grid())
      .getAllByRole('gridcell')
      .map((c) => c.querySelector('.sr-only')?.textContent);
    expect(names.every((n) => n?.endsWith(': no stated position'))).toBe(true);
    expect(grid()).toHaveTextContent('0 of 6 cells hold a position');
  });

  it('says in its caption which dates it counts', () => {
    renderWithStore(<PositionsMatrix />, {
      view: { range: { from: '2024-02-01', to: '2024-02-29' }, asOf: '2024-02-25' },
    });
    expect(grid()).toHaveTextContent(
      'Latest stated position of each party as of 2024-02-25, counting positions stated from 2024-02-01 to 2024-02-29. 1 of 6 cells hold a position.',
    );
  });
});
