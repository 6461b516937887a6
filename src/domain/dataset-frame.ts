import type { CodebookActor, CodebookIssue } from './codebook-schema.ts';
import type { Dataset, Source } from './dataset.ts';
import { DATASET_SCHEMA_VERSION } from './schema-version.ts';

/** What a dataset frame needs of a codebook (types only: no schema code comes with it). */
interface CodebookShape {
  case: Dataset['case'];
  actors: readonly CodebookActor[];
  issues: readonly CodebookIssue[];
}

/** An article as a source: front matter and text. */
type ArticleShape = Omit<Source, 'publisher' | 'url' | 'language'> & {
  publisher?: string;
  url?: string;
  language?: string;
};

/**
 * A dataset's case, actors, issues and sources from a codebook and its articles, with no
 * records yet. Shared by the seed loader, the command line and the browser's own cases.
 */
export function buildDatasetFrame(
  codebook: CodebookShape,
  articles: readonly ArticleShape[] = [],
): Omit<Dataset, 'positions' | 'meetings' | 'proposals' | 'responses'> {
  return {
    schemaVersion: DATASET_SCHEMA_VERSION,
    case: codebook.case,
    actors: codebook.actors.map((a) => ({
      id: a.id,
      name: a.name,
      kind: a.kind,
      ...(a.parentId !== undefined && { parentId: a.parentId }),
      ...(a.role !== undefined && { role: a.role }),
      aliases: [...(a.aliases ?? []), ...(a.metonyms ?? [])],
    })),
    issues: codebook.issues.map((i) => ({
      id: i.id,
      label: i.label,
      ...(i.description !== undefined && { description: i.description }),
      ...(i.grantedBy !== undefined && { grantedBy: i.grantedBy }),
      ...(i.excludes !== undefined && { excludes: i.excludes }),
    })),
    sources: articles.map((a) => ({
      id: a.id,
      title: a.title,
      published: a.published,
      ...(a.publisher !== undefined && { publisher: a.publisher }),
      ...(a.url !== undefined && { url: a.url }),
      ...(a.language !== undefined && { language: a.language }),
      text: a.text,
    })),
  };
}
