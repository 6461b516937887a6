import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { HARBOUR_TEXT, makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const panel = () => screen.getByRole('region', { name: 'Evidence' });

describe('<EvidencePanel />', () => {
  // The panel's body loads after first paint; loaded first here, it renders at once.
  beforeAll(() => evidenceBody.load());

  it('invites a selection when nothing is selected', () => {
    renderWithStore(<EvidencePanel />);
    expect(panel()).toHaveTextContent(
      'Select a cell of the matrix, a meeting or a proposal on the timeline',
    );
  });

  it('lists every record behind a selected cell, latest first, with origin and rule', () => {
    renderWithStore(<EvidencePanel />, {
      view: { selection: { kind: 'cell', rowId: 'northland', issueId: 'fishing_quota' } },
    });
    expect(within(panel()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Northland — Fishing quota: open',
    );
    const records = within(panel()).getAllByRole('listitem');
    expect(records).toHaveLength(2);
    expect(records[0]).toHaveTextContent('open');
    expect(records[0]).toHaveTextContent('stated 2024-03-02 by Ada Lind');
    expect(records[0]).toHaveTextContent(
      'Extracted from the text by rule stance:demands, confidence 80%.',
    );
    expect(records[1]).toHaveTextContent('Curated by a person');
    expect(records[1]).toHaveTextContent('Northland rules out quota talks — Northern Times');
  });

  it('highlights the quote inside the full source text, with the source’s title, publisher and date', () => {
    renderWithStore(<EvidencePanel />, {
      view: { selection: { kind: 'cell', rowId: 'southport', issueId: 'fishing_quota' } },
    });
    const text = within(panel()).getByRole('region', { name: 'Text of Harbour talks resume' });
    expect(text).toHaveTextContent(HARBOUR_TEXT);
    expect(text.querySelector('mark')).toHaveTextContent(
      'Southport will not discuss the fishing quota until the blockade ends.',
    );
    expect(within(panel()).getByRole('link', { name: 'Harbour talks resume' })).toHaveAttribute(
      'href',
      'https://example.org/harbour',
    );
    expect(panel()).toHaveTextContent('— Coastal Herald, 2024-03-02');
  });

  it('shows a selected meeting’s details and sources', () => {
    renderWithStore(<EvidencePanel />, {
      view: { selection: { kind: 'meeting', meetingId: 'meeting-island-month' } },
    });
    expect(within(panel()).getByRole('heading', { level: 3 })).toHaveTextContent(
      'Meeting in February 2024 in Harbour Island, mediated by Island Council',
    );
    expect(panel()).toHaveTextContent('in February 2024 (precision: month)');
    expect(panel()).toHaveTextContent('Ada Lind (Northland)');
    expect(panel()).toHaveTextContent('by rule meeting:met, confidence 60%');
    expect(panel().querySelector('mark')).toHaveTextContent('Envoys of the Coastal League');
  });

  it('shows a curated meeting’s citation', () => {
    renderWithStore(<EvidencePanel />, {
      view: { selection: { kind: 'meeting', meetingId: 'meeting-port-vell' } },
    });
    expect(panel()).toHaveTextContent('Curated by a person.');
    expect(panel()).toHaveTextContent('Cited source: League envoy convenes both sides');
  });

  it('renders source text as text, never as HTML', () => {
    const dataset = makeHarbourDataset();
    const evil = '<img src=x onerror=alert(1)>';
    dataset.sources = dataset.sources.map((s) => ({ ...s, text: evil + s.text }));
    dataset.positions = dataset.positions.map((p) =>
      p.evidence
        ? {
            ...p,
            evidence: {
              ...p.evidence,
              start: p.evidence.start + evil.length,
              end: p.evidence.end + evil.length,
            },
          }
        : p,
    );
    const { container } = renderWithStore(<EvidencePanel />, {
      dataset,
      view: { selection: { kind: 'cell', rowId: 'northland', issueId: 'harbour_access' } },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(panel()).toHaveTextContent(evil);
    expect(panel().querySelector('mark')).toHaveTextContent(
      'Northland demands full harbour access.',
    );
  });

  it('closes', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EvidencePanel />, {
      view: { selection: { kind: 'meeting', meetingId: 'meeting-port-vell' } },
    });
    await user.click(screen.getByRole('button', { name: 'Close evidence' }));
    expect(store.getState().selection).toBeNull();
    act(() => store.getState().select({ kind: 'cell', rowId: 'southport', issueId: 'blockade' }));
    expect(panel()).toHaveTextContent('No position of Southport on End of the blockade is stated');
  });
});
