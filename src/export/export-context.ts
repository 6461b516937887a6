import type { Citation, Evidence, Source } from '../domain/dataset.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { NO_MEDIATOR } from '../domain/meetings-in-range.ts';
import type { DayRange } from '../domain/position-matrix.ts';
import { timeToIsoDay } from '../domain/iso-day.ts';
import type { ExportTheme } from './export-theme.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';

/** What every exported chart says about itself besides the chart: filters, sources, date. */
export interface ExportContext {
  caseTitle: string;
  /** The active filters in words, e.g. "Mediators: Egypt, Qatar · as of 2023-12-20". */
  filters: string;
  sources: readonly SourceLine[];
  /** The day of the export, ISO. */
  exportedOn: string;
  theme: ExportTheme;
}

/** One source behind the records of a chart: a report of the dataset or a cited public source. */
export interface SourceLine {
  title: string;
  publisher: string | undefined;
  published: string | undefined;
  url: string | undefined;
}

/** The filters of a view, as the store holds them. */
export interface ExportFilters {
  hiddenMediators: readonly string[];
  hiddenParties: readonly string[];
  hiddenIssues: readonly string[];
  range: DayRange | null;
  asOf: string | undefined;
  /** The timeline's visible window in UTC milliseconds, when it is zoomed and matters. */
  window?: readonly [number, number] | null | undefined;
}

/** Names of the shown items, or "all but …" when fewer are hidden than shown. */
function describeSubset(
  label: string,
  all: readonly { id: string; name: string }[],
  hidden: readonly string[],
): string | undefined {
  if (hidden.length === 0) return undefined;
  const hiddenSet = new Set(hidden);
  const shown = all.filter((a) => !hiddenSet.has(a.id)).map((a) => isolateBidi(a.name));
  const left = all.filter((a) => hiddenSet.has(a.id)).map((a) => isolateBidi(a.name));
  if (shown.length === 0) return `${label}: none`;
  if (shown.length <= Math.max(8, left.length)) return `${label}: ${shown.join(', ')}`;
  return `${label}: all but ${left.join(', ')}`;
}

/**
 * The active filters in words, joined by " · ": "Mediators: Egypt, Qatar · as of 2023-12-20".
 * Filters left at "everything" are not named; the as-of date always is.
 */
export function describeExportFilters(index: DatasetIndex, filters: ExportFilters): string {
  const mediators = [
    ...index.mediators.map((m) => ({ id: m.id, name: m.name })),
    { id: NO_MEDIATOR, name: 'meetings without a mediator' },
  ];
  const parts = [
    describeSubset('Mediators', mediators, filters.hiddenMediators),
    describeSubset(
      'Parties',
      index.partyRows.map((a) => ({ id: a.id, name: a.name })),
      filters.hiddenParties,
    ),
    describeSubset(
      'Issues',
      index.dataset.issues.map((i) => ({ id: i.id, name: i.label })),
      filters.hiddenIssues,
    ),
    filters.range && `positions stated from ${filters.range.from} to ${filters.range.to}`,
    filters.window &&
      `dates shown ${timeToIsoDay(filters.window[0])} to ${timeToIsoDay(filters.window[1] - 1)}`,
  ].filter((p): p is string => !!p);
  if (parts.length === 0) parts.push('All mediators, parties and issues');
  if (filters.asOf) parts.push(`as of ${filters.asOf}`);
  return parts.join(' · ');
}

/**
 * The sources behind some records, once each, oldest first: the reports their evidence quotes
 * and the public sources they cite.
 */
export function collectSources(
  records: Iterable<{ evidence?: Evidence | undefined; citation?: Citation | undefined }>,
  sourcesById: ReadonlyMap<string, Source>,
): SourceLine[] {
  const lines = new Map<string, SourceLine>();
  const seenSources = new Set<string>();
  const add = (line: SourceLine) => {
    const key = [line.title, line.publisher, line.published, line.url].join('\u0000');
    if (!lines.has(key)) lines.set(key, line);
  };
  for (const record of records) {
    const sourceId = record.evidence?.sourceId;
    if (sourceId !== undefined && !seenSources.has(sourceId)) {
      seenSources.add(sourceId);
      const source = sourcesById.get(sourceId);
      if (source) {
        add({
          title: source.title,
          publisher: source.publisher,
          published: source.published,
          url: source.url,
        });
      }
    }
    const c = record.citation;
    if (c) add({ title: c.title, publisher: c.publisher, published: c.published, url: c.url });
  }
  return [...lines.values()].sort(
    (a, b) =>
      (a.published ?? '').localeCompare(b.published ?? '') || a.title.localeCompare(b.title),
  );
}

/** A source as one line of text: "Title — Publisher, 2023-12-20, https://…". */
export function describeSourceLine(line: SourceLine): string {
  const meta = [line.publisher && isolateBidi(line.publisher), line.published, line.url]
    .filter(Boolean)
    .join(', ');
  return meta ? `${isolateBidi(line.title)} — ${meta}` : line.title;
}
