import { useCallback, useMemo, useRef } from 'react';
import { layoutChangeBand } from '../../layout/change-band.ts';
import { layoutTimeline } from '../../layout/timeline-layout.ts';
import { selectMeetingsBetweenChange } from '../../store/analysis-selectors.ts';
import {
  selectAsOf,
  selectIndex,
  selectShownMeetings,
  selectTimelineExtent,
  selectTimelineLanes,
  selectTimelinePositions,
  selectTimelineWindow,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { EmptyState } from '../shared/empty-state.tsx';
import { allMediatorsHidden } from '../shared/mediator-words.ts';
import { useElementWidth } from '../shared/use-element-width.ts';
import { TimelineChart } from './timeline-chart.tsx';
import { useTimelineBrush } from './use-timeline-brush.ts';
import { useTimelineZoom } from './use-timeline-zoom.ts';

const NO_EVENTS: never[] = [];

/**
 * The region "Mediator meetings timeline": one lane per mediator and one for meetings without
 * one, meetings as buttons named with date, place and mediators, position statements as a
 * lighter mark; zoom and pan (wheel, drag, buttons) and a brush that sets the matrix's dates.
 */
export function MeetingsTimeline() {
  const index = useDashboard(selectIndex);
  const meetings = useDashboard(selectShownMeetings);
  const lanes = useDashboard(selectTimelineLanes);
  const positions = useDashboard(selectTimelinePositions);
  const extent = useDashboard(selectTimelineExtent);
  const window = useDashboard(selectTimelineWindow);
  const asOf = useDashboard(selectAsOf);
  const range = useDashboard((s) => s.range);
  const zoomed = useDashboard((s) => s.zoom !== null);
  const hiddenMediators = useDashboard((s) => s.hiddenMediators);
  const selection = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const setZoom = useDashboard((s) => s.setZoom);
  const zoomBy = useDashboard((s) => s.zoomBy);
  const setRange = useDashboard((s) => s.setRange);
  const change = useDashboard((s) => s.change);
  const betweenIds = useDashboard(selectMeetingsBetweenChange);
  const [frameRef, width] = useElementWidth<HTMLDivElement>(960);
  const chartRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);

  const events = index?.dataset.events ?? NO_EVENTS;
  const actorsById = index?.actorsById;
  const layout = useMemo(
    () =>
      layoutTimeline({
        meetings,
        lanes,
        positions,
        events,
        actorsById: actorsById ?? new Map(),
        domain: window,
        width,
        asOf,
        range,
      }),
    [meetings, lanes, positions, events, actorsById, window, width, asOf, range],
  );

  useTimelineZoom(chartRef, {
    extent,
    window,
    plot: layout.plot,
    height: layout.height,
    onZoom: setZoom,
  });
  useTimelineBrush(brushRef, {
    window,
    plot: layout.plot,
    y0: layout.brush.y0,
    y1: layout.brush.y1,
    selection: layout.brush.selection,
    onRange: setRange,
  });
  const onSelectMeeting = useCallback(
    (meetingId: string) => select({ kind: 'meeting', meetingId }),
    [select],
  );
  if (!index) return null;

  const hiddenCount = index.dataset.meetings.length - meetings.length;
  let empty: string | undefined;
  if (meetings.length === 0) {
    empty = allMediatorsHidden(index, hiddenMediators)
      ? 'No mediator is selected, so no meeting is shown. Select a mediator in the filters.'
      : index.dataset.meetings.length === 0
        ? 'This case has no meetings yet.'
        : 'No meeting was held by the selected mediators.';
  }

  return (
    <section className="panel timeline-panel" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">Mediator meetings timeline</h2>
      <div className="timeline__toolbar">
        <button type="button" onClick={() => zoomBy(2)}>
          Zoom in
        </button>
        <button type="button" onClick={() => zoomBy(0.5)} disabled={!zoomed}>
          Zoom out
        </button>
        <button type="button" onClick={() => setZoom(null)} disabled={!zoomed}>
          Reset zoom
        </button>
        <button type="button" onClick={() => setRange(null)} disabled={!range}>
          Show all dates in the matrix
        </button>
      </div>
      <p className="timeline__summary">
        {meetings.length} meeting{meetings.length === 1 ? '' : 's'} shown
        {hiddenCount > 0 ? `, ${hiddenCount} hidden by the mediator filter` : ''}.{' '}
        {range
          ? `The matrix counts positions stated from ${range.from} to ${range.to}.`
          : 'Drag across the lanes to count only positions stated in those dates.'}{' '}
        Use the wheel to zoom and drag the axis to pan, or the buttons above.
        {change &&
          ` ${betweenIds.size} meeting${betweenIds.size === 1 ? '' : 's'} between ${change.from} and ${change.to}, the compared dates, ${betweenIds.size === 1 ? 'is' : 'are'} ringed in yellow on a shaded band.`}
      </p>
      {empty && <EmptyState message={empty} />}
      <div ref={frameRef} className="timeline__frame">
        <TimelineChart
          layout={layout}
          selectedMeetingId={selection?.kind === 'meeting' ? selection.meetingId : undefined}
          onSelectMeeting={onSelectMeeting}
          chartRef={chartRef}
          brushRef={brushRef}
          changeBand={layoutChangeBand(layout, change)}
          betweenIds={betweenIds}
        />
      </div>
      <p className="timeline-legend">
        Marks: a dot is a meeting on a known day; a bar spans its dates (dotted outline: a month or
        an approximate date); a bar fading out to one side is open-ended, before or after a date; a
        dashed outline was extracted from the text, a solid one curated. A hollow mark tied by a
        dotted line is the same meeting under its other mediators. Grey diamonds count position
        statements per day; shaded bands are events such as a truce; the dashed line is the as-of
        date.
      </p>
    </section>
  );
}
