import { csvFormatValue, csvParseRows, dsvFormat } from 'd3-dsv';
import type {
  Citation,
  Evidence,
  Meeting,
  Position,
  Proposal,
  ProposalResponse,
  ProposalTerm,
} from '../domain/dataset.ts';
import type { DatasetIndex } from '../domain/dataset-index.ts';
import { describeCondition, describeFuzzyDate } from '../domain/describe.ts';
import { describeDerivation, RESPONSE_WORDS } from '../domain/describe-proposal.ts';
import type { PositionMatrix } from '../domain/position-matrix.ts';
import { listMatrixPositions } from './visible-records.ts';

/** A CSV cell before formatting; `undefined` is an empty cell. */
export type CsvValue = string | number | undefined;

/** Options of every CSV export. */
export interface CsvOptions {
  /** Starts the file with a UTF-8 byte-order mark, which some spreadsheet programs need. */
  bom?: boolean;
}

const BYTE_ORDER_MARK = '\ufeff';
// OWASP's list of characters that make a spreadsheet read a cell as a formula, with LF; a
// run of leading quotes before one is neutralised too, so that undoing it is unambiguous.
const FORMULA_START = /^'*[=+\-@\t\r\n]/;
const NEUTRALISED = /^'+[=+\-@\t\r\n]/;
const semicolonDsv = dsvFormat(';');

/**
 * A cell a spreadsheet will not run as a formula: one that starts with `=`, `+`, `-`, `@`, tab,
 * CR or LF (after any leading quotes) gets a leading `'`, as OWASP recommends.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** Undoes {@link neutraliseCell}: removes only the quote it added. */
export function restoreCell(value: string): string {
  return NEUTRALISED.test(value) ? value.slice(1) : value;
}

/**
 * One CSV field, quoted by d3-dsv as RFC 4180 says (quotes, commas, CR, LF); a field with a
 * semicolon is quoted too, since spreadsheets in semicolon locales split on it.
 */
function formatField(value: CsvValue): string {
  if (value === undefined) return '';
  const text = neutraliseCell(typeof value === 'number' ? String(value) : value);
  return text.includes(';') ? semicolonDsv.formatValue(text) : csvFormatValue(text);
}

/** Rows as RFC 4180 CSV text: CRLF line ends, formula cells neutralised, optional BOM. */
export function formatCsv(
  rows: readonly (readonly CsvValue[])[],
  options: CsvOptions = {},
): string {
  const body = rows.map((row) => row.map(formatField).join(',')).join('\r\n');
  return `${options.bom ? BYTE_ORDER_MARK : ''}${body}\r\n`;
}

/**
 * Parses CSV written by {@link formatCsv} back into rows of text: drops a byte-order mark and
 * undoes the formula neutralising. Uses `csvParseRows`, which needs no `new Function` (CSP).
 */
export function parseCsv(text: string): string[][] {
  const body = text.startsWith(BYTE_ORDER_MARK) ? text.slice(1) : text;
  return csvParseRows(body).map((row) => row.map(restoreCell));
}

/** One column of a records CSV: its header and how a record fills it. */
export interface CsvColumn<T> {
  header: string;
  value: (record: T) => CsvValue;
}

/** The evidence and source columns of a record: quote, report, offsets, citation. */
export function supportColumns<T>(
  get: (record: T) => { evidence?: Evidence | undefined; citation?: Citation | undefined },
  index: DatasetIndex,
): CsvColumn<T>[] {
  const source = (r: T) => {
    const id = get(r).evidence?.sourceId;
    return id === undefined ? undefined : index.sourcesById.get(id);
  };
  return [
    { header: 'evidence_quote', value: (r) => get(r).evidence?.quote },
    { header: 'source_title', value: (r) => source(r)?.title },
    { header: 'source_publisher', value: (r) => source(r)?.publisher },
    { header: 'source_published', value: (r) => source(r)?.published },
    { header: 'source_url', value: (r) => source(r)?.url },
    { header: 'source_language', value: (r) => source(r)?.language },
    { header: 'source_id', value: (r) => get(r).evidence?.sourceId },
    { header: 'evidence_start', value: (r) => get(r).evidence?.start },
    { header: 'evidence_end', value: (r) => get(r).evidence?.end },
    { header: 'citation_title', value: (r) => get(r).citation?.title },
    { header: 'citation_publisher', value: (r) => get(r).citation?.publisher },
    { header: 'citation_published', value: (r) => get(r).citation?.published },
    { header: 'citation_url', value: (r) => get(r).citation?.url },
  ];
}

