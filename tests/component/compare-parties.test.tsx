import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CompareParties } from '../../src/views/compare/compare-parties.tsx';
import { makeHarbourDataset, makePosition } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

function dataset() {
  const d = makeHarbourDataset();
  d.positions.push(
    makePosition({ actorId: 'southport', stance: 'reject' }),
    makePosition({ issueId: 'blockade', stance: 'oppose' }),
  );
  return d;
}

// Not a landmark: a region named "…parties" would clash with the case overview's "Parties".
const region = () =>
  screen.getByRole('heading', { name: 'Compare two parties' }).closest('section') as HTMLElement;
const rowOf = (issue: string) =>
  within(region()).getByRole('rowheader', { name: issue }).closest('tr') as HTMLElement;

describe('<CompareParties />', () => {
  it('compares the first two parties by default, issue by issue', () => {
    renderWithStore(<CompareParties />, { dataset: dataset() });
    expect(screen.getByLabelText('First party')).toHaveDisplayValue('Northland');
    expect(screen.getByLabelText('Second party')).toHaveDisplayValue('Southport');
    expect(rowOf('Harbour access')).toHaveTextContent('Conflict');
    expect(rowOf('End of the blockade')).toHaveTextContent('Only Northland has stated a position.');
  });

  it('shows where one party’s condition waits on the other’s stance', () => {
    renderWithStore(<CompareParties />, { dataset: dataset() });
    expect(rowOf('Fishing quota')).toHaveTextContent(
      'Depends on a condition Southport waits on End of the blockade, where Northland is at oppose.',
    );
  });

  it('swaps the pair when a side picks the other side’s party', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<CompareParties />, { dataset: dataset() });
    await user.selectOptions(screen.getByLabelText('First party'), 'Southport');
    expect(store.getState().compare).toEqual(['southport', 'northland']);
    expect(
      within(region())
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual(['Issue', 'Southport', 'Northland', 'Where they stand']);
  });
});
