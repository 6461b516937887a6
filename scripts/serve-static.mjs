// Serves a built app from a sub-path of a static host, as a real deployment would:
//   node scripts/serve-static.mjs --dir dist --base /negotiations/dashboard/ --port 4173
import { existsSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { values } = parseArgs({
  options: {
    dir: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    port: { type: 'string', default: '4173' },
  },
});
const root = resolve(values.dir);
const base = values.base.endsWith('/') ? values.base : `${values.base}/`;
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

if (!existsSync(join(root, 'index.html'))) {
  console.error(`serve-static: ${root}/index.html is missing; run \`npm run build\` first`);
  process.exit(1);
}

const gzipped = new Map();

createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (url.pathname === base.slice(0, -1)) {
    res.writeHead(301, { location: base + url.search }).end();
    return;
  }
  if (!url.pathname.startsWith(base)) {
    res.writeHead(404).end('not under the app base path');
    return;
  }
  const relative = decodeURIComponent(url.pathname.slice(base.length)) || 'index.html';
  const file = normalize(join(root, relative));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    res.writeHead(404).end('not found');
    return;
  }
  const type = types[extname(file)] ?? 'application/octet-stream';
  // Compress text as any static host would (Lighthouse and the benchmarks measure transfer).
  const body = readFileSync(file);
  const compressible = /^(text|application\/(json|manifest))|svg/.test(type);
  if (compressible && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
    let zipped = gzipped.get(file);
    if (!zipped) gzipped.set(file, (zipped = gzipSync(body)));
    res.writeHead(200, {
      'content-type': type,
      'content-encoding': 'gzip',
      vary: 'accept-encoding',
    });
    res.end(zipped);
    return;
  }
  res.writeHead(200, { 'content-type': type });
  res.end(body);
}).listen(Number(values.port), '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${values.port}${base}`);
});
