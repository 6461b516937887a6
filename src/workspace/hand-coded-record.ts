import { findPartyOf } from '../domain/actors.ts';
import type { Dataset, Evidence, Meeting, Position } from '../domain/dataset.ts';
import { MeetingSchema, PositionSchema } from '../domain/dataset-schema.ts';
import { isStance, STANCES } from '../domain/stance.ts';
import { findReferenceProblems } from '../domain/validate-dataset.ts';
import { uniqueId } from './read-input.ts';
import type { ReviewItem } from './user-case.ts';
import { HAND_CODED_NOTE } from './user-case.ts';

/** What the "Code selection" form says of a position, as typed (an empty string is unset). */
export interface PositionDraft {
  kind: 'position';
  evidence: Evidence;
  actorId: string;
  issueId: string;
  stance: string;
  conditionIssueId?: string;
  conditionText?: string;
  speakerId?: string;
  date: string;
}

/** What the "Code selection" form says of a meeting, as typed. */
export interface MeetingDraft {
  kind: 'meeting';
  evidence: Evidence;
  participantIds: readonly string[];
  mediatorIds: readonly string[];
  issueIds?: readonly string[];
  place?: string;
  date: { start: string; end?: string; precision: string };
}

/** A record coded by hand, before it is checked. */
export type HandCodedDraft = PositionDraft | MeetingDraft;

/** The form's fields, by the key a problem names. */
export const DRAFT_FIELDS = {
  evidence: 'Selection',
  actorId: 'Party',
  issueId: 'Issue',
  stance: 'Stance',
  conditionIssueId: 'Condition issue',
  conditionText: 'Condition text',
  speakerId: 'Speaker',
  date: 'Date',
  participantIds: 'Participants',
  mediatorIds: 'Mediators',
  issueIds: 'Issues discussed',
  place: 'Place',
  precision: 'Precision',
  end: 'End date',
} as const;

/** A field of the form. */
export type DraftField = keyof typeof DRAFT_FIELDS;

/** A review item coded by hand, or the first problem, naming the field it is in. */
export type HandCodedResult =
  | { ok: true; item: Extract<ReviewItem, { kind: 'position' | 'meeting' }> }
  | { ok: false; field: DraftField; message: string };

const PRECISIONS = ['day', 'month', 'approximate', 'before', 'after'];

function problem(field: DraftField, text: string): HandCodedResult {
  return { ok: false, field, message: `${DRAFT_FIELDS[field]}: ${text}` };
}

/** Maps a dataset path of the one record checked (`positions[0].condition.issueId`) to a field. */
function fieldOf(path: string): DraftField {
  const rest = path.replace(/^(positions|meetings)\[0\]\.?/, '');
  if (rest.startsWith('evidence') || rest === '') return 'evidence';
  if (rest.startsWith('condition.text')) return 'conditionText';
  if (rest.startsWith('condition')) return 'conditionIssueId';
  if (rest.startsWith('date.end')) return 'end';
  if (rest.startsWith('date.precision')) return 'precision';
  const key = /^\w+/.exec(rest)?.[0] ?? '';
  return key in DRAFT_FIELDS ? (key as DraftField) : 'evidence';
}

const blank = (value: string | undefined) => value === undefined || value.trim() === '';

/**
 * Builds the curated record a person coded from a span of an article, as a pending review
 * item, checked with the dataset's own validators: the shape (a real date, a stance of the
 * scale), known actors and issues, evidence that is the source's text at its offsets. The id is
 * new among `takenIds`.
 */
