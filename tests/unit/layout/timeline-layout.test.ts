import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import { isoDayToTime } from '../../../src/domain/iso-day.ts';
import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import type { TimelineInput } from '../../../src/layout/timeline-layout.ts';
import { layoutTimeline, timelineExtent } from '../../../src/layout/timeline-layout.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const dataset = makeHarbourDataset();
const index = buildDatasetIndex(dataset);
const lanes = [
  { key: 'league', label: 'Coastal League' },
  { key: 'council', label: 'Island Council' },
  { key: NO_MEDIATOR, label: 'No mediator' },
];

function input(overrides: Partial<TimelineInput> = {}): TimelineInput {
  return {
    meetings: dataset.meetings,
    lanes,
    positions: dataset.positions,
    events: dataset.events ?? [],
    actorsById: index.actorsById,
    domain: timelineExtent(index.firstDay, index.lastDay),
    width: 800,
    ...overrides,
  };
}

describe('timelineExtent()', () => {
  it('pads the case’s days and rounds them to nice bounds', () => {
    const [t0, t1] = timelineExtent('2024-02-01', '2024-03-02');
    expect(t0).toBeLessThanOrEqual(isoDayToTime('2024-01-29'));
    expect(t1).toBeGreaterThanOrEqual(isoDayToTime('2024-03-06'));
  });
});

describe('layoutTimeline()', () => {
  const layout = layoutTimeline(input());
  const byId = new Map(layout.meetings.map((m) => [m.id, m]));

  it('has one lane per mediator, one for meetings without one, and one for positions', () => {
    expect(layout.lanes.map((l) => l.label)).toEqual([
      'Coastal League',
      'Island Council',
      'No mediator',
      'Position statements',
    ]);
  });

  it('draws each meeting once, in its first mediator’s lane, and ghosts it in the others', () => {
    expect(layout.meetings).toHaveLength(dataset.meetings.length);
    expect(byId.get('meeting-before')?.laneKey).toBe('league');
    expect(layout.ghosts.map((g) => [g.meetingId, g.laneKey])).toEqual([
      ['meeting-before', 'council'],
    ]);
    expect(byId.get('meeting-direct')?.laneKey).toBe(NO_MEDIATOR);
  });

  it('names meetings with date, place and mediators', () => {
    expect(byId.get('meeting-port-vell')?.name).toBe(
      'Meeting on 2024-03-01 in Port Vell, mediated by Coastal League',
    );
  });

  it.each([
    ['meeting-port-vell', 'point', false],
    ['meeting-island-month', 'range', true],
    ['meeting-before', 'open-start', false],
  ])('draws %s as a %s (soft: %s), never a false point', (id, shape, soft) => {
    expect(byId.get(id)).toMatchObject({ shape, soft });
  });

  it('spans a month-precision meeting over the whole month', () => {
    const month = byId.get('meeting-island-month');
    const point = byId.get('meeting-port-vell');
    expect((month?.x1 ?? 0) - (month?.x0 ?? 0)).toBeGreaterThan(
      10 * ((point?.x1 ?? 0) - (point?.x0 ?? 0)),
    );
  });

  it('ends an open "before" mark at its date', () => {
    const before = byId.get('meeting-before');
    const portVell = byId.get('meeting-port-vell');
    expect(before?.x1).toBeGreaterThan(portVell?.x1 ?? Infinity);
  });

  it('groups position statements by day', () => {
    expect(layout.positions.map((p) => [p.day, p.count])).toEqual([
      ['2024-02-20', 1],
      ['2024-03-02', 3],
    ]);
  });

  it('keeps ticks inside the plot with labels that do not overlap', () => {
    expect(layout.ticks.length).toBeGreaterThan(2);
    for (const tick of layout.ticks) {
      expect(tick.x).toBeGreaterThanOrEqual(layout.plot.left);
      expect(tick.x).toBeLessThanOrEqual(layout.plot.right);
    }
  });

  it('marks meetings outside a zoom window as not visible', () => {
    const zoomed = layoutTimeline(
      input({ domain: [isoDayToTime('2024-02-28'), isoDayToTime('2024-03-04')] }),
    );
    const visible = zoomed.meetings.filter((m) => m.visible).map((m) => m.id);
    expect(visible).toContain('meeting-port-vell');
    expect(visible).not.toContain('meeting-direct');
  });

  it('turns a date range into the brush’s pixel selection, and the as-of day into a line', () => {
    const withRange = layoutTimeline(
      input({ range: { from: '2024-02-01', to: '2024-02-29' }, asOf: '2024-03-02' }),
    );
    const [s0, s1] = withRange.brush.selection ?? [0, 0];
    expect(s1).toBeGreaterThan(s0);
    expect(withRange.asOf?.label).toBe('As of 2024-03-02');
  });

  it('is pure: the same input gives the same layout', () => {
    expect(layoutTimeline(input())).toEqual(layout);
  });
});
