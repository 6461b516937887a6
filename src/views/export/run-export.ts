import type { CellChange } from '../../analysis/change-between-dates.ts';
import type { DisputedClaim } from '../../analysis/disputed-claims.ts';
import type { Dataset } from '../../domain/dataset.ts';
import { timeToIsoDay } from '../../domain/iso-day.ts';
import { NO_MEDIATOR } from '../../domain/meetings-in-range.ts';
import { PARTY_PROPOSALS } from '../../domain/proposals-in-view.ts';
import { download } from '../../export/download.ts';
import type { ExportContext, SourceLine } from '../../export/export-context.ts';
import { collectSources, describeExportFilters } from '../../export/export-context.ts';
import { EXPORT_THEMES } from '../../export/export-theme.ts';
import { buildExportFileName } from '../../export/file-name.ts';
import type { SvgExport } from '../../export/svg-frame.ts';
import { toAnalysedMatrixSvg } from '../../export/to-analysed-matrix-svg.ts';
import { toChangesCsv, toDisputesCsv, toSequencingCsv } from '../../export/to-analysis-csv.ts';
import { toCompareSvg } from '../../export/to-compare-svg.ts';
import { toMeetingsCsv, toPositionsCsv, toProposalsCsv } from '../../export/to-csv.ts';
import { filterDataset, toDatasetJson } from '../../export/to-json.ts';
import { MAX_PNG_PIXELS, svgToPng } from '../../export/to-png.ts';
import { toSequencingSvg } from '../../export/to-sequencing-svg.ts';
import { toTimelineSvg } from '../../export/to-timeline-svg.ts';
import {
  listMatrixPositions,
  listWindowMeetings,
  listWindowProposals,
} from '../../export/visible-records.ts';
import {
  listShownChanges,
  listShownDisputes,
  selectMatrixSources,
  selectSequencingSources,
  selectTimelineSources,
} from './view-sources.ts';
import {
  selectAnalysedMatrixLayout,
  selectDisputedClaims,
  selectSequencingGraph,
  selectStanceChanges,
} from '../../store/analysis-selectors.ts';
import { selectComparePair, selectComparison } from '../../store/compare-selectors.ts';
import type { DashboardState } from '../../store/dashboard-store.ts';
import { selectSequencingLayout } from '../../store/sequencing-selectors.ts';
import {
  selectAsOf,
  selectIndex,
  selectPositionMatrix,
  selectShownMeetings,
  selectShownProposals,
  selectTimelineLanes,
  selectTimelinePositions,
  selectTimelineWindow,
} from '../../store/selectors.ts';
import type { ExportKind, ExportSettings } from './export-kinds.ts';

/** A built export, ready to save. */
export interface BuiltExport {
  blob: Blob;
  fileName: string;
  /** A short description for the status line, e.g. "1,180 × 2,340 px". */
  detail: string;
}

const NO_EVENTS: never[] = [];

function requireIndex(state: DashboardState) {
  const index = selectIndex(state);
  if (!index) throw new Error('No case is loaded, so there is nothing to export.');
  return index;
}

function contextOf(
  state: DashboardState,
  sources: SourceLine[],
  settings: ExportSettings,
  withWindow = false,
): ExportContext {
  const index = requireIndex(state);
  return {
    caseTitle: index.dataset.case.title,
    filters: describeExportFilters(index, {
      hiddenMediators: state.hiddenMediators,
      hiddenParties: state.hiddenParties,
      hiddenIssues: state.hiddenIssues,
      range: state.range,
      asOf: selectAsOf(state),
      window: withWindow ? state.zoom : null,
    }),
    sources,
    exportedOn: timeToIsoDay(settings.now.getTime()),
    theme: EXPORT_THEMES[settings.theme],
  };
}

/** The changes the matrix shows (changed, appeared, disappeared), in its order. */
function shownChanges(state: DashboardState): CellChange[] {
  return listShownChanges(selectPositionMatrix(state), selectStanceChanges(state));
}

/** The disputed claims the matrix shows, in its order. */
function shownDisputes(state: DashboardState): DisputedClaim[] {
  return listShownDisputes(selectPositionMatrix(state), selectDisputedClaims(state));
}

/** The matrix as the screen shows it, with the analyses' verdicts, changes and disputes, as SVG. */
function matrixSvg(state: DashboardState, settings: ExportSettings): SvgExport {
  const matrix = selectPositionMatrix(state);
  const layout = selectAnalysedMatrixLayout(state);
  if (!matrix || !layout) throw new Error('The matrix has nothing to export.');
  const context = contextOf(state, selectMatrixSources(state), settings);
  if (state.change) {
    context.filters += ` · changes between ${state.change.from} and ${state.change.to}`;
  }
  return toAnalysedMatrixSvg({ matrix, layout, disputeWindow: state.disputeWindow, context });
}

