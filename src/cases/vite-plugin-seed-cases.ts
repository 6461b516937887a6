import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { listCaseFolders, loadSeedCases } from './read-case-folder.ts';

const VIRTUAL_ID = 'virtual:seed-cases';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/**
 * Serves every case under `seeds/` as the module `virtual:seed-cases` (an array of
 * validated Datasets). A broken seed stops `vite` and `vite build` at start-up with
 * a message naming the file, the path inside it and the problem.
 */
export function seedCasesPlugin(seedsDir = 'seeds'): Plugin {
  let root = process.cwd();
  let dir = resolve(root, seedsDir);
  return {
    name: 'seed-cases',
    configResolved(config) {
      root = config.root;
      dir = resolve(root, seedsDir);
      // Fail before the server listens or the bundle starts: never a blank page.
      loadSeedCases(dir, root);
    },
    // The first case's title in the page itself, so the first paint does not wait for the script.
    transformIndexHtml(html) {
      const [first] = loadSeedCases(dir, root);
      if (!first) return html;
      const escape = (t: string) =>
        t
          .replace(/&/g, '&amp;')
          .replace(/</g, '&lt;')
          .replace(/>/g, '&gt;')
          .replace(/"/g, '&quot;');
      const shell =
        `<div class="app"><header class="case-header"><p class="case-header__product">Negotiation positions</p>` +
        `<h1>${escape(first.dataset.case.title)}</h1>` +
        (first.dataset.case.description
          ? `<p class="case-header__description">${escape(first.dataset.case.description)}</p>`
          : '') +
        `<p class="case-header__counts">Loading the dashboard…</p></header></div>`;
      return html.replace('<div id="root"></div>', `<div id="root">${shell}</div>`);
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const caseDir of listCaseFolders(dir)) this.addWatchFile(caseDir);
      try {
        const datasets = loadSeedCases(dir, root).map((build) => build.dataset);
        return `export default ${JSON.stringify(datasets)};`;
      } catch (error) {
        this.error(error instanceof Error ? error.message : String(error));
      }
    },
    configureServer(server) {
      server.watcher.add(dir);
      server.watcher.on('all', (_event, file) => {
        if (!file.startsWith(dir)) return;
        const module = server.moduleGraph.getModuleById(RESOLVED_ID);
        if (module) server.moduleGraph.invalidateModule(module);
        server.ws.send({ type: 'full-reload' });
      });
    },
  };
}
