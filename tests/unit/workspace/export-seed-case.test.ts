import { buildCaseDataset } from '../../../src/cases/build-case-dataset.ts';
import { readCaseFolder } from '../../../src/cases/read-case-folder.ts';
import {
  createMemoryBackend,
  createWorkspaceStorage,
} from '../../../src/persist/workspace-storage.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { buildCaseFolder } from '../../../src/workspace/export-case.ts';
import { loadSeedFiles } from '../../../src/workspace/seed-files.ts';
import { createWorkspaceStore } from '../../../src/workspace/workspace-store.ts';
import { extractInProcess, makeUserArticle, must } from '../../fixtures/workspace-builders.ts';

// A later round of the Gaza talks, written for this test.
const ROUND = `Qatari mediators hosted a new round of talks in Doha on Tuesday, meeting an Israeli delegation and Hamas officials separately.

Hamas said it will not release any more captives until the attacks on Gaza cease completely. The group also demanded the release of Palestinian prisoners held by Israel.

Egyptian officials said they support a temporary truce that would let more humanitarian aid into the Strip.`;

describe('buildCaseFolder() on a seed case', () => {
  it('writes a folder that builds, with the seed’s files, into the dataset the browser shows', async () => {
    const files = readCaseFolder('seeds/gaza-2023');
    if ('message' in files) throw new Error(files.message);
    const seed = buildCaseDataset(files);
    if (!seed.ok) throw new Error('the seed case does not build');
    const dashboard = createDashboardStore([seed.dataset]);
    const workspace = createWorkspaceStore({
      dashboard,
      storage: createWorkspaceStorage(createMemoryBackend()),
      extract: extractInProcess,
      loadSeedFiles,
    });
    await workspace.getState().load();
    const article = makeUserArticle({
      id: 'doha-round',
      title: 'Doha round',
      published: '2024-01-17',
      text: ROUND,
    });
    expect(await workspace.getState().addArticles('gaza-2023', [article])).toBe(true);
    const items = must(workspace.getState().cases['gaza-2023']).items;
    expect(items.length).toBeGreaterThanOrEqual(4);
    const [first, second, third] = items;
    await workspace.getState().decide('gaza-2023', [must(first).record.id], 'accepted');
    await workspace
      .getState()
      .decide('gaza-2023', [must(second).record.id], 'rejected', 'duplicate');
    if (third?.kind === 'position')
      await workspace.getState().edit('gaza-2023', third.record.id, { stance: 'open' }, 'hedged');
    // The rest stay pending, and out of the dataset.

    const shown = must(dashboard.getState().datasets[0]);
    const folder = buildCaseFolder(
      must(workspace.getState().cases['gaza-2023']),
      shown,
      must(await loadSeedFiles('gaza-2023')),
    );
    expect(folder.map((f) => f.path)).toEqual([
      'gaza-2023/codebook.yaml',
      'gaza-2023/curated.yaml',
      'gaza-2023/articles/2024-01-17-doha-round.md',
    ]);
    const text = (suffix: string) => must(folder.find((f) => f.path.endsWith(suffix))).text;
    expect(text('curated.yaml')).toContain('# Curated layer of the Gaza 2023 case');
    const rebuilt = buildCaseDataset({
      codebook: { path: 'codebook.yaml', content: text('codebook.yaml') },
      curated: { path: 'curated.yaml', content: text('curated.yaml') },
      articles: [...files.articles, { path: 'doha-round.md', content: text('doha-round.md') }],
    });
    if (!rebuilt.ok) throw new Error(JSON.stringify(rebuilt.problems, null, 1));
    const ids = (records: readonly { id: string }[]) => records.map((r) => r.id).sort();
    expect(ids(rebuilt.dataset.positions)).toEqual(ids(shown.positions));
    expect(ids(rebuilt.dataset.meetings)).toEqual(ids(shown.meetings));
    const edited = rebuilt.dataset.positions.find((p) => p.id === third?.record.id);
    if (third?.kind === 'position')
      expect(edited).toMatchObject({ stance: 'open', origin: 'curated', note: 'hedged' });
  });
});
