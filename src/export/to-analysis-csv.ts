import type { CellChange } from '../analysis/change-between-dates.ts';
import { describeChange } from '../analysis/change-between-dates.ts';
import { describeGranters } from '../analysis/describe-granters.ts';
import type { DisputedClaim } from '../analysis/disputed-claims.ts';
import type { SequencingEdge, SequencingGraph } from '../analysis/sequencing.ts';
import type { Position } from '../domain/dataset.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { describeCondition } from '../domain/describe.ts';
import type { CsvColumn, CsvOptions } from './to-csv.ts';
import { formatCsv, supportColumns, tableOf } from './to-csv.ts';

function namer(index: DatasetIndex) {
  return {
    name: (id: string | undefined) =>
      id === undefined ? undefined : (index.actorsById.get(id)?.name ?? id),
    label: (id: string | undefined) =>
      id === undefined ? undefined : (index.issuesById.get(id)?.label ?? id),
  };
}

/**
 * The columns of one position seen from a record that holds two (before and after, first and
 * second), each header starting with `prefix`: stance, condition, date, who said it, and its
 * evidence and source.
 */
function sideColumns<T>(
  prefix: string,
  get: (record: T) => Position | undefined,
  index: DatasetIndex,
): CsvColumn<T>[] {
  const { name } = namer(index);
  const columns: CsvColumn<T>[] = [
    { header: 'stance', value: (r) => get(r)?.stance },
    {
      header: 'condition',
      value: (r) => {
        const condition = get(r)?.condition;
        return condition && describeCondition(condition, index.issuesById);
      },
    },
    { header: 'stated', value: (r) => get(r)?.date },
    { header: 'stated_by', value: (r) => name(get(r)?.speakerId ?? get(r)?.actorId) },
    { header: 'position_id', value: (r) => get(r)?.id },
    { header: 'origin', value: (r) => get(r)?.origin },
    ...supportColumns<T>((r) => get(r) ?? {}, index),
  ];
  return columns.map((c) => ({ ...c, header: `${prefix}_${c.header}` }));
}

/** A condition edge with the graph it belongs to, as one row of the sequencing CSV. */
export interface SequencingRecord {
  edge: SequencingEdge;
  /** Whether the edge runs back against the layers, closing a cycle. */
  closesCycle: boolean;
}

/** The columns of the sequencing CSV. */
export function sequencingColumns(
  graph: SequencingGraph,
  index: DatasetIndex,
): CsvColumn<SequencingRecord>[] {
  const { name, label } = namer(index);
  const verdict = (r: SequencingRecord) => graph.verdicts.get(r.edge.from);
  const granters = (r: SequencingRecord) =>
    describeGranters(
      graph.granterStances.get(r.edge.to),
      (id) => name(id) ?? id,
      (id) => label(id) ?? id,
    );
  return [
    { header: 'issue', value: (r) => label(r.edge.from) },
    { header: 'issue_id', value: (r) => r.edge.from },
    { header: 'waits_for', value: (r) => label(r.edge.to) },
    { header: 'waits_for_id', value: (r) => r.edge.to },
    { header: 'party', value: (r) => name(r.edge.partyId) },
    { header: 'party_id', value: (r) => r.edge.partyId },
    {
      header: 'stated_by',
      value: (r) => name(r.edge.position.speakerId ?? r.edge.position.actorId),
    },
    { header: 'waits_for_granters', value: (r) => granters(r).text },
    {
      header: 'granter_ids',
      value: (r) => (graph.granterStances.get(r.edge.to) ?? []).map((g) => g.granterId).join('; '),
    },
    { header: 'waits_for_class', value: (r) => granters(r).class },
    { header: 'verdict_class', value: (r) => verdict(r)?.class },
    { header: 'verdict', value: (r) => verdict(r)?.text },
    {
      header: 'chain',
      value: (r) =>
        verdict(r)
          ?.chain.path.map((id) => label(id) ?? id)
          .join(' → '),
    },
    { header: 'closes_cycle', value: (r) => (r.closesCycle ? 'yes' : 'no') },
    { header: 'position_id', value: (r) => r.edge.position.id },
    { header: 'stance', value: (r) => r.edge.position.stance },
    { header: 'date', value: (r) => r.edge.position.date },
    { header: 'origin', value: (r) => r.edge.position.origin },
    { header: 'confidence', value: (r) => r.edge.position.confidence },
    ...supportColumns<SequencingRecord>((r) => r.edge.position, index),
  ];
}