export function buildHandCodedItem(
  draft: HandCodedDraft,
  dataset: Dataset,
  takenIds: ReadonlySet<string>,
): HandCodedResult {
  const { evidence } = draft;
  const id = uniqueId(
    `hand-${draft.kind}-${evidence.sourceId}-${evidence.start}-${evidence.end}`,
    takenIds,
  );
  let record: Position | Meeting;
  if (draft.kind === 'position') {
    if (blank(draft.actorId))
      return problem('actorId', 'choose who holds the position (a party, or a faction or person).');
    if (blank(draft.issueId)) return problem('issueId', 'choose the issue the position is on.');
    if (blank(draft.stance)) return problem('stance', 'choose a stance.');
    if (!isStance(draft.stance))
      return problem(
        'stance',
        `“${draft.stance}” is not on the stance scale (${STANCES.join(', ')}).`,
      );
    const hasCondition = !blank(draft.conditionIssueId) || !blank(draft.conditionText);
    record = {
      id,
      actorId: draft.actorId,
      issueId: draft.issueId,
      stance: draft.stance,
      ...(hasCondition && {
        condition: {
          ...(!blank(draft.conditionIssueId) && { issueId: draft.conditionIssueId }),
          ...(!blank(draft.conditionText) && { text: draft.conditionText?.trim() }),
        },
      }),
      ...(!blank(draft.speakerId) && { speakerId: draft.speakerId }),
      date: draft.date,
      evidence,
      origin: 'curated',
      confidence: 1,
      note: HAND_CODED_NOTE,
    };
  } else {
    if (draft.mediatorIds.length === 0)
      return problem(
        'mediatorIds',
        'tick at least one mediator: a meeting is coded only with a mediator present.',
      );
    if (!PRECISIONS.includes(draft.date.precision))
      return problem('precision', `choose one of ${PRECISIONS.join(', ')}.`);
    record = {
      id,
      date: {
        start: draft.date.start,
        ...(!blank(draft.date.end) && { end: draft.date.end }),
        precision: draft.date.precision as Meeting['date']['precision'],
      },
      ...(!blank(draft.place) && { place: draft.place?.trim() }),
      participantIds: [...draft.participantIds],
      mediatorIds: [...draft.mediatorIds],
      issueIds: [...(draft.issueIds ?? [])],
      evidence,
      origin: 'curated',
      confidence: 1,
      note: HAND_CODED_NOTE,
    };
  }
  const shape = (draft.kind === 'position' ? PositionSchema : MeetingSchema).safeParse(record);
  if (!shape.success) {
    const first = shape.error.issues[0];
    const path = first?.path.map(String) ?? [];
    const field = path[0] === 'date' && path[1] ? `date.${path[1]}` : path.join('.');
    return problem(fieldOf(field), first?.message ?? 'is not valid.');
  }
  const collection = draft.kind === 'position' ? 'positions' : 'meetings';
  // The record alone, against the case's actors, issues and sources.
  const references = findReferenceProblems({
    ...dataset,
    positions: draft.kind === 'position' ? [record as Position] : [],
    meetings: draft.kind === 'meeting' ? [record as Meeting] : [],
    proposals: [],
    responses: [],
    events: [],
    identifications: [],
  }).filter((p) => p.path.startsWith(`${collection}[0]`));
  const first = references[0];
  if (first) return problem(fieldOf(first.path), `${first.message}.`);
  if (draft.kind === 'position' && !blank(draft.speakerId)) {
    // A speaker speaks for one side: a position of Israel is not stated by a Hamas official.
    const byId = new Map(dataset.actors.map((a) => [a.id, a]));
    const side = findPartyOf(draft.actorId, byId);
    const speakerSide = findPartyOf(draft.speakerId ?? '', byId);
    if (side && speakerSide && side.id !== speakerSide.id)
      return problem(
        'speakerId',
        `${byId.get(draft.speakerId ?? '')?.name ?? draft.speakerId} speaks for ${speakerSide.name}, not for ${side.name}.`,
      );
  }
  return draft.kind === 'position'
    ? { ok: true, item: { kind: 'position', record: record as Position, status: 'pending' } }
    : { ok: true, item: { kind: 'meeting', record: record as Meeting, status: 'pending' } };
}
