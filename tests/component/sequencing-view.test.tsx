import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { SequencingView } from '../../src/views/sequencing/sequencing-view.tsx';
import { makeBlockedHarbourDataset, makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const region = () => screen.getByRole('region', { name: 'Sequencing' });
const EDGE = 'Southport: Fishing quota waits for End of the blockade';

describe('<SequencingView />', () => {
  // The panel's body loads after first paint; loaded first here, it renders at once.
  beforeAll(() => evidenceBody.load());

  it('is a region named "Sequencing" whose issues and conditions are buttons named for screen readers', () => {
    renderWithStore(<SequencingView />, { dataset: makeBlockedHarbourDataset() });
    const r = within(region());
    expect(r.getAllByRole('button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Fishing quota — blocked: waits for End of the blockade, which Northland rejects',
      EDGE,
      'End of the blockade — blocked: granted by Northland, which rejects it',
    ]);
    expect(
      r.getByText('blocked: Fishing quota waits for End of the blockade, which Northland rejects'),
    ).toBeInTheDocument();
    // The full verdict, which repeats the label the name already holds, is the description.
    expect(r.getAllByRole('button')[0]).toHaveAccessibleDescription(
      'blocked: Fishing quota waits for End of the blockade, which Northland rejects',
    );
  });

  it('reaches every node and edge with Tab, in the graph’s order', async () => {
    const user = userEvent.setup();
    renderWithStore(<SequencingView />, { dataset: makeBlockedHarbourDataset() });
    const buttons = within(region()).getAllByRole('button');
    for (const button of buttons) {
      await user.tab();
      expect(button).toHaveFocus();
    }
  });

  it('shows an edge’s condition and the granter’s stance in the evidence panel', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(
      <>
        <SequencingView />
        <EvidencePanel />
      </>,
      { dataset: makeBlockedHarbourDataset() },
    );
    await user.click(within(region()).getByRole('button', { name: EDGE }));
    expect(store.getState().selection).toEqual({
      kind: 'position',
      positionId: 'southport-fishing_quota-2024-03-02',
    });
    const evidence = within(screen.getByRole('region', { name: 'Evidence' }));
    expect(evidence.getByRole('heading', { name: EDGE })).toBeInTheDocument();
    expect(
      evidence.getByText('Southport will not discuss the fishing quota until the blockade ends.'),
    ).toBeInTheDocument();
    expect(
      evidence.getByRole('heading', { name: 'Where the granters of End of the blockade stand' }),
    ).toBeInTheDocument();
    expect(
      evidence.getByText('End of the blockade is granted by Northland, which rejects it.'),
    ).toBeInTheDocument();
    expect(within(region()).getByRole('button', { name: EDGE })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
  });

  it('shows a node’s conditions in the evidence panel', async () => {
    const user = userEvent.setup();
    renderWithStore(
      <>
        <SequencingView />
        <EvidencePanel />
      </>,
      { dataset: makeBlockedHarbourDataset() },
    );
    await user.click(within(region()).getByRole('button', { name: /^Fishing quota — / }));
    const evidence = within(screen.getByRole('region', { name: 'Evidence' }));
    expect(evidence.getByRole('heading', { name: 'Fishing quota' })).toBeInTheDocument();
    expect(evidence.getByRole('heading', { name: 'Conditions it waits for' })).toBeInTheDocument();
  });

  it('reports an unknown granter rather than failing', () => {
    renderWithStore(<SequencingView />);
    expect(
      within(region()).getByRole('button', {
        name: 'End of the blockade — unknown: no party is named as granting it (unknown granter)',
      }),
    ).toBeInTheDocument();
  });

  it('says so when no condition links two issues', () => {
    const base = makeHarbourDataset();
    renderWithStore(<SequencingView />, {
      dataset: { ...base, positions: base.positions.filter((p) => p.stance !== 'conditional') },
    });
    expect(within(region()).getByRole('status')).toHaveTextContent(
      'No party makes one issue wait for another as of 2024-03-02.',
    );
  });
});
