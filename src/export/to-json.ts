import type { Actor, Dataset, Meeting, Position } from '../domain/dataset.ts';

/** The records a filtered dataset export keeps: those the views show. */
export interface DatasetSelection {
  positions: readonly Position[];
  meetings: readonly Meeting[];
  /** Proposals the views show; those the shown positions follow from are kept in any case. */
  proposalIds?: Iterable<string>;
  /** Actors and issues the views show even without records (matrix rows, columns, lanes). */
  actorIds: Iterable<string>;
  issueIds: Iterable<string>;
}

/**
 * The part of a dataset the views show, still whole by itself: the shown positions and
 * meetings, the proposals they follow from (with every response to them), every event, and each actor (with its parents), issue and source those refer to,
 * in the dataset's order. Curated identifications are kept when what they name is kept;
 * rejected extractions are left out.
 */
export function filterDataset(dataset: Dataset, selection: DatasetSelection): Dataset {
  const actorsById = new Map(dataset.actors.map((a) => [a.id, a]));
  const issuesById = new Map(dataset.issues.map((i) => [i.id, i]));
  const actorIds = new Set<string>();
  const issueIds = new Set<string>();
  const sourceIds = new Set<string>();
  const addActor = (id: string | undefined) => {
    let actor: Actor | undefined = id === undefined ? undefined : actorsById.get(id);
    while (actor && !actorIds.has(actor.id)) {
      actorIds.add(actor.id);
      actor = actor.parentId === undefined ? undefined : actorsById.get(actor.parentId);
    }
  };
  const addIssue = (id: string | undefined) => {
    const issue = id === undefined ? undefined : issuesById.get(id);
    if (!issue || issueIds.has(issue.id)) return;
    issueIds.add(issue.id);
    // An issue keeps its links to other issues and to the actors who grant it.
    for (const other of issue.excludes ?? []) addIssue(other);
    if (Array.isArray(issue.grantedBy)) issue.grantedBy.forEach(addActor);
  };
  const addSource = (evidence: { sourceId: string } | undefined) => {
    if (evidence) sourceIds.add(evidence.sourceId);
  };

  for (const id of selection.actorIds) addActor(id);
  for (const id of selection.issueIds) addIssue(id);
  const positionIds = new Set(selection.positions.map((p) => p.id));
  const meetingIds = new Set(selection.meetings.map((m) => m.id));
  const positions = dataset.positions.filter((p) => positionIds.has(p.id));
  const meetings = dataset.meetings.filter((m) => meetingIds.has(m.id));
  for (const p of positions) {
    addActor(p.actorId);
    addActor(p.speakerId);
    addIssue(p.issueId);
    addIssue(p.condition?.issueId);
    addSource(p.evidence);
  }
  for (const m of meetings) {
    m.participantIds.forEach(addActor);
    m.mediatorIds.forEach(addActor);
    m.issueIds.forEach(addIssue);
    addSource(m.evidence);
  }
  // A derived position is whole only with its proposal and the responses to it.
  const proposalIds = new Set(selection.proposalIds ?? []);
  for (const p of positions) if (p.derivedFrom) proposalIds.add(p.derivedFrom.proposalId);
  const proposals = dataset.proposals.filter((p) => proposalIds.has(p.id));
  const responses = dataset.responses.filter((r) => proposalIds.has(r.proposalId));
  for (const p of proposals) {
    p.proposerIds.forEach(addActor);
    addSource(p.evidence);
    for (const t of p.terms) {
      addIssue(t.issueId);
      addSource(t.evidence);
    }
  }
  for (const r of responses) {
    addActor(r.actorId);
    addActor(r.speakerId);
    addIssue(r.condition?.issueId);
    addSource(r.evidence);
  }
  for (const p of positions) addSource(p.derivedFrom?.responseEvidence);
  const events = dataset.events;
  for (const e of events ?? []) {
    (e.mediatorIds ?? []).forEach(addActor);
    addSource(e.evidence);
  }
  const identifications = dataset.identifications?.filter(
    (n) =>
      (n.actorId === undefined || actorIds.has(n.actorId)) &&
      (n.meetingId === undefined || meetingIds.has(n.meetingId)),
  );
  for (const n of identifications ?? []) addSource(n.evidence);

  const { rejected: _rejected, identifications: _identifications, ...rest } = dataset;
  return {
    ...rest,
    actors: dataset.actors.filter((a) => actorIds.has(a.id)),
    issues: dataset.issues.filter((i) => issueIds.has(i.id)),
    sources: dataset.sources.filter((s) => sourceIds.has(s.id)),
    positions,
    meetings,
    proposals,
    responses,
    ...(events && { events }),
    ...(identifications && { identifications }),
  };
}

/**
 * Dataset JSON as text: two-space indent and a final newline. The dataset is
 * written as it is, so reading the file back gives an equal dataset.
 */
export function toDatasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
