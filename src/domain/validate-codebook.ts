import type { Codebook } from './codebook-schema.ts';
import { CodebookSchema } from './codebook-schema.ts';
import type { DatasetProblem } from './validate-dataset.ts';
import { formatPath } from './validate-dataset.ts';

/** The outcome of validating untrusted data as a codebook. */
export type CodebookValidation =
  { ok: true; codebook: Codebook } | { ok: false; problems: DatasetProblem[] };

/** Validates a parsed codebook: its shape, unique ids and known references. */
export function validateCodebook(data: unknown): CodebookValidation {
  const parsed = CodebookSchema.safeParse(data);
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })),
    };
  }
  const codebook = parsed.data;
  const problems: DatasetProblem[] = [];
  const actorIds = uniqueIds('actors', codebook.actors, problems);
  uniqueIds('issues', codebook.issues, problems);
  codebook.actors.forEach((actor, i) => {
    if (actor.parentId !== undefined && !actorIds.has(actor.parentId)) {
      problems.push({
        path: `actors[${i}].parentId`,
        message: `unknown actor id "${actor.parentId}"`,
      });
    }
  });
  const issueIds = new Set(codebook.issues.map((issue) => issue.id));
  codebook.issues.forEach((issue, i) => {
    (issue.excludes ?? []).forEach((id, j) => {
      if (!issueIds.has(id))
        problems.push({ path: `issues[${i}].excludes[${j}]`, message: `unknown issue id "${id}"` });
    });
    if (issue.grantedBy === undefined || issue.grantedBy === 'mutual') return;
    issue.grantedBy.forEach((id, j) => {
      if (!actorIds.has(id)) {
        problems.push({
          path: `issues[${i}].grantedBy[${j}]`,
          message: `unknown actor id "${id}"`,
        });
      }
    });
  });
  return problems.length === 0 ? { ok: true, codebook } : { ok: false, problems };
}

function uniqueIds(
  collection: string,
  records: readonly { id: string }[],
  problems: DatasetProblem[],
): Set<string> {
  const ids = new Set<string>();
  records.forEach((record, i) => {
    if (ids.has(record.id)) {
      problems.push({ path: `${collection}[${i}].id`, message: `duplicate id "${record.id}"` });
    }
    ids.add(record.id);
  });
  return ids;
}
