import { parseDocument } from 'yaml';
import type { Codebook } from '../domain/codebook-schema.ts';
import type {
  Citation,
  Dataset,
  Evidence,
  Meeting,
  Position,
  Proposal,
  ProposalResponse,
  RejectedRecord,
  Source,
} from '../domain/dataset.ts';
import { withDerivedPositions } from '../domain/derive-positions.ts';
import { extractArticle } from '../extract/extract-article.ts';
import { compileCodebook } from '../extract/codebook-matcher.ts';
import { validateCodebook } from '../domain/validate-codebook.ts';
import { formatPath, validateDataset } from '../domain/validate-dataset.ts';
import type { CitationRef, Correction, Curated, CuratedEvidence } from './curated-schema.ts';
import { CuratedSchema } from './curated-schema.ts';
import type { FileProblem } from './file-problem.ts';
import { describeYamlError } from './file-problem.ts';
import type { Article } from './parse-article.ts';
import { parseArticle } from './parse-article.ts';
import { buildDatasetFrame } from '../domain/dataset-frame.ts';

/** A file of a case folder: its path (for messages) and its content. */
export interface CaseFile {
  path: string;
  content: string;
}

/** The files of one case folder under `seeds/`. */
export interface CaseFiles {
  codebook: CaseFile;
  curated?: CaseFile;
  articles: CaseFile[];
}

/** A case's dataset, or every problem that stops it from being built. */
export type CaseBuild =
  | { ok: true; dataset: Dataset; codebook: Codebook; articles: Article[] }
  | { ok: false; problems: FileProblem[] };

/** Where a record of the dataset came from, to point messages at the right file. */
interface Provenance {
  file: string;
  path: string;
}

/** Parses YAML text into plain data, or problems naming the file and line. */
export function parseYamlFile(
  file: CaseFile,
): { ok: true; value: unknown } | { ok: false; problems: FileProblem[] } {
  const doc = parseDocument(file.content, { uniqueKeys: true });
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        file: file.path,
        path: '(file)',
        message: describeYamlError(e),
      })),
    };
  }
  return { ok: true, value: doc.toJS() };
}

/** Reads and validates a codebook file. */
export function readCodebook(
  file: CaseFile,
): { ok: true; codebook: Codebook } | { ok: false; problems: FileProblem[] } {
  const yaml = parseYamlFile(file);
  if (!yaml.ok) return yaml;
  const result = validateCodebook(yaml.value);
  if (!result.ok)
    return { ok: false, problems: result.problems.map((p) => ({ file: file.path, ...p })) };
  return result;
}

/**
 * Builds a case's validated Dataset from its codebook, articles and curated layer.
 * Every problem names its file and the path inside it; nothing partial is returned.
 */
