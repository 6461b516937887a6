import { loadSeedFiles } from '../../../src/workspace/seed-files.ts';

describe('loadSeedFiles()', () => {
  it('finds a seed case’s codebook and curated layer by its case id', async () => {
    const files = await loadSeedFiles('gaza-2023');
    expect(files?.codebookPath).toBe('seeds/gaza-2023/codebook.yaml');
    expect(files?.codebookYaml).toMatch(/^case:\n {2}id: gaza-2023$/m);
    expect(files?.curatedYaml).toMatch(/^corrections:/m);
  });

  it('finds nothing for a case that is not a seed', async () => {
    expect(await loadSeedFiles('harbour-talks')).toBeUndefined();
  });
});