/** The sequencing graph as the screen shows it, as SVG; it reads every report, unfiltered. */
function sequencingSvg(state: DashboardState, settings: ExportSettings): SvgExport {
  const index = requireIndex(state);
  const graph = selectSequencingGraph(state);
  const layout = selectSequencingLayout(state);
  if (!graph || !layout) throw new Error('The sequencing graph has nothing to export.');
  const asOf = selectAsOf(state);
  const sources = selectSequencingSources(state);
  return toSequencingSvg({
    layout,
    verdicts: [...graph.verdicts.values()],
    asOf,
    context: {
      ...contextOf(state, sources, settings),
      // The view does not follow the filters: it weighs every party's conditions.
      filters: describeExportFilters(index, {
        hiddenMediators: [],
        hiddenParties: [],
        hiddenIssues: [],
        range: null,
        asOf,
      }),
    },
  });
}

/** The timeline as the screen shows it (lanes, window, width), as SVG. */
function timelineSvg(state: DashboardState, settings: ExportSettings): SvgExport {
  const index = requireIndex(state);
  const meetings = selectShownMeetings(state);
  const positions = selectTimelinePositions(state);
  const events = index.dataset.events ?? NO_EVENTS;
  const proposals = selectShownProposals(state);
  const sources = selectTimelineSources(state);
  return toTimelineSvg({
    timeline: {
      meetings,
      lanes: selectTimelineLanes(state),
      positions,
      events,
      proposals,
      actorsById: index.actorsById,
      domain: selectTimelineWindow(state),
      width: settings.timelineWidth,
      asOf: selectAsOf(state),
      range: state.range,
    },
    context: contextOf(state, sources, settings, true),
  });
}

/** The comparison of the chosen pair, as SVG. */
function compareSvg(state: DashboardState, settings: ExportSettings): SvgExport {
  const index = requireIndex(state);
  const pair = selectComparePair(state);
  if (!pair) throw new Error('This case has fewer than two parties to compare.');
  const rows = selectComparison(state);
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  const records = rows.flatMap((r) => [r.first, r.second]).filter((p) => p !== undefined);
  return toCompareSvg({
    rows,
    names: [name(pair[0]), name(pair[1])],
    index,
    context: contextOf(state, collectSources(records, index.sourcesById), settings),
  });
}

/** The part of the dataset the views show: the matrix's positions, the timeline's meetings. */
export function selectFilteredDataset(state: DashboardState): Dataset {
  const index = requireIndex(state);
  const matrix = selectPositionMatrix(state);
  const lanes = selectTimelineLanes(state);
  return filterDataset(index.dataset, {
    positions: matrix ? listMatrixPositions(matrix).map((r) => r.position) : [],
    meetings: listWindowMeetings(selectShownMeetings(state), state.zoom),
    proposalIds: listWindowProposals(selectShownProposals(state), state.zoom).map((p) => p.id),
    actorIds: [
      ...(matrix?.rows.map((r) => r.id) ?? []),
      ...lanes.map((l) => l.key).filter((k) => k !== NO_MEDIATOR && k !== PARTY_PROPOSALS),
    ],
    issueIds: matrix?.columns.map((c) => c.id) ?? [],
  });
}

async function asPng(build: () => SvgExport, settings: ExportSettings) {
  const start = performance.now();
  const svg = build();
  performance.measure('export:svg-build', { start });
  const png = await svgToPng(svg, settings.pngScale);
  const reduced = !png.limit
    ? ''
    : png.limit === 'canvas'
      ? ` (reduced to ${png.scale}× to fit a canvas)`
      : ` (reduced to ${png.scale}× to stay within ${MAX_PNG_PIXELS / 1_000_000} megapixels)`;
  return { blob: png.blob, detail: `${png.width} × ${png.height} px${reduced}` };
}

