import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, createServer } from 'vite';
import { seedCasesPlugin } from '../../../src/cases/vite-plugin-seed-cases.ts';

/** A project folder holding a copy of the seed case with one file broken. */
function makeProjectWithBrokenSeed(file: string, edit: (text: string) => string): string {
  const root = mkdtempSync(join(tmpdir(), 'seed-plugin-'));
  cpSync('seeds/gaza-2023', join(root, 'seeds/gaza-2023'), { recursive: true });
  const path = join(root, 'seeds/gaza-2023', file);
  writeFileSync(path, edit(readFileSync(path, 'utf8')));
  writeFileSync(
    join(root, 'index.html'),
    '<script type="module">import "virtual:seed-cases"</script>',
  );
  return root;
}

describe('seedCasesPlugin()', () => {
  const roots: string[] = [];
  afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

  it('stops `vite build` with the file, path and problem of a broken seed', async () => {
    const root = makeProjectWithBrokenSeed('curated.yaml', (t) =>
      t.replace(
        'participantIds: [ismail-haniyeh, abbas-kamel]',
        'participantIds: [ismail-haniyeh, abbas-kamal]',
      ),
    );
    roots.push(root);
    await expect(
      build({
        root,
        configFile: false,
        logLevel: 'silent',
        plugins: [seedCasesPlugin()],
        build: { write: false },
      }),
    ).rejects.toThrow(
      'seeds/gaza-2023/curated.yaml: corrections[0].set.participantIds[1]: unknown actor id "abbas-kamal"',
    );
  });

  it('stops the dev server from starting on a broken seed', async () => {
    const root = makeProjectWithBrokenSeed('codebook.yaml', (t) =>
      t.replace('kind: mediator', 'kind: broker'),
    );
    roots.push(root);
    await expect(
      createServer({ root, configFile: false, logLevel: 'silent', plugins: [seedCasesPlugin()] }),
    ).rejects.toThrow(/seeds\/gaza-2023\/codebook\.yaml: actors\[\d+\]\.kind: Invalid option/);
  });

  it('serves the seed cases as a module when they are valid', async () => {
    const root = makeProjectWithBrokenSeed('curated.yaml', (t) => t);
    roots.push(root);
    const server = await createServer({
      root,
      configFile: false,
      logLevel: 'silent',
      plugins: [seedCasesPlugin()],
      server: { middlewareMode: true },
    });
    try {
      const module = (await server.ssrLoadModule('virtual:seed-cases')) as {
        default: { case: { id: string } }[];
      };
      expect(module.default.map((d) => d.case.id)).toEqual(['gaza-2023']);
    } finally {
      await server.close();
    }
  });
});
