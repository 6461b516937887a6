import { Document, isMap, isSeq, parseDocument, stringify } from 'yaml';
import type { Dataset, Evidence, Meeting, Position } from '../domain/dataset.ts';
import type { ReviewItem, UserArticle, UserCase } from './user-case.ts';
import {
  DEFAULT_EDIT_REASON,
  DEFAULT_REJECT_REASON,
  isHandCoded,
  isResponseWithoutProposal,
  reviewedRecord,
} from './user-case.ts';
import type { ZipEntry } from './zip-files.ts';

/** The reason written for records left pending: the exported folder shows what the browser shows. */
export const PENDING_REASON =
  'Not reviewed in the browser yet: left out until someone accepts it (delete this correction to accept it).';

/** An article as a Markdown file with front matter, as `seeds/<case>/articles/` holds them. */
export function toArticleMarkdown(article: UserArticle): string {
  const meta = {
    id: article.id,
    title: article.title,
    published: article.published,
    ...(article.publisher !== undefined && { publisher: article.publisher }),
    ...(article.url !== undefined && { url: article.url }),
    ...(article.language !== undefined && { language: article.language }),
  };
  return `---\n${stringify(meta, { lineWidth: 0 }).trimEnd()}\n---\n\n${article.text}\n`;
}

/** The reason written for an accepted response whose proposal is not accepted. */
export const WITHOUT_PROPOSAL_REASON =
  'Accepted in the browser, but the proposal it answers was not: left out with it.';

function correctionOf(
  item: ReviewItem,
  userCase: UserCase,
  shown: Pick<Dataset, 'proposals'> | undefined,
): Record<string, unknown> | undefined {
  const target = item.record.id;
  if (item.status === 'pending') return { target, reason: PENDING_REASON, reject: true };
  if (item.status === 'rejected')
    return { target, reason: item.reason ?? DEFAULT_REJECT_REASON, reject: true };
  // A response cannot stand without its proposal: the folder leaves it out, as the browser does.
  if (isResponseWithoutProposal(item, userCase, shown))
    return { target, reason: WITHOUT_PROPOSAL_REASON, reject: true };
  if (!item.edit) return undefined;
  const set: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(item.edit))
    if (value !== undefined && value !== null) set[key] = value;
  return { target, reason: item.reason ?? DEFAULT_EDIT_REASON, set };
}

/** Evidence as `curated.yaml` writes it: the loader finds the end from the quote. */
function curatedEvidence(evidence: Evidence | undefined) {
  return evidence && { source: evidence.sourceId, start: evidence.start, quote: evidence.quote };
}

/** An accepted hand-coded position as a record of `curated.yaml`'s `positions`. */
function curatedPosition(p: Position): Record<string, unknown> {
  return {
    id: p.id,
    actorId: p.actorId,
    issueId: p.issueId,
    stance: p.stance,
    ...(p.condition && { condition: p.condition }),
    ...(p.speakerId !== undefined && { speakerId: p.speakerId }),
    date: p.date,
    confidence: p.confidence,
    ...(p.note !== undefined && { note: p.note }),
    ...(p.evidence && { evidence: curatedEvidence(p.evidence) }),
  };
}

/** An accepted hand-coded meeting as a record of `curated.yaml`'s `meetings`. */
function curatedMeeting(m: Meeting): Record<string, unknown> {
  return {
    id: m.id,
    date: m.date,
    ...(m.place !== undefined && { place: m.place }),
    participantIds: m.participantIds,
    mediatorIds: m.mediatorIds,
    issueIds: m.issueIds,
    ...(m.confidence !== undefined && { confidence: m.confidence }),
    ...(m.note !== undefined && { note: m.note }),
    ...(m.evidence && { evidence: curatedEvidence(m.evidence) }),
  };
}

/**
 * The case's `curated.yaml`: the seed's own layer (comments kept) with a correction for every
 * record the user rejected, edited or left pending (proposals and responses among them: an
 * accepted one is extracted again from its article), and the accepted records coded by hand
 * as curated `positions` and `meetings` with their evidence, so building the folder gives what
 * the browser shows. A hand-coded record left pending or rejected is not written: there is no
 * extracted record for a correction to name. `shown` is the dataset the browser shows, whose
 * proposals responses may answer.
 */
export function buildCuratedYaml(
  userCase: UserCase,
  seedCurated?: string,
  shown?: Pick<Dataset, 'proposals'>,
): string {
  const extracted = userCase.items.filter((i) => !isHandCoded(i));
  const handCoded = userCase.items.filter((i) => isHandCoded(i) && i.status === 'accepted');
  const corrections = extracted.flatMap((i): Record<string, unknown>[] => {
    const correction = correctionOf(i, userCase, shown);
    return correction ? [correction] : [];
  });
  const positions = handCoded.flatMap((i) =>
    i.kind === 'position' ? [curatedPosition(reviewedRecord(i) as Position)] : [],
  );
  const meetings = handCoded.flatMap((i) =>
    i.kind === 'meeting' ? [curatedMeeting(reviewedRecord(i) as Meeting)] : [],
  );
  const doc = seedCurated ? parseDocument(seedCurated) : new Document({});
  if (!isMap(doc.contents)) doc.contents = doc.createNode({}) as typeof doc.contents;
  const append = (key: string, records: readonly Record<string, unknown>[]) => {
    const existing = doc.get(key);
    if (isSeq(existing)) for (const r of records) existing.add(doc.createNode(r));
    else if (records.length > 0) doc.set(key, doc.createNode(records));
  };
  append('corrections', corrections);
  append('positions', positions);
  append('meetings', meetings);
  if (!seedCurated)
    doc.commentBefore =
      ' Curated layer written by the dashboard: your review decisions on extracted records, and the records you coded by hand.';
  return doc.toString({ lineWidth: 100 });
}

/** The files of a case folder for `seeds/<case>/`: codebook, curated layer and articles. */
export function buildCaseFolder(
  userCase: UserCase,
  dataset: Dataset,
  seed: { codebookYaml?: string; curatedYaml?: string },
): ZipEntry[] {
  const root = dataset.case.id;
  const codebook =
    userCase.codebook !== undefined
      ? stringify(userCase.codebook, { lineWidth: 100 })
      : seed.codebookYaml;
  return [
    ...(codebook !== undefined ? [{ path: `${root}/codebook.yaml`, text: codebook }] : []),
    {
      path: `${root}/curated.yaml`,
      text: buildCuratedYaml(userCase, seed.curatedYaml, dataset),
    },
    ...userCase.articles.map((a) => ({
      path: `${root}/articles/${a.published}-${a.id}.md`,
      text: toArticleMarkdown(a),
    })),
  ];
}

/** The Dataset JSON text of a case, as `npm run extract` writes it. */
export function toDatasetJson(dataset: Dataset): string {
  return `${JSON.stringify(dataset, null, 2)}\n`;
}