export function buildCaseDataset(files: CaseFiles): CaseBuild {
  const problems: FileProblem[] = [];

  const codebookRead = readCodebook(files.codebook);
  if (!codebookRead.ok) problems.push(...codebookRead.problems);

  const articles: Article[] = [];
  const articleFile = new Map<string, string>();
  for (const file of files.articles) {
    const parsed = parseArticle(file.path, file.content);
    if (!parsed.ok) {
      problems.push(...parsed.problems);
      continue;
    }
    const earlier = articleFile.get(parsed.article.id);
    if (earlier !== undefined) {
      problems.push({
        file: file.path,
        path: 'front matter.id',
        message: `duplicate article id "${parsed.article.id}" (also used by ${earlier})`,
      });
      continue;
    }
    articleFile.set(parsed.article.id, file.path);
    articles.push(parsed.article);
  }

  let curated: Curated = CuratedSchema.parse({});
  if (files.curated) {
    const yaml = parseYamlFile(files.curated);
    if (!yaml.ok) {
      problems.push(...yaml.problems);
    } else {
      const parsed = CuratedSchema.safeParse(yaml.value ?? {});
      if (parsed.success) curated = parsed.data;
      else {
        for (const issue of parsed.error.issues) {
          problems.push({
            file: files.curated.path,
            path: formatPath(issue.path),
            message: issue.message,
          });
        }
      }
    }
  }
  if (problems.length > 0 || !codebookRead.ok) return { ok: false, problems };

  const codebook = codebookRead.codebook;
  const frame = buildDatasetFrame(codebook, articles);
  const { sources } = frame;
  const curatedPath = files.curated?.path ?? 'curated.yaml';
  const matcher = compileCodebook(codebook);
  const extracted = articles.map((article) => extractArticle(article, matcher));
  const extractedPositions = extracted.flatMap((r) => r.positions);
  const corrected = applyCorrections(curated, curatedPath, {
    positions: extractedPositions.filter((p) => !p.derivedFrom),
    meetings: extracted.flatMap((r) => r.meetings),
    proposals: extracted.flatMap((r) => r.proposals),
    responses: extracted.flatMap((r) => r.responses),
    derived: extractedPositions.filter((p) => p.derivedFrom),
  });
  problems.push(...corrected.problems);
  const assembled = assembleCurated(curated, curatedPath, sources);
  problems.push(...assembled.problems);
  if (problems.length > 0) return { ok: false, problems };

  // Derived positions are made again from the proposals and responses as corrected.
  const dataset: Dataset = withDerivedPositions({
    ...frame,
    positions: [...corrected.positions, ...assembled.positions],
    meetings: [...corrected.meetings, ...assembled.meetings],
    proposals: [...corrected.proposals, ...assembled.proposals],
    responses: [...corrected.responses, ...assembled.responses],
    events: assembled.events,
    identifications: assembled.identifications,
    ...(corrected.rejected.length > 0 && { rejected: corrected.rejected }),
  });
  const stated = corrected.positions.length + assembled.positions.length;

  const validation = validateDataset(dataset);
  if (!validation.ok) {
    const provenance = {
      actors: codebook.actors.map((_, i) => ({ file: files.codebook.path, path: `actors[${i}]` })),
      issues: codebook.issues.map((_, i) => ({ file: files.codebook.path, path: `issues[${i}]` })),
      sources: articles.map((a) => ({ file: articleFile.get(a.id) ?? a.id, path: 'front matter' })),
      positions: [
        ...corrected.provenance.positions,
        ...assembled.provenance.positions,
        ...dataset.positions.slice(stated).map((p): Provenance => ({
          file: `(derived from proposal ${p.derivedFrom?.proposalId ?? ''})`,
          path: p.id,
        })),
      ],
      meetings: [...corrected.provenance.meetings, ...assembled.provenance.meetings],
      proposals: [...corrected.provenance.proposals, ...assembled.provenance.proposals],
      responses: [...corrected.provenance.responses, ...assembled.provenance.responses],
      events: assembled.provenance.events,
      identifications: assembled.provenance.identifications,
    };
    return { ok: false, problems: validation.problems.map((p) => locate(p, provenance)) };
  }
  return { ok: true, dataset: validation.dataset, codebook, articles };
}

type Collections = Record<string, Provenance[]>;

/** Maps a dataset path like `meetings[3].participantIds[1]` to the file and path it came from. */
function locate(problem: { path: string; message: string }, provenance: Collections): FileProblem {
  const match = /^(\w+)\[(\d+)\](.*)$/.exec(problem.path);
  const origin = match ? provenance[match[1] ?? '']?.[Number(match[2])] : undefined;
  if (!match || !origin) return { file: '(dataset)', ...problem };
  let rest = match[3] ?? '';
  // Curated evidence is written as {source, quote}; the dataset calls the source `sourceId`.
  rest = rest.replace(/\.evidence\.sourceId/, '.evidence.source');
  return { file: origin.file, path: `${origin.path}${rest}`, message: problem.message };
}

export { buildDatasetFrame };

/** Resolves a citation key of `curated.yaml`, reporting an unknown one. */
function resolveCitation(
  curated: Curated,
  file: string,
  problems: FileProblem[],
  ref: CitationRef | undefined,
  path: string,
): Citation | undefined {
  if (ref === undefined) return undefined;
  if (typeof ref !== 'string') return ref;
  const found = curated.citations[ref];
  if (!found)
    problems.push({ file, path, message: `unknown citation "${ref}" (not in citations)` });
  return found;
}

/** The kinds of extracted record a correction can name, and the fields each may set. */
type RecordKind = 'position' | 'meeting' | 'proposal' | 'response';
const SETTABLE: Record<
  RecordKind,
  { fields: readonly string[]; date: 'iso' | 'fuzzy'; says: string }
