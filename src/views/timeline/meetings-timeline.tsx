import { useCallback, useMemo, useRef } from 'react';
import type { Actor } from '../../domain/dataset.ts';
import { layoutChangeBand } from '../../layout/change-band.ts';
import { placeRange, placeTimeline, planTimeline } from '../../layout/timeline-layout.ts';
import { selectMeetingsBetweenChange } from '../../store/analysis-selectors.ts';
import {
  selectAsOf,
  selectIndex,
  selectShownMeetings,
  selectShownProposals,
  selectTimelineExtent,
  selectTimelineLanes,
  selectTimelinePositions,
  selectTimelineWindow,
} from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';
import { EmptyState } from '../shared/empty-state.tsx';
import { allMediatorsHidden } from '../shared/mediator-words.ts';
import { useMeasuredWidth } from './use-measured-width.ts';
import { TimelineChart } from './timeline-chart.tsx';
import { useTimelineBrush } from './use-timeline-brush.ts';
import { useTimelineZoom } from './use-timeline-zoom.ts';

const NO_EVENTS: never[] = [];
const NO_ACTORS = new Map<string, Actor>();
const UNPLACED_PLOT = { left: 0, right: 0 };

/**
 * The region "Mediator meetings timeline": one lane per mediator and one for meetings without
 * one, meetings as buttons named with date, place and mediators, proposals as triangles named
 * with kind, title, date and proposers, position statements as a lighter mark; zoom and pan (wheel, drag, buttons) and a brush that sets the matrix's dates.
 */
export function MeetingsTimeline({ embedded = false }: { embedded?: boolean }) {
  const index = useDashboard(selectIndex);
  // Neither sorts the meetings again nor builds the matrix; both keep their arrays while unchanged.
  const meetings = useDashboard(selectShownMeetings);
  const proposals = useDashboard(selectShownProposals);
  const lanes = useDashboard(selectTimelineLanes);
  const positions = useDashboard(selectTimelinePositions);
  const extent = useDashboard(selectTimelineExtent);
  const window = useDashboard(selectTimelineWindow);
  const asOf = useDashboard(selectAsOf);
  const range = useDashboard((s) => s.range);
  const zoomed = useDashboard((s) => s.zoom !== null);
  const hiddenMediators = useDashboard((s) => s.hiddenMediators);
  const selected = useDashboard((s) => s.selection);
  const select = useDashboard((s) => s.select);
  const setZoom = useDashboard((s) => s.setZoom);
  const zoomBy = useDashboard((s) => s.zoomBy);
  const setRange = useDashboard((s) => s.setRange);
  const change = useDashboard((s) => s.change);
  const betweenIds = useDashboard(selectMeetingsBetweenChange);
  const [frameRef, width, measured] = useMeasuredWidth<HTMLDivElement>(960);
  const chartRef = useRef<HTMLDivElement>(null);
  const brushRef = useRef<SVGGElement>(null);

  const events = index?.dataset.events ?? NO_EVENTS;
  const actorsById = index?.actorsById;
  // Planned once per data and width (lanes, rows, marks in data units); a zoom only places the
  // plan in a new window. The range is left out: a brush moves the brush, not the marks. Nothing
  // is planned before the frame's width is known (a plan at a guessed width would be thrown
  // away in the same frame).
  const plan = useMemo(
    () =>
      measured
        ? planTimeline({
            meetings,
            lanes,
            positions,
            events,
            proposals,
            actorsById: actorsById ?? NO_ACTORS,
            width,
          })
        : undefined,
    [measured, meetings, lanes, positions, events, proposals, actorsById, width],
  );
  const layout = useMemo(() => plan && placeTimeline(plan, window, asOf), [plan, window, asOf]);
  const plot = layout?.plot ?? UNPLACED_PLOT;
  const selection = useMemo(() => placeRange(plot, window, range), [plot, window, range]);
  const changeBand = useMemo(() => layout && layoutChangeBand(layout, change), [layout, change]);

  useTimelineZoom(chartRef, {
    extent,
    window,
    plot,
    height: layout?.height ?? 0,
    onZoom: setZoom,
    attached: layout !== undefined,
  });
  // Embedded, the chart draws no brush (there is no matrix to filter): the hook finds no `<g>`.
  useTimelineBrush(brushRef, {
    window,
    plot,
    // The brush covers the lanes.
    y0: layout?.lanesTop ?? 0,
    y1: layout?.lanesBottom ?? 0,
    selection,
    onRange: setRange,
    attached: layout !== undefined,
  });
  const onSelectMeeting = useCallback(
    (meetingId: string) => select({ kind: 'meeting', meetingId }),
    [select],
  );
  const onSelectProposal = useCallback(
    (proposalId: string) => select({ kind: 'proposal', proposalId }),
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
      <h2 id="timeline-heading" className={embedded ? 'sr-only' : undefined}>
        Mediator meetings timeline
      </h2>
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
        {!embedded && (
          <button type="button" onClick={() => setRange(null)} disabled={!range}>
            Show all dates in the matrix
          </button>
        )}
      </div>
      <p className="timeline__summary">
        {meetings.length} meeting{meetings.length === 1 ? '' : 's'} shown
        {hiddenCount > 0 ? `, ${hiddenCount} hidden by the mediator filter` : ''}
        {proposals.length > 0 &&
          `; ${proposals.length} proposal${proposals.length === 1 ? '' : 's'} or deal${proposals.length === 1 ? '' : 's'}`}
        .{' '}
        {!embedded &&
          (range
            ? `The matrix counts positions stated from ${range.from} to ${range.to}. `
            : 'Drag across the lanes to count only positions stated in those dates. ')}
        Use the wheel to zoom and drag the axis to pan, or the buttons above.
        {change &&
          ` ${betweenIds.size} meeting${betweenIds.size === 1 ? '' : 's'} between ${change.from} and ${change.to}, the compared dates, ${betweenIds.size === 1 ? 'is' : 'are'} ringed in yellow on a shaded band.`}
      </p>
      {empty && <EmptyState message={empty} />}
      <div ref={frameRef} className="timeline__frame">
        {layout && (
          <TimelineChart
            layout={layout}
            selectedMeetingId={selected?.kind === 'meeting' ? selected.meetingId : undefined}
            onSelectMeeting={onSelectMeeting}
            selectedProposalId={selected?.kind === 'proposal' ? selected.proposalId : undefined}
            onSelectProposal={onSelectProposal}
            chartRef={chartRef}
            brushRef={embedded ? undefined : brushRef}
            changeBand={changeBand}
            betweenIds={betweenIds}
          />
        )}
      </div>
      <p className="timeline-legend">
        Marks: a dot is a meeting on a known day; a bar spans its dates (dotted outline: a month or
        an approximate date); a bar fading out to one side is open-ended, before or after a date; a
        dashed outline was extracted from the text, a solid one curated. A hollow mark tied by a
        dotted line is the same meeting under its other mediators. A triangle is a deal (filled) or
        a proposal (hollow) in its first mediator proposer’s lane, with dashed copies under the
        others. Grey diamonds count position statements per day; shaded bands are events such as a
        truce; the dashed line is the as-of date.
      </p>
    </section>
  );
}
