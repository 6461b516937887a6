import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { EvidencePanel, evidenceBody } from '../../src/views/evidence/evidence-panel.tsx';
import { PositionsMatrix } from '../../src/views/matrix/positions-matrix.tsx';
import { MeetingsTimeline } from '../../src/views/timeline/meetings-timeline.tsx';
import { makeHarbourDataset } from '../fixtures/dataset-builders.ts';
import {
  PLAN_TEXT,
  makeDerivedPlanDataset,
  makeTimelineProposals,
} from '../fixtures/proposal-builders.ts';
import { renderWithStore } from '../fixtures/render-with-store.tsx';

const timeline = () => screen.getByRole('region', { name: 'Mediator meetings timeline' });
const evidence = () => screen.getByRole('region', { name: 'Evidence' });
const PLAN_NAME = 'Proposal: Coastal League bridging plan, 4 Mar 2024, proposed by Coastal League';

describe('proposals on <MeetingsTimeline />', () => {
  it('draws each proposal as a button named with kind, title, date and proposers', () => {
    renderWithStore(<MeetingsTimeline />, {
      dataset: makeHarbourDataset({ proposals: makeTimelineProposals() }),
    });
    const names = within(timeline())
      .getAllByRole('button', { name: /^(Proposal|Deal): / })
      .map((b) => b.textContent);
    expect(names).toEqual([
      PLAN_NAME,
      'Deal: Island accord, 8 Mar 2024, proposed by Island Council and Coastal League',
      'Proposal: Southport counter-offer, 6 Mar 2024, proposed by Southport',
    ]);
    expect(within(timeline()).getByText('Proposals by parties')).toBeInTheDocument();
    expect(within(timeline()).getByRole('button', { name: /^Deal: Island accord/ })).toHaveClass(
      'timeline-proposal--deal',
    );
  });

  it('selects a proposal on click', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<MeetingsTimeline />, { dataset: makeDerivedPlanDataset() });
    const mark = within(timeline()).getByRole('button', { name: PLAN_NAME });
    await user.click(mark);
    expect(store.getState().selection).toEqual({ kind: 'proposal', proposalId: 'plan-league' });
    expect(mark).toHaveAttribute('aria-pressed', 'true');
  });

  it('hides a proposal with its mediators, as it hides their meetings', () => {
    const { store } = renderWithStore(<MeetingsTimeline />, { dataset: makeDerivedPlanDataset() });
    expect(within(timeline()).getByRole('button', { name: PLAN_NAME })).toBeInTheDocument();
    act(() => store.getState().toggleMediator('league'));
    expect(within(timeline()).queryByRole('button', { name: PLAN_NAME })).toBeNull();
  });
});

describe('derived cells of <PositionsMatrix />', () => {
  it('says after the contract’s name that a cell is derived, and how', () => {
    renderWithStore(<PositionsMatrix />, { dataset: makeDerivedPlanDataset() });
    const grid = within(screen.getByRole('grid', { name: 'Positions matrix' }));
    for (const name of [
      'Northland — End of the blockade: support — accepted the proposal of 4 Mar 2024',
      'Coastal League — Harbour access: demand — proposed in the proposal of 4 Mar 2024',
    ]) {
      const cell = grid.getByRole('gridcell', { name });
      expect(cell).toHaveTextContent('▲');
      expect(cell).toHaveAccessibleDescription(/not stated outright/);
    }
  });
});

