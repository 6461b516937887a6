import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { PARTY_PROPOSALS } from '../../../src/domain/proposals-in-view.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import {
  selectSelectedProposal,
  selectShownProposals,
  selectTimelineLanes,
} from '../../../src/store/selectors.ts';
import { formatViewQuery, parseViewQuery } from '../../../src/store/url-sync.ts';
import { DEFAULT_VIEW } from '../../../src/store/view-state.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';
import { makeTimelineProposals } from '../../fixtures/proposal-builders.ts';

const store = (hidden: string[] = []) =>
  createDashboardStore([makeHarbourDataset({ proposals: makeTimelineProposals() })], undefined, {
    hiddenMediators: hidden,
  });
const shownIds = (hidden: string[]) =>
  selectShownProposals(store(hidden).getState()).map((p) => p.id);

describe('selectShownProposals()', () => {
  it.each([
    [[], ['plan-league', 'offer-southport', 'deal-joint']],
    // A proposal stays while any of its mediator proposers is shown.
    [['council'], ['plan-league', 'offer-southport', 'deal-joint']],
    [['league'], ['offer-southport', 'deal-joint']],
    [['league', 'council'], ['offer-southport']],
    // Proposals by parties alone go with "No mediator", as meetings without one do.
    [[NO_MEDIATOR], ['plan-league', 'deal-joint']],
  ])('with %j hidden shows %j, by date', (hidden, ids) => {
    expect(shownIds(hidden)).toEqual(ids);
  });

  it('returns the same array while the filter is the same', () => {
    const s = store(['league']);
    expect(selectShownProposals(s.getState())).toBe(selectShownProposals(s.getState()));
  });
});

describe('selectTimelineLanes()', () => {
  it('adds a lane "Proposals by parties" while such a proposal is shown', () => {
    const keys = (hidden: string[]) =>
      selectTimelineLanes(store(hidden).getState()).map((l) => l.key);
    expect(keys([])).toEqual(['league', 'council', NO_MEDIATOR, PARTY_PROPOSALS]);
    expect(selectTimelineLanes(store().getState()).at(-1)?.label).toBe('Proposals by parties');
    expect(keys([NO_MEDIATOR])).toEqual(['league', 'council']);
  });
});

describe('a proposal selection', () => {
  it('selects the proposal, and is kept only while the case has it', () => {
    const s = store();
    s.getState().select({ kind: 'proposal', proposalId: 'deal-joint' });
    expect(selectSelectedProposal(s.getState())?.title).toBe('Island accord');
    s.getState().applyView({ selection: { kind: 'proposal', proposalId: 'no-such-proposal' } });
    expect(s.getState().selection).toBeNull();
  });

  it('goes into a link and comes back from it', () => {
    const query = formatViewQuery({
      ...DEFAULT_VIEW,
      selection: { kind: 'proposal', proposalId: 'deal-joint' },
    });
    expect(query).toBe('proposal=deal-joint');
    expect(parseViewQuery(`?${query}`).view.selection).toEqual({
      kind: 'proposal',
      proposalId: 'deal-joint',
    });
  });
});