/** A matrix position with whether it is the one its cell shows. */
export interface PositionRecord {
  position: Position;
  current: boolean;
}

/** The columns of the positions CSV. */
export function positionColumns(index: DatasetIndex): CsvColumn<PositionRecord>[] {
  const name = (id: string | undefined) =>
    id === undefined ? undefined : (index.actorsById.get(id)?.name ?? id);
  return [
    { header: 'id', value: (r) => r.position.id },
    { header: 'party', value: (r) => name(index.partyIdOf.get(r.position.actorId)) },
    { header: 'party_id', value: (r) => index.partyIdOf.get(r.position.actorId) },
    { header: 'actor', value: (r) => name(r.position.actorId) },
    { header: 'actor_id', value: (r) => r.position.actorId },
    { header: 'speaker', value: (r) => name(r.position.speakerId) },
    { header: 'speaker_id', value: (r) => r.position.speakerId },
    { header: 'issue', value: (r) => index.issuesById.get(r.position.issueId)?.label },
    { header: 'issue_id', value: (r) => r.position.issueId },
    { header: 'stance', value: (r) => r.position.stance },
    {
      header: 'condition',
      value: (r) =>
        r.position.condition && describeCondition(r.position.condition, index.issuesById),
    },
    { header: 'condition_issue_id', value: (r) => r.position.condition?.issueId },
    { header: 'condition_text', value: (r) => r.position.condition?.text },
    { header: 'date', value: (r) => r.position.date },
    { header: 'in_cell', value: (r) => (r.current ? 'current' : 'other') },
    { header: 'origin', value: (r) => r.position.origin },
    { header: 'confidence', value: (r) => r.position.confidence },
    { header: 'rule', value: (r) => r.position.rule },
    ...supportColumns<PositionRecord>((r) => r.position, index),
    { header: 'note', value: (r) => r.position.note },
    ...derivationColumns(index),
  ];
}

/**
 * The columns that say how a derived position follows from a proposal (empty for a stated
 * one): the proposal, the term, the response, and the response's sentence or citation (the
 * position's own evidence columns hold the term's).
 */
function derivationColumns(index: DatasetIndex): CsvColumn<PositionRecord>[] {
  const d = (r: PositionRecord) => r.position.derivedFrom;
  const proposal = (r: PositionRecord) => {
    const id = d(r)?.proposalId;
    return id === undefined ? undefined : index.proposalsById.get(id);
  };
  const source = (r: PositionRecord) => {
    const id = d(r)?.responseEvidence?.sourceId;
    return id === undefined ? undefined : index.sourcesById.get(id);
  };
  return [
    { header: 'derived', value: (r) => (d(r) ? 'derived' : 'stated') },
    { header: 'derived_via', value: (r) => d(r)?.via },
    {
      header: 'derived_how',
      value: (r) => {
        const derivation = d(r);
        return derivation && describeDerivation(derivation, proposal(r));
      },
    },
    { header: 'derived_from_proposal_id', value: (r) => d(r)?.proposalId },
    { header: 'derived_from_proposal', value: (r) => proposal(r)?.title },
    { header: 'derived_from_proposal_kind', value: (r) => proposal(r)?.kind },
    { header: 'derived_term_id', value: (r) => d(r)?.termId },
    { header: 'derived_response_id', value: (r) => d(r)?.responseId },
    { header: 'response_quote', value: (r) => d(r)?.responseEvidence?.quote },
    { header: 'response_source_title', value: (r) => source(r)?.title },
    { header: 'response_source_id', value: (r) => d(r)?.responseEvidence?.sourceId },
    { header: 'response_evidence_start', value: (r) => d(r)?.responseEvidence?.start },
    { header: 'response_evidence_end', value: (r) => d(r)?.responseEvidence?.end },
    { header: 'response_citation_title', value: (r) => d(r)?.responseCitation?.title },
    { header: 'response_citation_publisher', value: (r) => d(r)?.responseCitation?.publisher },
    { header: 'response_citation_published', value: (r) => d(r)?.responseCitation?.published },
    { header: 'response_citation_url', value: (r) => d(r)?.responseCitation?.url },
  ];
}

