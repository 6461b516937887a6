import { createHash } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Plugin } from 'vite';

/**
 * Writes `sw.js` into the build: a service worker that precaches every file of the build
 * (listed at build time, so a new build replaces the old cache) and serves them cache-first,
 * so the dashboard works offline after its first load. Relative URLs: any sub-path works.
 */
export function serviceWorkerPlugin(): Plugin {
  let publicDir = '';
  return {
    name: 'service-worker',
    apply: 'build',
    configResolved(config) {
      publicDir = config.publicDir;
    },
    generateBundle(_options, bundle) {
      const publicFiles =
        publicDir && existsSync(publicDir)
          ? listFiles(publicDir).map((f) => relative(publicDir, f))
          : [];
      const files = ['./', './index.html', ...Object.keys(bundle), ...publicFiles]
        .map((f) => (f.startsWith('./') ? f : `./${f.split('\\').join('/')}`))
        .filter((f, i, all) => all.indexOf(f) === i && !f.endsWith('.map'))
        .sort();
      const version = createHash('sha256').update(files.join('\n')).digest('hex').slice(0, 12);
      this.emitFile({
        type: 'asset',
        fileName: 'sw.js',
        source: serviceWorkerSource(version, files),
      });
    },
  };
}

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}

function serviceWorkerSource(version: string, files: readonly string[]): string {
  return `// Generated at build time by src/build/vite-plugin-service-worker.ts.
const CACHE = 'negotiation-dashboard-${version}';
const FILES = ${JSON.stringify(files, null, 2)};

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(FILES)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('negotiation-dashboard-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(
    caches.open(CACHE).then(async (cache) => {
      // A page with any query (a shared view) is the same app: answer it with index.html.
      const key = request.mode === 'navigate' ? './index.html' : request;
      const cached = await cache.match(key, { ignoreSearch: request.mode === 'navigate' });
      if (cached) return cached;
      return fetch(request);
    }),
  );
});
`;
}
