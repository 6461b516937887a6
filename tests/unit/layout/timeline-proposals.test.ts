import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { DAY_MS, isoDayToTime } from '../../../src/domain/iso-day.ts';
import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { PARTY_PROPOSALS } from '../../../src/domain/proposals-in-view.ts';
import type { TimelineInput } from '../../../src/layout/timeline-layout.ts';
import {
  findProposalAt,
  layoutTimeline,
  placedProposals,
  placeTimeline,
  planTimeline,
  timelineExtent,
} from '../../../src/layout/timeline-layout.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';
import { makeTimelineProposals } from '../../fixtures/proposal-builders.ts';

const proposals = makeTimelineProposals();
const dataset = makeHarbourDataset({ proposals });
const index = buildDatasetIndex(dataset);
const NO_EVENTS: never[] = [];
const lanes = [
  { key: 'league', label: 'Coastal League' },
  { key: 'council', label: 'Island Council' },
  { key: NO_MEDIATOR, label: 'No mediator' },
  { key: PARTY_PROPOSALS, label: 'Proposals by parties' },
];

function input(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    meetings: dataset.meetings,
    lanes,
    positions: dataset.positions,
    events: NO_EVENTS,
    proposals: index.proposalsByDate,
    actorsById: index.actorsById,
    domain: timelineExtent(index.firstDay, index.lastDay),
    width: 900,
    ...overrides,
  };
}

describe('layoutTimeline() with proposals', () => {
  const layout = layoutTimeline(input());
  const lane = (key: string) => layout.lanes.find((l) => l.key === key);

  it('draws each proposal once, in its first shown mediator proposer’s lane, named for its mark', () => {
    expect(layout.proposals.map((p) => [p.laneKey, p.name])).toEqual([
      ['league', 'Proposal: Coastal League bridging plan, 4 Mar 2024, proposed by Coastal League'],
      ['council', 'Deal: Island accord, 8 Mar 2024, proposed by Island Council and Coastal League'],
      [PARTY_PROPOSALS, 'Proposal: Southport counter-offer, 6 Mar 2024, proposed by Southport'],
    ]);
    expect(layout.proposals.map((p) => p.kind)).toEqual(['proposal', 'deal', 'proposal']);
  });

  it('ties a hollow copy in the lane of each other mediator proposer to the proposal', () => {
    expect(layout.proposalGhosts).toHaveLength(1);
    const [ghost] = layout.proposalGhosts;
    const accord = layout.proposals.find((p) => p.id === 'deal-joint');
    expect(ghost).toMatchObject({ proposalId: 'deal-joint', laneKey: 'league', x: accord?.x });
    expect(ghost?.connector).toEqual({
      x: accord?.x,
      y0: Math.min(ghost?.cy ?? 0, accord?.cy ?? 0),
      y1: Math.max(ghost?.cy ?? 0, accord?.cy ?? 0),
    });
  });

  it('places a proposal on the middle of its day, in a row of its own above the lane’s meetings', () => {
    const x = (t: number) => {
      const [d0, d1] = layout.domain;
      return layout.plot.left + ((t - d0) * (layout.plot.right - layout.plot.left)) / (d1 - d0);
    };
    const plan = layout.proposals[0];
    expect(plan?.x).toBeCloseTo(x(isoDayToTime('2024-03-04') + DAY_MS / 2), 6);
    const league = lane('league');
    const leagueMeetings = layout.meetings.filter((m) => m.laneKey === 'league');
    expect(leagueMeetings.length).toBeGreaterThan(0);
    for (const m of leagueMeetings) expect(m.cy).toBeGreaterThan(plan?.cy ?? Infinity);
    expect(plan?.cy).toBeGreaterThan(league?.y ?? Infinity);
    expect(plan?.cy).toBeLessThan((league?.y ?? 0) + (league?.height ?? 0));
  });

  it('makes a lane one row taller for its proposals, and a lane of proposals alone one row high', () => {
    const without = layoutTimeline(input({ proposals: [] }));
    const height = (l: typeof layout, key: string) => l.lanes.find((x) => x.key === key)?.height;
    expect(height(layout, 'league')).toBe((height(without, 'league') ?? 0) + 24);
    expect(lane(PARTY_PROPOSALS)).toMatchObject({
      kind: 'proposals',
      label: 'Proposals by parties',
    });
    expect(lane(PARTY_PROPOSALS)?.height).toBe(height(without, NO_MEDIATOR));
    expect(without.proposals).toEqual([]);
  });

  it('writes the title beside a proposal when there is room, shortened or left out when not', () => {
    const text = (id: string) => layout.proposals.find((p) => p.id === id)?.text?.value;
    expect(text('deal-joint')).toBe('Island accord');
    // The plan's row holds the accord's copy four days later: no room for its title there.
    expect(text('plan-league')).toBeUndefined();
    const narrow = layoutTimeline(input({ width: 360 }));
    for (const p of narrow.proposals) {
      if (p.text)
        expect(p.text.x + p.text.value.length * 6.6).toBeLessThanOrEqual(narrow.plot.right + 1);
    }
  });

  it('marks proposals outside the window as not visible', () => {
    const window = [isoDayToTime('2024-02-01'), isoDayToTime('2024-03-05')] as const;
    const zoomed = layoutTimeline(input({ domain: window }));
    expect(zoomed.proposals.filter((p) => p.visible).map((p) => p.id)).toEqual(['plan-league']);
  });

  it('is placed from the plan as layoutTimeline() places it, and a click finds the proposal', () => {
    const view = placeTimeline(planTimeline(input()), input().domain);
    const placed = placedProposals(view, 'all');
    expect(placed.proposals).toEqual(layout.proposals);
    expect(placed.ghosts).toEqual(layout.proposalGhosts);
    expect(view.proposalsInView).toBe(3);
    const accord = placed.proposals.find((p) => p.id === 'deal-joint');
    expect(findProposalAt(view, (accord?.x ?? 0) + 3, (accord?.cy ?? 0) - 2)?.id).toBe(
      'deal-joint',
    );
    expect(findProposalAt(view, (accord?.x ?? 0) + 40, accord?.cy ?? 0)).toBeUndefined();
  });

  it('keeps its plan while the proposals array is the same, and plans again for a new one', () => {
    const plan = planTimeline(input());
    expect(planTimeline(input())).toBe(plan);
    expect(planTimeline(input({ proposals: [...index.proposalsByDate] }))).not.toBe(plan);
  });
});