/**
 * One row of the proposals CSV: a term of a proposal, a response to it, or the proposal alone
 * when it has neither. Every row carries the proposal's own fields, so that a spreadsheet can
 * filter or pivot on any of them.
 */
export type ProposalCsvRecord =
  | { record: 'term'; proposal: Proposal; term: ProposalTerm }
  | { record: 'response'; proposal: Proposal; response: ProposalResponse }
  | { record: 'proposal'; proposal: Proposal };

/**
 * The rows of the proposals CSV, proposal by proposal (in the order given): its terms by phase
 * (terms without a phase last), then the responses to it by date.
 */
export function listProposalRows(
  proposals: readonly Proposal[],
  index: DatasetIndex,
): ProposalCsvRecord[] {
  return proposals.flatMap((proposal): ProposalCsvRecord[] => {
    const terms = proposal.terms
      .map((term, i) => ({ term, i }))
      .sort((a, b) => (a.term.phase ?? Infinity) - (b.term.phase ?? Infinity) || a.i - b.i)
      .map(({ term }): ProposalCsvRecord => ({ record: 'term', proposal, term }));
    const responses = [...(index.responsesOf.get(proposal.id) ?? [])]
      .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
      .map((response): ProposalCsvRecord => ({ record: 'response', proposal, response }));
    const rows = [...terms, ...responses];
    return rows.length > 0 ? rows : [{ record: 'proposal', proposal }];
  });
}

/** The columns of the proposals CSV; lists of names and ids are joined by "; ". */
export function proposalColumns(index: DatasetIndex): CsvColumn<ProposalCsvRecord>[] {
  const name = (id: string | undefined) =>
    id === undefined ? undefined : (index.actorsById.get(id)?.name ?? id);
  const label = (id: string | undefined) =>
    id === undefined ? undefined : (index.issuesById.get(id)?.label ?? id);
  const term = (r: ProposalCsvRecord) => (r.record === 'term' ? r.term : undefined);
  const response = (r: ProposalCsvRecord) => (r.record === 'response' ? r.response : undefined);
  const phase = (r: ProposalCsvRecord) => {
    const n = term(r)?.phase;
    return n === undefined ? undefined : r.proposal.phases?.find((p) => p.number === n);
  };
  // The row's own record: what its origin, rule, evidence and citation columns describe.
  const own = (r: ProposalCsvRecord) =>
    r.record === 'term' ? r.term : r.record === 'response' ? r.response : r.proposal;
  return [
    { header: 'record', value: (r) => r.record },
    { header: 'proposal_id', value: (r) => r.proposal.id },
    { header: 'proposal_title', value: (r) => r.proposal.title },
    { header: 'proposal_kind', value: (r) => r.proposal.kind },
    { header: 'proposal_date', value: (r) => r.proposal.date },
    {
      header: 'proposers',
      value: (r) => r.proposal.proposerIds.map((id) => name(id) ?? id).join('; '),
    },
    { header: 'proposer_ids', value: (r) => r.proposal.proposerIds.join('; ') },
    { header: 'proposal_origin', value: (r) => r.proposal.origin },
    { header: 'proposal_confidence', value: (r) => r.proposal.confidence },
    { header: 'proposal_rule', value: (r) => r.proposal.rule },
    { header: 'proposal_quote', value: (r) => r.proposal.evidence?.quote },
    { header: 'proposal_citation_title', value: (r) => r.proposal.citation?.title },
    { header: 'proposal_citation_url', value: (r) => r.proposal.citation?.url },
    { header: 'term_id', value: (r) => term(r)?.id },
    { header: 'phase', value: (r) => term(r)?.phase },
    { header: 'phase_label', value: (r) => phase(r)?.label },
    { header: 'phase_duration', value: (r) => phase(r)?.duration },
    { header: 'issue', value: (r) => label(term(r)?.issueId) },
    { header: 'issue_id', value: (r) => term(r)?.issueId },
    { header: 'provides', value: (r) => term(r)?.provides },
    { header: 'response_id', value: (r) => response(r)?.id },
    { header: 'actor', value: (r) => name(response(r)?.actorId) },
    { header: 'actor_id', value: (r) => response(r)?.actorId },
    { header: 'party', value: (r) => name(index.partyIdOf.get(response(r)?.actorId ?? '')) },
    { header: 'speaker', value: (r) => name(response(r)?.speakerId) },
    { header: 'speaker_id', value: (r) => response(r)?.speakerId },
    { header: 'response', value: (r) => response(r)?.response },
    {
      header: 'response_words',
      value: (r) => {
        const kind = response(r)?.response;
        return kind && RESPONSE_WORDS[kind];
      },
    },
    {
      header: 'condition',
      value: (r) => {
        const condition = response(r)?.condition;
        return condition && describeCondition(condition, index.issuesById);
      },
    },
    { header: 'condition_issue_id', value: (r) => response(r)?.condition?.issueId },
    { header: 'condition_text', value: (r) => response(r)?.condition?.text },
    { header: 'response_date', value: (r) => response(r)?.date },
    // A term has no origin of its own: it is the proposal's.
    { header: 'origin', value: (r) => (response(r) ?? r.proposal).origin },
    { header: 'confidence', value: (r) => (response(r) ?? r.proposal).confidence },
    { header: 'rule', value: (r) => (response(r) ?? r.proposal).rule },
    ...supportColumns<ProposalCsvRecord>(own, index),
    { header: 'note', value: (r) => (response(r) ?? r.proposal).note },
  ];
}

