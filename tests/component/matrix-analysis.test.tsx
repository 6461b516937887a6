import { fireEvent, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { PositionsMatrix } from '../../src/views/matrix/positions-matrix.tsx';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const grid = () => screen.getByRole('grid', { name: 'Positions matrix' });
const evidence = () => within(screen.getByRole('region', { name: 'Evidence' }));

function renderMatrix(view = {}) {
  return renderWithStore(
    <>
      <PositionsMatrix />
      <EvidencePanel />
    </>,
    { view },
  );
}

describe('<PositionsMatrix /> with the analyses', () => {
  // The panel's body loads after first paint; loaded first here, it renders at once.
  beforeAll(() => evidenceBody.load());

  it('gives an issue that waits for another its one-line verdict in the column header', () => {
    renderMatrix();
    const verdict =
      'unknown: Fishing quota waits for End of the blockade, which no party is named as granting (unknown granter)';
    expect(
      within(grid()).getByRole('columnheader', { name: `Fishing quota ${verdict}` }),
    ).toBeInTheDocument();
    expect(screen.getByTitle(verdict)).toHaveTextContent('unknown — waits for End of the blockade');
  });

  it('in the change mode, names a changed cell "… changed from oppose to open" and shows both dates side by side', async () => {
    const user = userEvent.setup();
    const { store } = renderMatrix();
    fireEvent.change(screen.getByLabelText('From date'), { target: { value: '2024-02-25' } });
    expect(store.getState().change).toBeNull();
    fireEvent.change(screen.getByLabelText('To date'), { target: { value: '2024-03-02' } });
    expect(store.getState().change).toEqual({ from: '2024-02-25', to: '2024-03-02' });
    const cell = within(grid()).getByRole('gridcell', {
      name: 'Northland — Fishing quota: changed from oppose to open',
    });
    expect(cell).toHaveTextContent('▲ Oppose → Open');
    expect(
      within(grid()).getByRole('gridcell', {
        name: 'Southport — Fishing quota: appeared as conditional (no position before) on condition of End of the blockade',
      }),
    ).toBeInTheDocument();
    expect(screen.getByText(/0 changed|1 changed/)).toHaveTextContent(
      'Between 2024-02-25 and 2024-03-02: 1 changed, 2 appeared, 0 disappeared.',
    );

    await user.click(cell);
    expect(
      evidence().getByRole('heading', {
        name: 'Northland — Fishing quota: changed from oppose to open',
      }),
    ).toBeInTheDocument();
    expect(evidence().getByRole('heading', { name: 'As of 2024-02-25' })).toBeInTheDocument();
    expect(evidence().getByRole('heading', { name: 'As of 2024-03-02' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Stop comparing dates' }));
    expect(store.getState().change).toBeNull();
    expect(
      within(grid()).getByRole('gridcell', { name: 'Northland — Fishing quota: open' }),
    ).toBeInTheDocument();
  });

  it('badges a disputed cell once the window covers both reports, and puts them side by side', async () => {
    const user = userEvent.setup();
    const { store } = renderMatrix();
    expect(within(grid()).queryByText('disputed')).toBeNull();
    const input = screen.getByLabelText('Dispute window (days)');
    await user.clear(input);
    await user.type(input, '11');
    expect(store.getState().disputeWindow).toBe(11);
    const cell = within(grid()).getByRole('gridcell', {
      name: 'Northland — Fishing quota: open; disputed: two reports disagree',
    });
    expect(cell).toHaveTextContent('disputed');
    await user.click(cell);
    expect(
      evidence().getByRole('heading', { name: 'Northland — Fishing quota: disputed' }),
    ).toBeInTheDocument();
    expect(
      evidence().getByRole('heading', { name: 'Northland rules out quota talks (2024-02-20)' }),
    ).toBeInTheDocument();
    expect(
      evidence().getByRole('heading', { name: 'Harbour talks resume (2024-03-02)' }),
    ).toBeInTheDocument();
  });

  it('reads its dates and window from the view state', () => {
    renderMatrix({ change: { from: '2024-02-25', to: '2024-03-02' }, disputeWindow: 30 });
    expect(screen.getByLabelText('From date')).toHaveValue('2024-02-25');
    expect(screen.getByLabelText('Dispute window (days)')).toHaveValue(30);
    expect(
      within(grid()).getByRole('gridcell', {
        name: 'Northland — Fishing quota: changed from oppose to open; disputed: two reports disagree',
      }),
    ).toBeInTheDocument();
  });
});
