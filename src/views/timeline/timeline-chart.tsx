import type { Ref } from 'react';
import { memo, useId } from 'react';
import type { ChangeBand } from '../../layout/change-band.ts';
import type {
  MeetingShape,
  PlacedMeeting,
  PlacedProposal,
  TimelineView,
} from '../../layout/timeline-layout.ts';
import {
  findMarkAt,
  findProposalAt,
  placedMarks,
  placedProposals,
} from '../../layout/timeline-layout.ts';
import { DENSE_MEETINGS, DENSE_PROPOSALS, TimelineCanvas } from './timeline-canvas.tsx';

interface ChartProps {
  layout: TimelineView;
  selectedMeetingId: string | undefined;
  onSelectMeeting: (id: string) => void;
  selectedProposalId: string | undefined;
  onSelectProposal: (id: string) => void;
  /** The element d3-zoom is applied to: wheel anywhere zooms, a drag on the axis pans. */
  chartRef: Ref<HTMLDivElement>;
  /** The brush's `<g>`; none in embed mode, where there is no matrix for a date range to filter. */
  brushRef?: Ref<SVGGElement> | undefined;
  /** The change-between-dates band, and the meetings in it (marked). */
  changeBand?: ChangeBand | undefined;
  betweenIds?: ReadonlySet<string> | undefined;
}

const MARK_HEIGHT: Record<MeetingShape, number> = {
  point: 16,
  range: 14,
  'open-start': 14,
  'open-end': 14,
};

