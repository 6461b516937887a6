// The seed cases' own files, as text, fetched only when the user adds to or exports a seed case.
const codebookFiles = import.meta.glob<string>('/seeds/*/codebook.yaml', {
  query: '?raw',
  import: 'default',
});
const curatedFiles = import.meta.glob<string>('/seeds/*/curated.yaml', {
  query: '?raw',
  import: 'default',
});

/** A seed case's codebook and curated layer, as the files say. */
export interface SeedFiles {
  codebookPath: string;
  codebookYaml: string;
  curatedYaml?: string;
}

// `case:` then an indented `id:` line: enough to find a case's folder without parsing YAML here.
const CASE_ID =
  /^case:\s*(?:\{[^}]*?\bid:\s*([\w.-]+)|\n(?:[ \t]+.*\n)*?[ \t]+id:\s*['"]?([\w.-]+))/m;

/** Finds the seed folder whose codebook declares `caseId`, and reads its files as text. */
export async function loadSeedFiles(caseId: string): Promise<SeedFiles | undefined> {
  for (const [path, load] of Object.entries(codebookFiles)) {
    const yaml = await load();
    const match = CASE_ID.exec(yaml);
    if ((match?.[1] ?? match?.[2]) !== caseId) continue;
    const curated = curatedFiles[path.replace(/codebook\.yaml$/, 'curated.yaml')];
    return {
      codebookPath: path.replace(/^\//, ''),
      codebookYaml: yaml,
      ...(curated && { curatedYaml: await curated() }),
    };
  }
  return undefined;
}
