import type { Dataset, Evidence, FuzzyDate } from './dataset.ts';
import { DatasetSchema } from './dataset-schema.ts';
import { upgradeDataset } from './migrate-dataset.ts';

/** One problem found in a dataset: where (`positions[2].actorId`) and what. */
export interface DatasetProblem {
  path: string;
  message: string;
}

/** The outcome of validating untrusted data as a Dataset. */
export type DatasetValidation =
  { ok: true; dataset: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Formats a path of keys and indexes as `positions[2].evidence.start`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Validates data against the Dataset schema (an older version is first brought up to date)
 * and the rules the schema cannot say: unique ids, references to known actors, issues,
 * sources and proposals, evidence offsets that match the source text, and evidence or
 * citation on every record.
 */
export function validateDataset(data: unknown): DatasetValidation {
  const parsed = DatasetSchema.safeParse(upgradeDataset(data));
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((issue) => ({
        path: formatPath(issue.path),
        message: issue.message,
      })),
    };
  }
  const problems = findReferenceProblems(parsed.data);
  return problems.length === 0 ? { ok: true, dataset: parsed.data } : { ok: false, problems };
}

/** Problems with ids and references in a dataset whose shape is already valid. */
export function findReferenceProblems(dataset: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const report = (path: string, message: string) => problems.push({ path, message });

  const actorIds = collectIds('actors', dataset.actors, report);
  const issueIds = collectIds('issues', dataset.issues, report);
  collectIds('sources', dataset.sources, report);
  const meetingIds = collectIds('meetings', dataset.meetings, report);
  collectIds('positions', dataset.positions, report);
  collectIds('events', dataset.events ?? [], report);
  collectIds('identifications', dataset.identifications ?? [], report);
  const proposalIds = collectIds('proposals', dataset.proposals, report);
  const responseIds = collectIds('responses', dataset.responses, report);
  const termIds = new Map(dataset.proposals.map((p) => [p.id, new Set(p.terms.map((t) => t.id))]));
  const responseProposal = new Map(dataset.responses.map((r) => [r.id, r.proposalId]));
  const sourceText = new Map(dataset.sources.map((s) => [s.id, s.text]));

  const checkRef = (ids: Set<string>, what: string, path: string, id: string | undefined) => {
    if (id !== undefined && !ids.has(id)) report(path, `unknown ${what} id "${id}"`);
  };
  const checkEvidence = (path: string, evidence: Evidence | undefined) => {
    if (evidence === undefined) return;
    const text = sourceText.get(evidence.sourceId);
    if (text === undefined) {
      report(`${path}.sourceId`, `unknown source id "${evidence.sourceId}"`);
      return;
    }
    if (evidence.end <= evidence.start || evidence.end > text.length) {
      report(
        path,
        `offsets ${evidence.start}–${evidence.end} are outside the source text (length ${text.length})`,
      );
      return;
    }
    const atOffsets = text.slice(evidence.start, evidence.end);
    if (atOffsets !== evidence.quote) {
      report(
        `${path}.quote`,
        `quote does not match the source text at ${evidence.start}–${evidence.end}: expected "${truncate(atOffsets)}", found "${truncate(evidence.quote)}"`,
      );
    }
  };
  const checkSupport = (
    path: string,
    record: { origin: string; evidence?: Evidence; citation?: unknown },
  ) => {
    if (record.evidence === undefined && record.citation === undefined) {
      report(path, 'needs evidence (a quote in a source) or a citation (a public source)');
    } else if (record.origin === 'extracted' && record.evidence === undefined) {
      report(`${path}.evidence`, 'an extracted record must carry evidence');
    }
  };
  const checkDate = (path: string, date: FuzzyDate) => {
    if (date.end !== undefined && date.end < date.start) {
      report(`${path}.end`, `ends (${date.end}) before it starts (${date.start})`);
    }
  };

  dataset.actors.forEach((actor, i) => {
    checkRef(actorIds, 'actor', `actors[${i}].parentId`, actor.parentId);
    if (actor.parentId === actor.id)
      report(`actors[${i}].parentId`, 'an actor cannot be its own parent');
  });
  dataset.issues.forEach((issue, i) => {
    (issue.excludes ?? []).forEach((id, j) =>
      checkRef(issueIds, 'issue', `issues[${i}].excludes[${j}]`, id),
    );
    if (Array.isArray(issue.grantedBy)) {
      issue.grantedBy.forEach((id, j) =>
        checkRef(actorIds, 'actor', `issues[${i}].grantedBy[${j}]`, id),
      );
    }
  });
  dataset.positions.forEach((p, i) => {
    const path = `positions[${i}]`;
    checkRef(actorIds, 'actor', `${path}.actorId`, p.actorId);
    checkRef(actorIds, 'actor', `${path}.speakerId`, p.speakerId);
    checkRef(issueIds, 'issue', `${path}.issueId`, p.issueId);
    checkRef(issueIds, 'issue', `${path}.condition.issueId`, p.condition?.issueId);
    checkEvidence(`${path}.evidence`, p.evidence);
    checkSupport(path, p);
    const from = p.derivedFrom;
    if (from) {
      checkRef(proposalIds, 'proposal', `${path}.derivedFrom.proposalId`, from.proposalId);
      checkRef(responseIds, 'response', `${path}.derivedFrom.responseId`, from.responseId);
      const terms = termIds.get(from.proposalId);
      if (terms && from.termId !== undefined && !terms.has(from.termId))
        report(
          `${path}.derivedFrom.termId`,
          `proposal "${from.proposalId}" has no term "${from.termId}"`,
        );
      const answered = from.responseId ? responseProposal.get(from.responseId) : undefined;
      if (answered !== undefined && answered !== from.proposalId)
        report(
          `${path}.derivedFrom.responseId`,
          `response "${from.responseId}" answers proposal "${answered}", not "${from.proposalId}"`,
        );
      checkEvidence(`${path}.derivedFrom.responseEvidence`, from.responseEvidence);
    }
  });
  dataset.proposals.forEach((p, i) => {
    const path = `proposals[${i}]`;
    p.proposerIds.forEach((id, j) => checkRef(actorIds, 'actor', `${path}.proposerIds[${j}]`, id));
    const seenTerms = new Set<string>();
    const phases = new Set((p.phases ?? []).map((ph) => ph.number));
    p.terms.forEach((t, j) => {
      const termPath = `${path}.terms[${j}]`;
      if (seenTerms.has(t.id)) report(`${termPath}.id`, `duplicate term id "${t.id}"`);
      seenTerms.add(t.id);
      checkRef(issueIds, 'issue', `${termPath}.issueId`, t.issueId);
      if (t.phase !== undefined && phases.size > 0 && !phases.has(t.phase))
        report(`${termPath}.phase`, `the proposal has no phase ${t.phase}`);
      checkEvidence(`${termPath}.evidence`, t.evidence);
      if (p.origin === 'extracted' && t.evidence === undefined)
        report(`${termPath}.evidence`, 'a term of an extracted proposal must carry evidence');
    });
    checkEvidence(`${path}.evidence`, p.evidence);
    checkSupport(path, p);
  });
  dataset.responses.forEach((r, i) => {
    const path = `responses[${i}]`;
    checkRef(actorIds, 'actor', `${path}.actorId`, r.actorId);
    checkRef(actorIds, 'actor', `${path}.speakerId`, r.speakerId);
    checkRef(proposalIds, 'proposal', `${path}.proposalId`, r.proposalId);
    checkRef(issueIds, 'issue', `${path}.condition.issueId`, r.condition?.issueId);
    if (r.response === 'conditional' && r.condition === undefined)
      report(`${path}.condition`, 'a conditional response names its condition');
    checkEvidence(`${path}.evidence`, r.evidence);
    checkSupport(path, r);
  });
  dataset.meetings.forEach((m, i) => {
    const path = `meetings[${i}]`;
    m.participantIds.forEach((id, j) =>
      checkRef(actorIds, 'actor', `${path}.participantIds[${j}]`, id),
    );
    m.mediatorIds.forEach((id, j) => checkRef(actorIds, 'actor', `${path}.mediatorIds[${j}]`, id));
    m.issueIds.forEach((id, j) => checkRef(issueIds, 'issue', `${path}.issueIds[${j}]`, id));
    checkDate(`${path}.date`, m.date);
    checkEvidence(`${path}.evidence`, m.evidence);
    checkSupport(path, m);
  });
  (dataset.events ?? []).forEach((e, i) => {
    const path = `events[${i}]`;
    (e.mediatorIds ?? []).forEach((id, j) =>
      checkRef(actorIds, 'actor', `${path}.mediatorIds[${j}]`, id),
    );
    checkDate(`${path}.date`, e.date);
    checkEvidence(`${path}.evidence`, e.evidence);
    checkSupport(path, e);
  });
  (dataset.identifications ?? []).forEach((n, i) => {
    const path = `identifications[${i}]`;
    checkRef(actorIds, 'actor', `${path}.actorId`, n.actorId);
    checkRef(meetingIds, 'meeting', `${path}.meetingId`, n.meetingId);
    checkEvidence(`${path}.evidence`, n.evidence);
  });
  return problems;
}

function collectIds(
  collection: string,
  records: readonly { id: string }[],
  report: (path: string, message: string) => void,
): Set<string> {
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const first = seen.get(record.id);
    if (first !== undefined) {
      report(
        `${collection}[${i}].id`,
        `duplicate id "${record.id}" (first used at ${collection}[${first}])`,
      );
    } else {
      seen.set(record.id, i);
    }
  });
  return new Set(seen.keys());
}

function truncate(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