function MeetingButton({
  meeting,
  top,
  left,
  right,
  selected,
  between,
  onSelect,
}: {
  meeting: PlacedMeeting;
  between: boolean;
  top: number;
  left: number;
  right: number;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  const height = MARK_HEIGHT[meeting.shape];
  const x0 = Math.max(left, meeting.x0);
  const x1 = Math.min(right, meeting.x1);
  const classes = [
    'timeline-mark',
    `timeline-mark--${meeting.shape}`,
    `timeline-mark--${meeting.origin}`,
    meeting.soft ? 'timeline-mark--soft' : '',
    x0 > meeting.x0 ? 'timeline-mark--cut-start' : '',
    x1 < meeting.x1 ? 'timeline-mark--cut-end' : '',
    between ? 'timeline-mark--between' : '',
  ].filter(Boolean);
  return (
    <button
      type="button"
      className={classes.join(' ')}
      aria-pressed={selected}
      style={{ left: x0, top: meeting.cy - top - height / 2, width: Math.max(8, x1 - x0), height }}
      onClick={() => onSelect(meeting.id)}
    >
      <span className="sr-only">{meeting.name}</span>
    </button>
  );
}

/** A triangle on its day, its point up, in a box of PROPOSAL_BOX pixels: filled for a deal. */
const PROPOSAL_BOX = 18;
const TRIANGLE = 'M9,2L16.5,15.5H1.5Z';

function ProposalButton({
  proposal,
  top,
  selected,
  onSelect,
}: {
  proposal: PlacedProposal;
  top: number;
  selected: boolean;
  onSelect: (id: string) => void;
}) {
  return (
    <button
      type="button"
      className={`timeline-proposal timeline-proposal--${proposal.kind} timeline-proposal--${proposal.origin}`}
      aria-pressed={selected}
      style={{
        left: proposal.x - PROPOSAL_BOX / 2,
        top: proposal.cy - top - PROPOSAL_BOX / 2,
        width: PROPOSAL_BOX,
        height: PROPOSAL_BOX,
      }}
      onClick={() => onSelect(proposal.id)}
    >
      <svg viewBox="0 0 18 18" aria-hidden="true" focusable="false">
        <path d={TRIANGLE} />
      </svg>
      <span className="sr-only">{proposal.name}</span>
    </button>
  );
}

const NO_MARKS: ReturnType<typeof placedMarks> = { meetings: [], ghosts: [], positions: [] };
const NO_PROPOSALS: ReturnType<typeof placedProposals> = { proposals: [], ghosts: [] };

/**
 * Draws a placed timeline: lanes, events, axis and ghosts in SVG, meetings as buttons on top.
 * Memoised: a brush or a summary change re-renders the panel, not the marks.
 */
export const TimelineChart = memo(function TimelineChart({
  layout,
  selectedMeetingId,
  onSelectMeeting,
  selectedProposalId,
  onSelectProposal,
  chartRef,
  brushRef,
  changeBand,
  betweenIds,
}: ChartProps) {
  // useId's characters are not all valid in a url(#…) reference.
  const clipId = `timeline-clip-${useId().replace(/[^\w-]/g, '')}`;
  const { plot, lanesTop, lanesBottom, axisY, pan } = layout;
  const plotWidth = plot.right - plot.left;
  const clip = `url(#${clipId})`;
  // A crowded window is drawn on a canvas; each meeting is a button again once few enough are in view.
  const inView = layout.meetingsInView;
  const dense = inView > DENSE_MEETINGS;
  // Only marks in view become elements, and none while the canvas draws them: the view keeps
  // every mark's pixels in arrays, and objects are made for the few that React renders.
  const { meetings, ghosts, positions } = dense ? NO_MARKS : placedMarks(layout, 'visible');
  // Proposals are buttons unless they alone crowd the window, whatever the meetings do.
  const denseProposals = layout.proposalsInView > DENSE_PROPOSALS;
  const proposals = denseProposals ? NO_PROPOSALS : placedProposals(layout, 'visible');
  return (
    <div
      ref={chartRef}
      className="timeline__chart"
      style={{ height: layout.height }}
      onClick={
        dense || denseProposals
          ? (event) => {
              // On the canvas a click opens the nearest mark; elsewhere it reaches the brush as usual.
              const box = event.currentTarget.getBoundingClientRect();
              const x = event.clientX - box.left;
              const y = event.clientY - box.top;
              const proposal = denseProposals ? findProposalAt(layout, x, y) : undefined;
              if (proposal) onSelectProposal(proposal.id);
              const hit = dense && !proposal ? findMarkAt(layout, x, y) : undefined;
              if (hit) onSelectMeeting(hit.id);
            }
          : undefined
      }
    >
      <svg
        className="timeline__svg"
        width={layout.width}
        height={layout.height}
        aria-hidden="true"
        focusable="false"
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={plot.left} y={0} width={plotWidth} height={layout.height} />
          </clipPath>
        </defs>
        {layout.lanes.map((lane, i) => (
          <g key={lane.key} className={`timeline-lane timeline-lane--${lane.kind}`}>
            <rect
              className={
                i % 2 === 0 ? 'timeline-lane__bg' : 'timeline-lane__bg timeline-lane__bg--alt'
              }
              x={plot.left}
              y={lane.y}
              width={plotWidth}
              height={lane.height}
            />
            <text className="timeline-lane__label" x={plot.left + 4} y={lane.y + 13}>
              {lane.label}
            </text>
          </g>
        ))}
        <g clipPath={clip}>
          {changeBand && (
            <rect
              className="timeline-change-band"
              x={changeBand.x0}
              y={lanesTop}
              width={changeBand.x1 - changeBand.x0}
              height={lanesBottom - lanesTop}
            />
          )}
          {layout.events?.items.map((event) =>
            event.visible ? (
              <g key={event.key} className="timeline-event">
                <rect
                  className="timeline-event__band"
                  x={event.x0}
                  y={layout.events?.y}
                  width={event.x1 - event.x0}
                  height={lanesBottom - (layout.events?.y ?? lanesTop)}
                />
                <text
                  className="timeline-event__label"
                  x={event.labelX}
                  y={(layout.events?.y ?? 0) + 14}
                >
                  {event.label}
                </text>
              </g>
            ) : null,
          )}
          {/* Ticks keyed by position: a zoom step moves and relabels them rather than making new ones. */}
          {layout.ticks.map((tick, i) => (
            <line
              key={i}
              className="timeline__gridline"
              x1={tick.x}
              x2={tick.x}
              y1={lanesTop}
              y2={lanesBottom}
            />
          ))}
          {ghosts.map((ghost) => (
            <g key={ghost.key} className="timeline-ghost">
              <line
                className="timeline-ghost__connector"
                x1={ghost.connector.x}
                x2={ghost.connector.x}
                y1={ghost.connector.y0}
                y2={ghost.connector.y1}
              />
              {ghost.shape === 'point' ? (
                <circle
                  className="timeline-ghost__mark"
                  cx={(ghost.x0 + ghost.x1) / 2}
                  cy={ghost.cy}
                  r={6}
                />
              ) : (
                <rect
                  className="timeline-ghost__mark"
                  x={ghost.x0}
                  y={ghost.cy - 6}
                  width={ghost.x1 - ghost.x0}
                  height={12}
                  rx={6}
                />
              )}
            </g>
          ))}
          {positions.map((day) => (
            <g key={day.key} className="timeline-position">
              <path
                className="timeline-position__mark"
                d={`M${day.x},${day.cy - 7}l7,7l-7,7l-7,-7z`}
              />
              <text className="timeline-position__count" x={day.x + 10} y={day.cy + 4}>
                {day.count}
              </text>
            </g>
          ))}
          {proposals.ghosts.map((ghost) => (
            <g key={ghost.key} className="timeline-ghost timeline-ghost--proposal">
              <line
                className="timeline-ghost__connector"
                x1={ghost.x}
                x2={ghost.x}
                y1={ghost.connector.y0}
                y2={ghost.connector.y1}
              />
              <path
                className="timeline-ghost__mark"
                transform={`translate(${ghost.x - PROPOSAL_BOX / 2},${ghost.cy - PROPOSAL_BOX / 2})`}
                d={TRIANGLE}
              />
            </g>
          ))}
          {proposals.proposals.map((p) =>
            p.text ? (
              <text key={p.key} className="timeline-proposal__text" x={p.text.x} y={p.cy + 4}>
                {p.text.value}
              </text>
            ) : null,
          )}
          {meetings.map((m) =>
            m.text ? (
              <text key={m.key} className="timeline-mark__text" x={m.text.x} y={m.cy + 4}>
                {m.text.value}
              </text>
            ) : null,
          )}
          {layout.asOf && (
            <g className="timeline-asof">
              <line x1={layout.asOf.x} x2={layout.asOf.x} y1={lanesTop} y2={lanesBottom} />
            </g>
          )}
        </g>
        <g className="timeline-axis">
          <line x1={plot.left} x2={plot.right} y1={axisY} y2={axisY} />
          {layout.ticks.map((tick, i) => (
            <g key={i} transform={`translate(${tick.x},${axisY})`}>
              <line y2={5} />
              <text y={17} textAnchor={tick.anchor}>
                {tick.label}
              </text>
            </g>
          ))}
        </g>
        {brushRef && <g ref={brushRef} className="timeline-brush brush" />}
        <g className="timeline-pan">
          <rect
            className="timeline-pan__handle"
            x={plot.left}
            y={pan.y0}
            width={plotWidth}
            height={pan.y1 - pan.y0}
          />
          <text
            className="timeline-pan__hint"
            x={(plot.left + plot.right) / 2}
            y={pan.y1 - 5}
            textAnchor="middle"
          >
            {!brushRef
              ? 'Drag the axis to pan · wheel to zoom'
              : layout.width >= 560
                ? 'Drag across the lanes to pick dates · drag the axis to pan · wheel to zoom'
                : 'Drag lanes: pick dates · drag axis: pan'}
          </text>
        </g>
      </svg>
      {(dense || denseProposals) && (
        <TimelineCanvas
          view={layout}
          selectedMeetingId={selectedMeetingId}
          meetings={dense}
          proposals={denseProposals}
        />
      )}
      <div
        className="timeline__marks"
        style={{ top: lanesTop, height: lanesBottom - lanesTop, width: layout.width }}
      >
        {dense && (
          <p className="timeline__dense-note">
            {inView.toLocaleString('en')} meetings in view: zoom in to reach each one by keyboard
            (below {DENSE_MEETINGS} they become buttons), or click a mark to open it.
          </p>
        )}
        {proposals.proposals.map((p) => (
          <ProposalButton
            key={p.key}
            proposal={p}
            top={lanesTop}
            selected={p.id === selectedProposalId}
            onSelect={onSelectProposal}
          />
        ))}
        {meetings.map((m) => (
          <MeetingButton
            key={m.key}
            meeting={m}
            top={lanesTop}
            left={plot.left}
            right={plot.right}
            selected={m.id === selectedMeetingId}
            between={betweenIds?.has(m.id) ?? false}
            onSelect={onSelectMeeting}
          />
        ))}
        {layout.asOf && (
          <span
            className="timeline-asof__label"
            aria-hidden="true"
            style={
              layout.asOf.anchor === 'start'
                ? { left: layout.asOf.x + 3, top: 0 }
                : { right: layout.width - layout.asOf.x + 3, top: 0 }
            }
          >
            {layout.asOf.label}
          </span>
        )}
      </div>
    </div>
  );
});
