import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { DashboardStoreProvider } from '../../src/store/store-context.tsx';
import { WorkspacePanel } from '../../src/views/workspace/workspace-panel.tsx';
import { createWorkspaceStore } from '../../src/workspace/workspace-store.ts';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { TINY_CODEBOOK } from '../fixtures/tiny-case.ts';
import {
  extractInProcess,
  extractWithProposals,
  must,
  USER_PLAN_TEXT,
} from '../fixtures/workspace-builders.ts';

function renderPanel(extract = extractInProcess) {
  const dataset = {
    ...makeHarbourDataset(),
    case: { id: 'harbour-talks', title: 'Harbour access talks' },
  };
  const dashboard = createDashboardStore([dataset]);
  const backend = createMemoryBackend();
  const workspace = createWorkspaceStore({
    dashboard,
    storage: createWorkspaceStorage(backend),
    extract,
    loadSeedFiles: async (id) =>
      id === 'harbour-talks'
        ? { codebookPath: 'codebook.yaml', codebookYaml: TINY_CODEBOOK }
        : undefined,
  });
  render(
    <DashboardStoreProvider value={dashboard}>
      <WorkspacePanel workspace={workspace} />
    </DashboardStoreProvider>,
  );
  return { dashboard, workspace, backend };
}

async function paste(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByRole('textbox', { name: 'Title' }), 'Round two');
  await user.type(screen.getByLabelText('Published'), '2024-04-10');
  await user.click(screen.getByRole('textbox', { name: 'Article text' }));
  await user.paste(text);
  await user.click(screen.getByRole('button', { name: 'Extract positions' }));
}

describe('<WorkspacePanel />', () => {
  it('extracts a pasted article into a review queue; Accept and Reject decide one record each', async () => {
    const user = userEvent.setup();
    const { dashboard } = renderPanel();
    await paste(
      user,
      'Southport demands harbour access for its trawlers. Northland rejects any <b>fishing quota</b>.',
    );
    const queue = await screen.findByRole('list', { name: 'Records to review' });
    const cards = within(queue).getAllByRole('listitem');
    expect(cards).toHaveLength(2);
    expect(
      within(must(cards[1])).getByText('Northland rejects any <b>fishing quota</b>.', {
        selector: 'mark',
      }),
    ).toBeInTheDocument();
    await user.click(within(must(cards[0])).getByRole('button', { name: 'Accept' }));
    await user.click(within(must(cards[1])).getByRole('button', { name: 'Reject' }));
    const shown = must(dashboard.getState().datasets[0]);
    expect(
      shown.positions.filter((p) => p.evidence?.sourceId.startsWith('round-two')),
    ).toHaveLength(1);
    expect(screen.queryByRole('list', { name: 'Records to review' })).not.toBeInTheDocument();
    expect(screen.getByText('Reviewed records (2)')).toBeInTheDocument();
  });

  it('accepts every pending record with Accept all', async () => {
    const user = userEvent.setup();
    const { workspace } = renderPanel();
    await paste(user, 'Southport demands harbour access. Northland rejects any fishing quota.');
    await user.click(await screen.findByRole('button', { name: 'Accept all' }));
    expect(workspace.getState().cases['harbour-talks']?.items.map((i) => i.status)).toEqual([
      'accepted',
      'accepted',
    ]);
  });

  it('announces an empty paste in an alert and adds nothing', async () => {
    const user = userEvent.setup();
    const { workspace } = renderPanel();
    await user.click(screen.getByRole('button', { name: 'Extract positions' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The article text is empty');
    expect(workspace.getState().cases).toEqual({});
  });

  it('edits a record: the reviewer picks a stance, and the record becomes curated', async () => {
    const user = userEvent.setup();
    const { dashboard } = renderPanel();
    await paste(user, 'Southport demands harbour access.');
    await user.click(await screen.findByRole('button', { name: 'Edit' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Stance' }), 'open');
    await user.type(
      screen.getByRole('textbox', { name: 'Reason for the change' }),
      'softer in the original',
    );
    await user.click(screen.getByRole('button', { name: 'Save edit' }));
    const added = must(dashboard.getState().datasets[0]).positions.find((p) =>
      p.evidence?.sourceId.startsWith('round-two'),
    );
    expect(added).toMatchObject({
      stance: 'open',
      origin: 'curated',
      note: 'softer in the original',
    });
  });

  it('labels the dataset import as a file input', () => {
    renderPanel();
    expect(screen.getByLabelText('Import dataset')).toHaveAttribute('type', 'file');
  });

  it('queues an extracted proposal and response as records of their own, accepted or rejected whole', async () => {
    const user = userEvent.setup();
    const { dashboard } = renderPanel(extractWithProposals);
    await paste(user, USER_PLAN_TEXT);
    const queue = await screen.findByRole('list', { name: 'Records to review' });
    const card = (name: RegExp) =>
      must(
        within(queue)
          .getAllByRole('listitem')
          .find((li) => name.test(li.textContent ?? '')),
      );
    const proposal = card(/^Proposal Proposal “Coastal League plan”/);
    // (This panel's seed case names the League "league", not the codebook's "mediator-league".)
    expect(proposal).toHaveTextContent(
      /Proposal “Coastal League plan” \(2024-04-08\), by .+ — Harbour access: harbour access for trawlers/,
    );
    expect(
      within(proposal).getByText('The Coastal League put forward a plan on Monday.', {
        selector: 'mark',
      }),
    ).toBeInTheDocument();
    // Accepted or rejected whole: the positions it gives are derived from it.
    expect(within(proposal).queryByRole('button', { name: /^Edit/ })).toBeNull();
    const response = card(/^Response Northland accepted “Coastal League plan”/);
    await user.click(within(response).getByRole('button', { name: /^Accept/ }));
    expect(
      await screen.findByText('Not counted yet: accept the proposal it answers for it to count.'),
    ).toBeInTheDocument();
    await user.click(within(card(/^Proposal /)).getByRole('button', { name: /^Accept/ }));
    const shown = () => dashboard.getState().datasets.find((d) => d.case.id === 'harbour-talks');
    await vi.waitFor(() => expect(shown()?.proposals.map((p) => p.id)).toEqual(['plan']));
    expect(
      shown()?.positions.filter((p) => p.derivedFrom?.responseId === 'northland-accepts'),
    ).toHaveLength(1);
  });
});