/** Builds one export from the store's state, as the screen shows it. */
export async function buildExport(
  kind: ExportKind,
  state: DashboardState,
  settings: ExportSettings,
): Promise<BuiltExport> {
  const index = requireIndex(state);
  const asOf = selectAsOf(state);
  const name = (view: string, extension: 'svg' | 'png' | 'csv' | 'json') =>
    buildExportFileName({ caseId: index.dataset.case.id, view, asOf, extension });
  const svgBlob = (svg: SvgExport) => new Blob([svg.svg], { type: 'image/svg+xml;charset=utf-8' });
  const csvBlob = (text: string) => new Blob([text], { type: 'text/csv;charset=utf-8' });
  const comparisonName = () => {
    const pair = selectComparePair(state);
    return pair ? `comparison-${pair[0]}-${pair[1]}` : 'comparison';
  };

  switch (kind) {
    case 'matrix-svg': {
      const svg = matrixSvg(state, settings);
      return {
        blob: svgBlob(svg),
        fileName: name('matrix', 'svg'),
        detail: `${svg.width} × ${svg.height}`,
      };
    }
    case 'matrix-png':
      return {
        ...(await asPng(() => matrixSvg(state, settings), settings)),
        fileName: name('matrix', 'png'),
      };
    case 'timeline-svg': {
      const svg = timelineSvg(state, settings);
      return {
        blob: svgBlob(svg),
        fileName: name('timeline', 'svg'),
        detail: `${svg.width} × ${svg.height}`,
      };
    }
    case 'timeline-png':
      return {
        ...(await asPng(() => timelineSvg(state, settings), settings)),
        fileName: name('timeline', 'png'),
      };
    case 'comparison-svg': {
      const svg = compareSvg(state, settings);
      return {
        blob: svgBlob(svg),
        fileName: name(comparisonName(), 'svg'),
        detail: `${svg.width} × ${svg.height}`,
      };
    }
    case 'comparison-png':
      return {
        ...(await asPng(() => compareSvg(state, settings), settings)),
        fileName: name(comparisonName(), 'png'),
      };
    case 'sequencing-svg': {
      const svg = sequencingSvg(state, settings);
      return {
        blob: svgBlob(svg),
        fileName: name('sequencing', 'svg'),
        detail: `${svg.width} × ${svg.height}`,
      };
    }
    case 'sequencing-png':
      return {
        ...(await asPng(() => sequencingSvg(state, settings), settings)),
        fileName: name('sequencing', 'png'),
      };
    case 'sequencing-csv': {
      const graph = selectSequencingGraph(state);
      const layout = selectSequencingLayout(state);
      if (!graph || !layout) throw new Error('The sequencing graph has nothing to export.');
      const back = new Set(layout.edges.filter((e) => e.back).map((e) => e.positionId));
      const rows = graph.edges.length;
      return {
        blob: csvBlob(toSequencingCsv(graph, index, back, { bom: settings.bom })),
        fileName: name('sequencing', 'csv'),
        detail: `${rows.toLocaleString('en-US')} condition${rows === 1 ? '' : 's'}`,
      };
    }
    case 'changes-csv': {
      const days = state.change;
      if (!days) {
        throw new Error(
          'Choose a from date and a to date under “Change between two dates” to export the changes.',
        );
      }
      const changes = shownChanges(state);
      return {
        blob: csvBlob(toChangesCsv(changes, days, index, { bom: settings.bom })),
        fileName: name(`changes-${days.from}-to-${days.to}`, 'csv'),
        detail: `${changes.length.toLocaleString('en-US')} changed cell${changes.length === 1 ? '' : 's'}`,
      };
    }
    case 'disputes-csv': {
      const disputes = shownDisputes(state);
      return {
        blob: csvBlob(
          toDisputesCsv(disputes, state.disputeWindow, asOf, index, { bom: settings.bom }),
        ),
        fileName: name('disputes', 'csv'),
        detail: `${disputes.length.toLocaleString('en-US')} disputed claim${disputes.length === 1 ? '' : 's'}`,
      };
    }
    case 'positions-csv': {
      const matrix = selectPositionMatrix(state);
      if (!matrix) throw new Error('The matrix has nothing to export.');
      const rows = listMatrixPositions(matrix).length;
      return {
        blob: csvBlob(toPositionsCsv(matrix, index, { bom: settings.bom })),
        fileName: name('positions', 'csv'),
        detail: `${rows.toLocaleString('en-US')} position${rows === 1 ? '' : 's'}`,
      };
    }
    case 'meetings-csv': {
      const meetings = listWindowMeetings(selectShownMeetings(state), state.zoom);
      return {
        blob: csvBlob(toMeetingsCsv(meetings, index, { bom: settings.bom })),
        fileName: name('meetings', 'csv'),
        detail: `${meetings.length.toLocaleString('en-US')} meeting${meetings.length === 1 ? '' : 's'}`,
      };
    }
    case 'proposals-csv': {
      const proposals = listWindowProposals(selectShownProposals(state), state.zoom);
      return {
        blob: csvBlob(toProposalsCsv(proposals, index, { bom: settings.bom })),
        fileName: name('proposals', 'csv'),
        detail: `${proposals.length.toLocaleString('en-US')} proposal${proposals.length === 1 ? '' : 's'}`,
      };
    }
    case 'dataset-json': {
      const filtered = settings.jsonScope === 'filtered';
      const dataset = filtered ? selectFilteredDataset(state) : index.dataset;
      return {
        blob: new Blob([toDatasetJson(dataset)], { type: 'application/json;charset=utf-8' }),
        fileName: name(filtered ? 'dataset-filtered' : 'dataset', 'json'),
        detail: `${dataset.positions.length.toLocaleString('en-US')} positions, ${dataset.meetings.length.toLocaleString('en-US')} meetings`,
      };
    }
  }
}

/** Builds an export and saves it; returns what was saved, for the status line. */
export async function runExport(
  kind: ExportKind,
  state: DashboardState,
  settings: ExportSettings,
): Promise<BuiltExport> {
  const start = performance.now();
  const built = await buildExport(kind, state, settings);
  download(built.blob, built.fileName);
  // From the start of the export to the file handed to the browser, for bench/export.ts.
  performance.measure(`export:${kind}`, { start });
  return built;
}
