import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { isoDayToTime } from '../../../src/domain/iso-day.ts';
import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import type { TimelineInput } from '../../../src/layout/timeline-layout.ts';
import {
  findMarkAt,
  layoutTimeline,
  placedMarks,
  placeRange,
  placeTimeline,
  planTimeline,
  timelineExtent,
} from '../../../src/layout/timeline-layout.ts';
import { makeHarbourDataset, makeMeeting } from '../../fixtures/dataset-builders.ts';

const dataset = makeHarbourDataset();
const index = buildDatasetIndex(dataset);
const lanes = [
  { key: 'league', label: 'Coastal League' },
  { key: 'council', label: 'Island Council' },
  { key: NO_MEDIATOR, label: 'No mediator' },
];
const extent = timelineExtent(index.firstDay, index.lastDay);

function input(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    meetings: dataset.meetings,
    lanes,
    positions: dataset.positions,
    events: dataset.events ?? [],
    actorsById: index.actorsById,
    domain: extent,
    width: 800,
    ...overrides,
  };
}

const zoomWindow = [isoDayToTime('2024-02-28'), isoDayToTime('2024-03-04')] as const;

describe('planTimeline()', () => {
  it('plans every mark once per lane it is drawn in, ghosts flagged', () => {
    const { marks } = planTimeline(input());
    expect(marks.length).toBe(dataset.meetings.length + 1);
    expect(marks.meetingCount).toBe(dataset.meetings.length);
    const ghosts = [...marks.ghost.keys()].filter((i) => marks.ghost[i] === 1);
    expect(ghosts.map((i) => [marks.meeting[i]?.id, marks.laneKey[i]])).toEqual([
      ['meeting-before', 'council'],
    ]);
  });

  it('keeps a lane’s rows when another mediator is hidden', () => {
    // Two meetings on the same day in the council's lane need two rows.
    const meetings = [
      ...dataset.meetings,
      makeMeeting({
        id: 'meeting-council-2',
        date: { start: '2024-02-01', precision: 'day' },
        mediatorIds: ['council'],
      }),
    ];
    const rowsOf = (plan: ReturnType<typeof planTimeline>) => {
      const lane = plan.lanes.find((l) => l.key === 'council');
      const { marks } = plan;
      return [...marks.cy.keys()]
        .filter((i) => marks.laneKey[i] === 'council')
        .map((i) => [marks.meeting[i]?.id, (marks.cy[i] ?? 0) - (lane?.y ?? 0)]);
    };
    const all = planTimeline(input({ meetings }));
    const withoutLeague = planTimeline(
      input({
        meetings: meetings.filter((m) => m.mediatorIds.some((id) => id !== 'league')),
        lanes: lanes.filter((l) => l.key !== 'league'),
      }),
    );
    expect(rowsOf(withoutLeague)).toEqual(rowsOf(all));
    expect(new Set(rowsOf(all).map(([, y]) => y)).size).toBeGreaterThan(1);
  });
});

describe('planTimeline() cache', () => {
  it('returns the plan it made for the same meetings, lanes, width and records', () => {
    const plan = planTimeline(input());
    expect(planTimeline(input({ lanes: lanes.map((l) => ({ ...l })) }))).toBe(plan);
    expect(planTimeline(input({ width: 900 }))).not.toBe(plan);
  });
});

describe('placeTimeline()', () => {
  it.each([
    ['the whole extent', extent],
    ['a zoom window', zoomWindow],
  ] as const)('places marks where layoutTimeline() does, in %s', (_, domain) => {
    const view = placeTimeline(planTimeline(input()), domain);
    const layout = layoutTimeline(input({ domain }));
    const { meetings, ghosts, positions } = placedMarks(view, 'all');
    expect(meetings.map((m) => [m.id, m.x0, m.x1, m.cy, m.visible])).toEqual(
      layout.meetings.map((m) => [m.id, m.x0, m.x1, m.cy, m.visible]),
    );
    expect(ghosts).toEqual(layout.ghosts);
    expect(positions).toEqual(layout.positions);
    expect(view.meetingsInView).toBe(layout.meetings.filter((m) => m.visible).length);
  });

  it('counts only the meetings in the window', () => {
    const view = placeTimeline(planTimeline(input()), zoomWindow);
    const visible = placedMarks(view, 'visible').meetings.map((m) => m.id);
    expect(visible).toContain('meeting-port-vell');
    expect(visible).not.toContain('meeting-direct');
    expect(view.meetingsInView).toBe(visible.length);
  });
});

describe('findMarkAt()', () => {
  const view = placeTimeline(planTimeline(input()), extent);
  const portVell = placedMarks(view, 'all').meetings.find((m) => m.id === 'meeting-port-vell');

  it('finds the meeting under a point, by its accessible name too', () => {
    const hit = findMarkAt(
      view,
      ((portVell?.x0 ?? 0) + (portVell?.x1 ?? 0)) / 2,
      portVell?.cy ?? 0,
    );
    expect(hit?.id).toBe('meeting-port-vell');
    expect(hit?.name).toBe(portVell?.name);
  });

  it('finds nothing far from any mark', () => {
    expect(findMarkAt(view, view.plot.left + 1, view.lanesBottom + 100)).toBeUndefined();
  });
});

describe('placeRange()', () => {
  const plot = { left: 10, right: 110 };
  const domain = [isoDayToTime('2024-01-01'), isoDayToTime('2024-01-11')] as const;

  it.each([
    ['a range in the window', { from: '2024-01-02', to: '2024-01-03' }, [20, 40]],
    ['a range cut by the window', { from: '2023-12-01', to: '2024-01-01' }, [10, 20]],
    ['a range outside the window', { from: '2024-02-01', to: '2024-02-02' }, undefined],
    ['no range', null, undefined],
  ] as const)('places %s', (_, range, expected) => {
    expect(placeRange(plot, domain, range)).toEqual(expected);
  });
});