> = {
  position: {
    fields: ['actorId', 'speakerId', 'issueId', 'stance', 'condition', 'date'],
    date: 'iso',
    says: 'positions take actorId, speakerId, issueId, stance, condition and an ISO date',
  },
  meeting: {
    fields: ['date', 'place', 'participantIds', 'mediatorIds', 'issueIds', 'summary'],
    date: 'fuzzy',
    says: 'meetings take date {start, end?, precision}, place, participantIds, mediatorIds, issueIds and summary',
  },
  proposal: {
    fields: ['title', 'kind', 'proposerIds', 'date'],
    date: 'iso',
    says: 'proposals take title, kind, proposerIds and an ISO date',
  },
  response: {
    fields: ['actorId', 'speakerId', 'proposalId', 'response', 'condition', 'date'],
    date: 'iso',
    says: 'responses take actorId, speakerId, proposalId, response, condition and an ISO date',
  },
};

/** Extracted records of a case, by kind, before the curated layer's decisions. */
interface ExtractedRecords {
  positions: Position[];
  meetings: Meeting[];
  proposals: Proposal[];
  responses: ProposalResponse[];
  /** The positions the extractor derived from proposals: named only to explain a correction. */
  derived: Position[];
}

/**
 * Applies the curated layer's decisions to extracted records: rejected ones leave the
 * dataset (listed under `rejected` with the reason), corrected ones become curated
 * records that keep their evidence and rule and carry the reason and citation. A derived
 * position is not corrected itself: its proposal or response is.
 */
function applyCorrections(curated: Curated, file: string, records: ExtractedRecords) {
  const problems: FileProblem[] = [];
  const rejected: RejectedRecord[] = [];
  const extractedFrom = (r: { id: string; evidence?: Evidence }): Provenance => ({
    file: `(extracted from ${r.evidence?.sourceId ?? 'an article'})`,
    path: r.id,
  });
  type Slot = {
    record: (Position | Meeting | Proposal | ProposalResponse) | undefined;
    origin: Provenance;
  };
  const slots: Record<RecordKind, Slot[]> = {
    position: records.positions.map((r) => ({ record: r, origin: extractedFrom(r) })),
    meeting: records.meetings.map((r) => ({ record: r, origin: extractedFrom(r) })),
    proposal: records.proposals.map((r) => ({ record: r, origin: extractedFrom(r) })),
    response: records.responses.map((r) => ({ record: r, origin: extractedFrom(r) })),
  };
  const index = new Map<string, { kind: RecordKind; at: number }>();
  for (const kind of Object.keys(slots) as RecordKind[])
    slots[kind].forEach((slot, at) => index.set(slot.record?.id ?? '', { kind, at }));

  curated.corrections.forEach((correction: Correction, i) => {
    const path = `corrections[${i}]`;
    const found = index.get(correction.target);
    const slot = found ? slots[found.kind][found.at] : undefined;
    const record = slot?.record;
    if (!found || !slot || !record) {
      const derived = records.derived.find((p) => p.id === correction.target);
      problems.push({
        file,
        path: `${path}.target`,
        message: derived?.derivedFrom
          ? `"${correction.target}" is derived from proposal "${derived.derivedFrom.proposalId}"${derived.derivedFrom.responseId ? ` and response "${derived.derivedFrom.responseId}"` : ''}; correct or reject those instead`
          : `no extracted record has the id "${correction.target}" (the article text or the extractor changed; \`npm run extract\` on the case's articles lists the current ids)`,
      });
      return;
    }
    const citation = resolveCitation(
      curated,
      file,
      problems,
      correction.citation,
      `${path}.citation`,
    );
    const note = correction.reason;
    if (correction.reject) {
      rejected.push({
        id: record.id,
        kind: found.kind,
        reason: note,
        ...(record.evidence && { evidence: record.evidence }),
      });
      slot.record = undefined;
      return;
    }
    const set = correction.set ?? {};
    const rule = SETTABLE[found.kind];
    const wrong = Object.entries(set).find(
      ([field, value]) =>
        value !== undefined &&
        (!rule.fields.includes(field) ||
          (field === 'date' && (typeof value === 'string') !== (rule.date === 'iso'))),
    );
    if (wrong) {
      problems.push({
        file,
        path: `${path}.set.${wrong[0]}`,
        message: `a ${found.kind} has no ${wrong[0]} of that shape (${rule.says})`,
      });
      return;
    }
    slot.record = {
      ...record,
      ...set,
      origin: 'curated',
      note,
      ...(citation && { citation }),
    } as typeof record;
    slot.origin = { file, path: `${path}.set` };
  });
  const keep = <T>(kind: RecordKind) => {
    const kept = slots[kind].filter((s) => s.record !== undefined);
    return { records: kept.map((s) => s.record as T), origins: kept.map((s) => s.origin) };
  };
  const p = keep<Position>('position');
  const m = keep<Meeting>('meeting');
  const pr = keep<Proposal>('proposal');
  const r = keep<ProposalResponse>('response');
  return {
    problems,
    rejected,
    positions: p.records,
    meetings: m.records,
    proposals: pr.records,
    responses: r.records,
    provenance: {
      positions: p.origins,
      meetings: m.origins,
      proposals: pr.origins,
      responses: r.origins,
    },
  };
}

