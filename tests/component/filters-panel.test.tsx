import { fireEvent, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NO_MEDIATOR } from '../../src/domain/meetings-in-range.ts';
import { FiltersPanel } from '../../src/views/filters/filters-panel.tsx';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

describe('<FiltersPanel />', () => {
  it('names each mediator’s checkbox after the mediator, all checked by default', () => {
    renderWithStore(<FiltersPanel />);
    for (const name of ['Coastal League', 'Island Council', 'No mediator']) {
      expect(screen.getByRole('checkbox', { name })).toBeChecked();
    }
  });

  it('toggles mediators, parties and issues in the store', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    await user.click(screen.getByRole('checkbox', { name: 'Coastal League' }));
    await user.click(screen.getByRole('checkbox', { name: 'No mediator' }));
    await user.click(screen.getByRole('checkbox', { name: 'Southport' }));
    await user.click(screen.getByRole('checkbox', { name: 'Fishing quota' }));
    expect(store.getState()).toMatchObject({
      hiddenMediators: ['league', NO_MEDIATOR],
      hiddenParties: ['southport'],
      hiddenIssues: ['fishing_quota'],
    });
    expect(screen.getByRole('checkbox', { name: 'Coastal League' })).not.toBeChecked();
  });

  it('sets the as-of date and the date range with labelled date fields', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    const asOf = screen.getByLabelText('As of');
    expect(asOf).toHaveValue('2024-03-02');
    fireEvent.change(asOf, { target: { value: '2024-02-25' } });
    expect(store.getState().asOf).toBe('2024-02-25');
    fireEvent.change(screen.getByLabelText('From'), { target: { value: '2024-02-10' } });
    expect(store.getState().range).toEqual({ from: '2024-02-10', to: '2024-03-02' });
    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2024-02-01' } });
    expect(store.getState().range).toEqual({ from: '2024-02-01', to: '2024-02-10' });
    await user.click(screen.getByRole('button', { name: 'Clear date range' }));
    expect(store.getState().range).toBeNull();
  });

  it('resets every filter', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<FiltersPanel />);
    const reset = screen.getByRole('button', { name: 'Reset filters' });
    expect(reset).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Island Council' }));
    await user.click(reset);
    expect(store.getState().hiddenMediators).toEqual([]);
  });
});
