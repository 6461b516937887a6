import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../src/store/dashboard-store.ts';
import { DashboardStoreProvider } from '../../src/store/store-context.tsx';
import { CodeSelectionForm } from '../../src/views/coding/code-selection-form.tsx';
import { registerWorkspace } from '../../src/views/coding/workspace-registry.ts';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { createWorkspaceStore } from '../../src/workspace/workspace-store.ts';
import { evidenceFor, HARBOUR_TEXT, makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { extractInProcess, must } from '../fixtures/workspace-builders.ts';

const QUOTE = 'Ada Lind said Northland is open to talks on the quota.';

function setup() {
  const dataset = makeHarbourDataset();
  const dashboard = createDashboardStore([dataset], undefined, {
    selection: { kind: 'cell', rowId: 'southport', issueId: 'fishing_quota' },
  });
  const backend = createMemoryBackend();
  const workspace = createWorkspaceStore({
    dashboard,
    storage: createWorkspaceStorage(backend),
    extract: extractInProcess,
    loadSeedFiles: async () => undefined,
  });
  return { dataset, dashboard, workspace, backend };
}

describe('<CodeSelectionForm />', () => {
  function renderForm() {
    const env = setup();
    const added = vi.fn();
    render(
      <DashboardStoreProvider value={env.dashboard}>
        <CodeSelectionForm
          span={evidenceFor(QUOTE)}
          dataset={env.dataset}
          workspace={env.workspace}
          onAdded={added}
          onCancel={() => undefined}
        />
      </DashboardStoreProvider>,
    );
    return { ...env, added, form: screen.getByRole('form', { name: 'Code selection' }) };
  }

  it('shows the selected words read-only and asks for a position’s fields by name', () => {
    const { form } = renderForm();
    expect(within(form).getByText(QUOTE, { selector: 'blockquote' })).toBeInTheDocument();
    expect(within(form).getByRole('radio', { name: 'Position' })).toBeChecked();
    expect(within(form).getByRole('radio', { name: 'Position' })).toHaveFocus();
    for (const name of [
      'Party',
      'Issue',
      'Stance',
      'Condition issue (optional)',
      'Speaker (optional)',
    ])
      expect(within(form).getByRole('combobox', { name })).toBeInTheDocument();
    expect(within(form).getByRole('textbox', { name: 'Condition text (optional)' })).toHaveValue(
      '',
    );
    // The date is the source's, until the coder says otherwise.
    expect(within(form).getByLabelText('Date')).toHaveValue('2024-03-02');
    const party = within(form).getByRole('combobox', { name: 'Party' });
    // Parties with their people and factions, then mediators.
    expect(within(party).getByRole('group', { name: 'Northland' })).toHaveTextContent(
      'NorthlandAda Lind (person)',
    );
    expect(within(party).getByRole('option', { name: 'Coastal League' })).toBeInTheDocument();
  });

  it('names the missing field in an alert, focuses it, and adds nothing', async () => {
    const user = userEvent.setup();
    const { form, workspace, backend, added } = renderForm();
    await user.click(within(form).getByRole('button', { name: 'Add to review' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Party: choose who holds the position (a party, or a faction or person). Nothing was added.',
    );
    const party = within(form).getByRole('combobox', { name: 'Party' });
    expect(party).toHaveFocus();
    expect(party).toHaveAttribute('aria-invalid', 'true');
    await user.selectOptions(party, 'northland');
    await user.click(within(form).getByRole('button', { name: 'Add to review' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent('Issue: choose the issue');
    expect(within(form).getByRole('combobox', { name: 'Issue' })).toHaveFocus();
    expect(added).not.toHaveBeenCalled();
    expect(workspace.getState().cases).toEqual({});
    expect(backend.records.size).toBe(0);
  });

  it('adds a position: saved first, then handed back as a pending curated item', async () => {
    const user = userEvent.setup();
    const { form, workspace, backend, added } = renderForm();
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Party' }), 'northland');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Issue' }),
      'fishing_quota',
    );
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Stance' }), 'open');
    await user.selectOptions(
      within(form).getByRole('combobox', { name: 'Speaker (optional)' }),
      'ada-lind',
    );
    await user.click(within(form).getByRole('button', { name: 'Add to review' }));
    expect(added).toHaveBeenCalledTimes(1);
    const item = must(added.mock.calls[0]?.[0]);
    expect(item).toMatchObject({
      kind: 'position',
      status: 'pending',
      record: { actorId: 'northland', speakerId: 'ada-lind', evidence: evidenceFor(QUOTE) },
    });
    expect(workspace.getState().cases.harbour?.items).toEqual([item]);
    expect(backend.records.get('case:harbour')).toMatchObject({ items: [item] });
  });

  it('codes a meeting: mediators, participants and issues as named checkbox groups', async () => {
    const user = userEvent.setup();
    const { form, added } = renderForm();
    await user.click(within(form).getByRole('radio', { name: 'Meeting' }));
    expect(within(form).queryByRole('combobox', { name: 'Party' })).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Add to review' }));
    expect(await within(form).findByRole('alert')).toHaveTextContent(
      'Mediators: tick at least one',
    );
    const mediators = within(form).getByRole('group', { name: 'Mediators' });
    expect(within(mediators).getByRole('checkbox', { name: 'Coastal League' })).toHaveFocus();
    await user.click(within(mediators).getByRole('checkbox', { name: 'Coastal League' }));
    const participants = within(form).getByRole('group', { name: 'Participants' });
    await user.click(within(participants).getByRole('checkbox', { name: 'Ada Lind (Northland)' }));
    await user.click(
      within(within(form).getByRole('group', { name: 'Issues discussed' })).getByRole('checkbox', {
        name: 'Fishing quota',
      }),
    );
    await user.type(within(form).getByRole('textbox', { name: 'Place (optional)' }), 'Port Vell');
    await user.selectOptions(within(form).getByRole('combobox', { name: 'Precision' }), 'before');
    await user.click(within(form).getByRole('button', { name: 'Add to review' }));
    expect(added.mock.calls[0]?.[0]).toMatchObject({
      kind: 'meeting',
      record: {
        date: { start: '2024-03-02', precision: 'before' },
        place: 'Port Vell',
        participantIds: ['ada-lind'],
        mediatorIds: ['league'],
        issueIds: ['fishing_quota'],
        origin: 'curated',
      },
    });
  });
});

describe('Code selection in the evidence panel', () => {
  beforeAll(() => evidenceBody.load());

  /** Selects `quote` in the article text with a Range on its text nodes. */
  function selectInText(quote: string) {
    const body = screen.getByRole('region', { name: 'Text of Harbour talks resume' });
    const at = HARBOUR_TEXT.indexOf(quote);
    const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    let seen = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const length = node.textContent?.length ?? 0;
      if (at >= seen && at < seen + length) range.setStart(node, at - seen);
      if (at + quote.length > seen && at + quote.length <= seen + length)
        range.setEnd(node, at + quote.length - seen);
      seen += length;
    }
    document.getSelection()?.removeAllRanges();
    document.getSelection()?.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
  }

  it('appears once the workspace is there; codes the selected words, or says what to select', async () => {
    const user = userEvent.setup();
    const { dashboard, workspace } = setup();
    render(
      <DashboardStoreProvider value={dashboard}>
        <EvidencePanel />
      </DashboardStoreProvider>,
    );
    const panel = screen.getByRole('region', { name: 'Evidence' });
    expect(within(panel).queryByRole('button', { name: 'Code selection' })).not.toBeInTheDocument();
    let forget: (() => void) | undefined;
    act(() => {
      forget = registerWorkspace(dashboard, workspace);
    });
    const code = await within(panel).findByRole('button', { name: 'Code selection' });
    expect(code).toHaveAttribute('aria-disabled', 'true');
    await user.click(code);
    expect(within(panel).getByRole('alert')).toHaveTextContent(
      'Select some text of the article first.',
    );

    act(() => selectInText('Northland is open to talks'));
    expect(code).toHaveAttribute('aria-disabled', 'false');
    await user.click(code);
    const form = await within(panel).findByRole('form', { name: 'Code selection' });
    expect(
      within(form).getByText('Northland is open to talks', { selector: 'blockquote' }),
    ).toBeInTheDocument();
    expect(within(panel).queryByRole('alert')).not.toBeInTheDocument();
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));
    expect(within(panel).queryByRole('form')).not.toBeInTheDocument();
    expect(code).toHaveFocus();
    act(() => forget?.());
  });
});
