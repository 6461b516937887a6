import { parseDocument } from 'yaml';
import type { Codebook } from '../domain/codebook-schema.ts';
import type {
  Citation,
  Dataset,
  Evidence,
  Meeting,
  Position,
  RejectedRecord,
  Source,
} from '../domain/dataset.ts';
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
  const corrected = applyCorrections(
    curated,
    curatedPath,
    extracted.flatMap((r) => r.positions),
    extracted.flatMap((r) => r.meetings),
  );
  problems.push(...corrected.problems);
  const assembled = assembleCurated(curated, curatedPath, sources);
  problems.push(...assembled.problems);
  if (problems.length > 0) return { ok: false, problems };

  const dataset: Dataset = {
    ...frame,
    positions: [...corrected.positions, ...assembled.positions],
    meetings: [...corrected.meetings, ...assembled.meetings],
    events: assembled.events,
    identifications: assembled.identifications,
    ...(corrected.rejected.length > 0 && { rejected: corrected.rejected }),
  };

  const validation = validateDataset(dataset);
  if (!validation.ok) {
    const provenance = {
      actors: codebook.actors.map((_, i) => ({ file: files.codebook.path, path: `actors[${i}]` })),
      issues: codebook.issues.map((_, i) => ({ file: files.codebook.path, path: `issues[${i}]` })),
      sources: articles.map((a) => ({ file: articleFile.get(a.id) ?? a.id, path: 'front matter' })),
      positions: [...corrected.provenance.positions, ...assembled.provenance.positions],
      meetings: [...corrected.provenance.meetings, ...assembled.provenance.meetings],
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
  rest = rest.replace(/^\.evidence\.sourceId/, '.evidence.source');
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

/**
 * Applies the curated layer's decisions to extracted records: rejected ones leave the
 * dataset (listed under `rejected` with the reason), corrected ones become curated
 * records that keep their evidence and rule and carry the reason and citation.
 */
function applyCorrections(
  curated: Curated,
  file: string,
  positions: Position[],
  meetings: Meeting[],
) {
  const problems: FileProblem[] = [];
  const rejected: RejectedRecord[] = [];
  const positionIndex = new Map(positions.map((p, i) => [p.id, i]));
  const meetingIndex = new Map(meetings.map((m, i) => [m.id, i]));
  const outPositions: (Position | undefined)[] = [...positions];
  const outMeetings: (Meeting | undefined)[] = [...meetings];
  const extractedFrom = (r: Position | Meeting) =>
    `(extracted from ${r.evidence?.sourceId ?? 'an article'})`;
  const provenance = {
    positions: positions.map((p): Provenance => ({ file: extractedFrom(p), path: p.id })),
    meetings: meetings.map((m): Provenance => ({ file: extractedFrom(m), path: m.id })),
  };
  curated.corrections.forEach((correction: Correction, i) => {
    const path = `corrections[${i}]`;
    const pi = positionIndex.get(correction.target);
    const mi = meetingIndex.get(correction.target);
    const record =
      pi !== undefined ? outPositions[pi] : mi !== undefined ? outMeetings[mi] : undefined;
    if (!record) {
      problems.push({
        file,
        path: `${path}.target`,
        message: `no extracted record has the id "${correction.target}" (the article text or the extractor changed; \`npm run extract\` on the case's articles lists the current ids)`,
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
        kind: pi !== undefined ? 'position' : 'meeting',
        reason: note,
        ...(record.evidence && { evidence: record.evidence }),
      });
      if (pi !== undefined) outPositions[pi] = undefined;
      if (mi !== undefined) outMeetings[mi] = undefined;
      return;
    }
    const curatedFields = { origin: 'curated' as const, note, ...(citation && { citation }) };
    const set = correction.set ?? {};
    if (pi !== undefined) {
      const { date, place, participantIds, mediatorIds, issueIds, summary, ...fields } = set;
      const wrong = Object.entries({ place, participantIds, mediatorIds, issueIds, summary }).find(
        ([, v]) => v !== undefined,
      );
      if (wrong || (date !== undefined && typeof date !== 'string')) {
        const field = wrong ? wrong[0] : 'date';
        problems.push({
          file,
          path: `${path}.set.${field}`,
          message: `a position has no ${field} of that shape (positions take actorId, speakerId, issueId, stance, condition and an ISO date)`,
        });
        return;
      }
      outPositions[pi] = {
        ...(record as Position),
        ...fields,
        ...(date !== undefined && { date }),
        ...curatedFields,
      };
      provenance.positions[pi] = { file, path: `${path}.set` };
    } else if (mi !== undefined) {
      const { date, actorId, speakerId, issueId, stance, condition, ...fields } = set;
      const wrong = Object.entries({ actorId, speakerId, issueId, stance, condition }).find(
        ([, v]) => v !== undefined,
      );
      if (wrong || typeof date === 'string') {
        const field = wrong ? wrong[0] : 'date';
        problems.push({
          file,
          path: `${path}.set.${field}`,
          message: `a meeting has no ${field} of that shape (meetings take date {start, end?, precision}, place, participantIds, mediatorIds, issueIds and summary)`,
        });
        return;
      }
      outMeetings[mi] = {
        ...(record as Meeting),
        ...fields,
        ...(date !== undefined && { date }),
        ...curatedFields,
      };
      provenance.meetings[mi] = { file, path: `${path}.set` };
    }
  });
  const keep = <T>(records: (T | undefined)[], origins: Provenance[]) => {
    const kept = records.flatMap((r, i) =>
      r === undefined ? [] : [{ r, o: origins[i] ?? { file, path: '' } }],
    );
    return { records: kept.map((k) => k.r), origins: kept.map((k) => k.o) };
  };
  const p = keep(outPositions, provenance.positions);
  const m = keep(outMeetings, provenance.meetings);
  return {
    problems,
    rejected,
    positions: p.records,
    meetings: m.records,
    provenance: { positions: p.origins, meetings: m.origins },
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
    provenance: {
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