function assembleCurated(curated: Curated, file: string, sources: readonly Source[]) {
  const problems: FileProblem[] = [];
  const text = new Map(sources.map((s) => [s.id, s.text]));

  const citation = (ref: CitationRef | undefined, path: string) =>
    resolveCitation(curated, file, problems, ref, path);
  const evidence = (ev: CuratedEvidence | undefined, path: string): Evidence | undefined => {
    if (ev === undefined) return undefined;
    const sourceText = text.get(ev.source);
    if (sourceText === undefined) {
      problems.push({
        file,
        path: `${path}.source`,
        message: `unknown source "${ev.source}" (no article has this id)`,
      });
      return undefined;
    }
    if (ev.start !== undefined) {
      const atStart = sourceText.slice(ev.start, ev.start + ev.quote.length);
      if (atStart !== ev.quote) {
        problems.push({
          file,
          path: `${path}.start`,
          message: `offset ${ev.start} does not match the article text: the quote is "${clip(ev.quote)}" but the text there reads "${clip(atStart)}"`,
        });
        return undefined;
      }
      return {
        sourceId: ev.source,
        start: ev.start,
        end: ev.start + ev.quote.length,
        quote: ev.quote,
      };
    }
    const start = sourceText.indexOf(ev.quote);
    if (start < 0) {
      problems.push({
        file,
        path: `${path}.quote`,
        message: `quote "${clip(ev.quote)}" is not in the text of "${ev.source}"`,
      });
      return undefined;
    }
    return { sourceId: ev.source, start, end: start + ev.quote.length, quote: ev.quote };
  };
  const support = <T extends { citation?: CitationRef; evidence?: CuratedEvidence }>(
    record: T,
    path: string,
  ) => {
    const c = citation(record.citation, `${path}.citation`);
    const e = evidence(record.evidence, `${path}.evidence`);
    return { ...(c && { citation: c }), ...(e && { evidence: e }) };
  };
  const withoutSupport = <T extends { citation?: unknown; evidence?: unknown }>(record: T) => {
    const { citation: _c, evidence: _e, ...rest } = record;
    return rest;
  };

  const positions = curated.positions.map((p, i) => ({
    ...withoutSupport(p),
    confidence: p.confidence ?? 1,
    origin: 'curated' as const,
    ...support(p, `positions[${i}]`),
  }));
  const meetings = curated.meetings.map((m, i) => ({
    ...withoutSupport(m),
    origin: 'curated' as const,
    ...support(m, `meetings[${i}]`),
  }));
  const events = curated.events.map((e, i) => ({
    ...withoutSupport(e),
    origin: 'curated' as const,
    ...support(e, `events[${i}]`),
  }));
  const proposals = curated.proposals.map((p, i) => ({
    ...withoutSupport(p),
    terms: p.terms.map((t, j) => ({
      ...withoutSupport(t),
      ...support(t, `proposals[${i}].terms[${j}]`),
    })),
    origin: 'curated' as const,
    ...support(p, `proposals[${i}]`),
  }));
  const responses = curated.responses.map((r, i) => ({
    ...withoutSupport(r),
    confidence: r.confidence ?? 1,
    origin: 'curated' as const,
    ...support(r, `responses[${i}]`),
  }));
  const identifications = curated.identifications.flatMap((n, i) => {
    const { citation: c, evidence: e } = support(n, `identifications[${i}]`);
    return c ? [{ ...withoutSupport(n), citation: c, ...(e && { evidence: e }) }] : [];
  });
  const provenanceOf = (collection: string, count: number): Provenance[] =>
    Array.from({ length: count }, (_, i) => ({ file, path: `${collection}[${i}]` }));
  return {
    problems,
    positions,
    meetings,
    events,
    identifications,
    proposals,
    responses,
    provenance: {
      proposals: provenanceOf('proposals', proposals.length),
      responses: provenanceOf('responses', responses.length),
      positions: provenanceOf('positions', positions.length),
      meetings: provenanceOf('meetings', meetings.length),
      events: provenanceOf('events', events.length),
      identifications: provenanceOf('identifications', identifications.length),
    },
  };
}

function clip(text: string, max = 60): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}