/**
 * The sequencing graph as CSV: one row per condition ("P accepts X only once Y"), since each
 * condition is one stated position with one quote to check; the row carries the verdict on the
 * chain it starts and how the granters of what it waits for stand.
 */
export function toSequencingCsv(
  graph: SequencingGraph,
  index: DatasetIndex,
  backEdges: ReadonlySet<string> = new Set(),
  options: CsvOptions = {},
): string {
  const records = graph.edges.map((edge) => ({
    edge,
    closesCycle: backEdges.has(edge.position.id),
  }));
  return formatCsv(tableOf(records, sequencingColumns(graph, index)), options);
}

const DIRECTION_WORDS: Record<CellChange['direction'], string> = {
  1: 'toward demand',
  [-1]: 'toward reject',
  0: 'same stance, other condition',
};

/** The columns of the change-between-dates CSV. */
export function changeColumns(
  days: { from: string; to: string },
  index: DatasetIndex,
): CsvColumn<CellChange>[] {
  const { name, label } = namer(index);
  return [
    { header: 'party', value: (c) => name(c.partyId) },
    { header: 'party_id', value: (c) => c.partyId },
    { header: 'issue', value: (c) => label(c.issueId) },
    { header: 'issue_id', value: (c) => c.issueId },
    { header: 'change', value: (c) => c.change },
    {
      header: 'direction',
      value: (c) => (c.change === 'changed' ? DIRECTION_WORDS[c.direction] : undefined),
    },
    { header: 'description', value: (c) => describeChange(c) },
    { header: 'from_date', value: () => days.from },
    { header: 'to_date', value: () => days.to },
    ...sideColumns<CellChange>('from', (c) => c.before, index),
    ...sideColumns<CellChange>('to', (c) => c.after, index),
  ];
}

/**
 * The change between two dates as CSV: one row per party cell that changed, appeared or
 * disappeared (unchanged cells are left out), with the stance at each date and the quote and
 * source behind each.
 */
export function toChangesCsv(
  changes: readonly CellChange[],
  days: { from: string; to: string },
  index: DatasetIndex,
  options: CsvOptions = {},
): string {
  const shown = changes.filter((c) => c.change !== 'unchanged');
  return formatCsv(tableOf(shown, changeColumns(days, index)), options);
}

/** The columns of the disputed-claims CSV. */
export function disputeColumns(
  windowDays: number,
  asOf: string | undefined,
  index: DatasetIndex,
): CsvColumn<DisputedClaim>[] {
  const { name, label } = namer(index);
  return [
    { header: 'party', value: (d) => name(d.partyId) },
    { header: 'party_id', value: (d) => d.partyId },
    { header: 'issue', value: (d) => label(d.issueId) },
    { header: 'issue_id', value: (d) => d.issueId },
    { header: 'days_apart', value: (d) => d.daysApart },
    { header: 'window_days', value: () => windowDays },
    { header: 'as_of', value: () => asOf },
    ...sideColumns<DisputedClaim>('first', (d) => d.first, index),
    ...sideColumns<DisputedClaim>('second', (d) => d.second, index),
  ];
}

/**
 * Disputed claims as CSV: one row per cell where two reports give the party different stances
 * within the window, with both stances, both quotes and both sources with their dates.
 */
export function toDisputesCsv(
  disputes: readonly DisputedClaim[],
  windowDays: number,
  asOf: string | undefined,
  index: DatasetIndex,
  options: CsvOptions = {},
): string {
  return formatCsv(tableOf(disputes, disputeColumns(windowDays, asOf, index)), options);
}