/** The columns of the meetings CSV; lists of names and ids are joined by "; ". */
export function meetingColumns(index: DatasetIndex): CsvColumn<Meeting>[] {
  const names = (ids: readonly string[]) =>
    ids.map((id) => index.actorsById.get(id)?.name ?? id).join('; ');
  return [
    { header: 'id', value: (m) => m.id },
    { header: 'date', value: (m) => describeFuzzyDate(m.date) },
    { header: 'date_start', value: (m) => m.date.start },
    { header: 'date_end', value: (m) => m.date.end },
    { header: 'date_precision', value: (m) => m.date.precision },
    { header: 'place', value: (m) => m.place },
    { header: 'mediators', value: (m) => names(m.mediatorIds) },
    { header: 'mediator_ids', value: (m) => m.mediatorIds.join('; ') },
    { header: 'participants', value: (m) => names(m.participantIds) },
    { header: 'participant_ids', value: (m) => m.participantIds.join('; ') },
    {
      header: 'issues',
      value: (m) => m.issueIds.map((id) => index.issuesById.get(id)?.label ?? id).join('; '),
    },
    { header: 'issue_ids', value: (m) => m.issueIds.join('; ') },
    { header: 'summary', value: (m) => m.summary },
    { header: 'origin', value: (m) => m.origin },
    { header: 'confidence', value: (m) => m.confidence },
    { header: 'rule', value: (m) => m.rule },
    ...supportColumns<Meeting>((m) => m, index),
    { header: 'note', value: (m) => m.note },
  ];
}

/** A header row and one row per record. */
export function tableOf<T>(records: readonly T[], columns: readonly CsvColumn<T>[]): CsvValue[][] {
  return [columns.map((c) => c.header), ...records.map((r) => columns.map((c) => c.value(r)))];
}

/**
 * The positions the matrix shows as CSV: one row per position that counts in a shown cell
 * (the current one and the others), with its evidence quote, source and origin.
 */
export function toPositionsCsv(
  matrix: PositionMatrix,
  index: DatasetIndex,
  options: CsvOptions = {},
): string {
  return formatCsv(tableOf(listMatrixPositions(matrix), positionColumns(index)), options);
}

/** The meetings the timeline shows as CSV: one row per meeting, with evidence, source and origin. */
export function toMeetingsCsv(
  meetings: readonly Meeting[],
  index: DatasetIndex,
  options: CsvOptions = {},
): string {
  return formatCsv(tableOf(meetings, meetingColumns(index)), options);
}

/**
 * The proposals the timeline shows as CSV, one row per term (with the proposal's fields) and one
 * per response, told apart by the `record` column; a proposal with neither has one row.
 */
export function toProposalsCsv(
  proposals: readonly Proposal[],
  index: DatasetIndex,
  options: CsvOptions = {},
): string {
  return formatCsv(tableOf(listProposalRows(proposals, index), proposalColumns(index)), options);
}