describe('the proposal panel and derived evidence in <EvidencePanel />', () => {
  beforeAll(() => evidenceBody.load());

  it('shows a proposal’s title, kind, proposers, date, terms, responses and sentences', () => {
    renderWithStore(<EvidencePanel />, {
      dataset: makeDerivedPlanDataset(),
      view: { selection: { kind: 'proposal', proposalId: 'plan-league' } },
    });
    const panel = within(evidence()).getByRole('region', {
      name: 'Proposal: Coastal League bridging plan',
    });
    expect(panel).toHaveTextContent('Proposed byCoastal League');
    expect(panel).toHaveTextContent('Date4 Mar 2024');
    const terms = within(panel)
      .getAllByRole('listitem')
      .map((li) => li.textContent ?? '');
    expect(terms[0]).toContain('End of the blockade: a ten-day lull in the blockade');
    expect(terms[1]).toContain('Harbour access: the reopening of the harbour to fishing boats');
    expect(panel).toHaveTextContent('Northland accepted the proposal on 5 Mar 2024');
    expect(panel).toHaveTextContent('Southport is reviewing the proposal');
    expect(panel).toHaveTextContent(
      'Dockers union accepted the proposal on condition of Fishing quota',
    );
    expect(panel).toHaveTextContent('Condition: “only if the quota is shared”');
    expect(panel).toHaveTextContent('Extracted from the text by rule response:accepted');
    const text = within(panel).getByRole('region', { name: 'Text of Plan report' });
    expect(text).toHaveTextContent(PLAN_TEXT);
    expect([...text.querySelectorAll('mark')].map((m) => m.textContent)).toContain(
      'Northland accepted the plan.',
    );
  });

  it('groups terms by phase', () => {
    const dataset = makeDerivedPlanDataset();
    const [plan] = dataset.proposals;
    if (!plan) throw new Error('no plan');
    dataset.proposals = [
      {
        ...plan,
        phases: [{ number: 1, duration: 'ten days' }, { number: 2 }],
        terms: plan.terms.map((t, i) => ({ ...t, phase: 2 - i })),
      },
    ];
    renderWithStore(<EvidencePanel />, {
      dataset,
      view: { selection: { kind: 'proposal', proposalId: 'plan-league' } },
    });
    const phase1 = within(evidence()).getByRole('region', { name: 'Phase 1: ten days' });
    expect(phase1).toHaveTextContent('Harbour access');
    expect(within(evidence()).getByRole('region', { name: 'Phase 2' })).toHaveTextContent(
      'End of the blockade',
    );
  });

  it('renders a proposal’s text as text, never as HTML', () => {
    const dataset = makeDerivedPlanDataset();
    const evil = '<img src=x onerror=alert(1)>';
    dataset.proposals = dataset.proposals.map((p) => ({ ...p, title: evil, note: evil }));
    const { container } = renderWithStore(<EvidencePanel />, {
      dataset,
      view: { selection: { kind: 'proposal', proposalId: 'plan-league' } },
    });
    expect(container.querySelector('img')).toBeNull();
    expect(evidence()).toHaveTextContent(evil);
  });

  it('never shows a derived position as stated: it names both sentences, and opens the proposal', async () => {
    const user = userEvent.setup();
    const { store } = renderWithStore(<EvidencePanel />, {
      dataset: makeDerivedPlanDataset(),
      view: { selection: { kind: 'cell', rowId: 'northland', issueId: 'blockade' } },
    });
    const panel = evidence();
    expect(panel).toHaveTextContent('derived, as of 2024-03-05 for Northland');
    expect(panel).not.toHaveTextContent('stated 2024-03-05');
    expect(panel).toHaveTextContent(
      'Derived from “Coastal League bridging plan”, not stated outright: it rests on two sentences.',
    );
    expect(panel).toHaveTextContent('Response: Northland accepted the proposal.');
    expect(panel).toHaveTextContent('Term: the proposal includes a ten-day lull in the blockade.');
    const quotes = [...panel.querySelectorAll('blockquote')].map((q) => q.textContent);
    expect(quotes).toEqual([
      'Northland accepted the plan.',
      'The plan calls for a ten-day lull in the blockade and the reopening of the harbour to fishing boats.',
    ]);
    // Both sentences are highlighted in the article (in its order).
    const marks = [...panel.querySelectorAll('mark')].map((m) => m.textContent);
    expect([...marks].sort()).toEqual([...quotes].sort());
    await user.click(
      within(panel).getByRole('button', {
        name: 'Open the proposal: Coastal League bridging plan',
      }),
    );
    expect(store.getState().selection).toEqual({ kind: 'proposal', proposalId: 'plan-league' });
    expect(
      within(evidence()).getByRole('region', { name: 'Proposal: Coastal League bridging plan' }),
    ).toBeInTheDocument();
  });

  it('cites a curated derived position’s sources where it has no sentence', () => {
    const dataset = makeDerivedPlanDataset();
    renderWithStore(<EvidencePanel />, {
      dataset: makeDerivedPlanDataset({
        proposals: [
          {
            ...(dataset.proposals[0] as (typeof dataset.proposals)[number]),
            origin: 'curated',
            evidence: undefined,
            citation: { title: 'Plan published', publisher: 'League press office' },
            terms: [{ id: 'lull', issueId: 'blockade', provides: 'a ten-day lull' }],
          },
        ],
        responses: [
          {
            id: 'response-northland',
            actorId: 'northland',
            proposalId: 'plan-league',
            response: 'accept',
            date: '2024-03-05',
            origin: 'curated',
            confidence: 1,
            citation: { title: 'Northland says yes' },
          },
        ],
      }),
      view: { selection: { kind: 'cell', rowId: 'northland', issueId: 'blockade' } },
    });
    const [response, term] = within(evidence())
      .getAllByRole('listitem')
      .filter((li) => li.classList.contains('derived-support__sentence'));
    expect(response).toHaveTextContent('Response: Northland accepted the proposal.');
    expect(response).toHaveTextContent('Cited source: Northland says yes');
    expect(term).toHaveTextContent('Term: the proposal includes a ten-day lull.');
    expect(term).toHaveTextContent('Cited source: Plan published — League press office');
  });
});
