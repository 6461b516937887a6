// `npm run bench:extract-size`: how much the extractor adds to what the browser loads when it
// needs it. Bundles src/extract (with chrono-node) as the app's build would, minified, and
// prints its gzipped size; the app loads it lazily, never on first paint.
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const result = await build({
  configFile: false,
  logLevel: 'silent',
  build: {
    write: false,
    minify: true,
    target: 'es2022',
    lib: { entry: 'src/extract/extract-article.ts', formats: ['es'], fileName: 'extractor' },
  },
});
const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) =>
  'output' in r ? r.output : [],
);
let raw = 0;
let gzip = 0;
for (const chunk of outputs) {
  if (chunk.type !== 'chunk') continue;
  raw += Buffer.byteLength(chunk.code);
  gzip += gzipSync(chunk.code, { level: 9 }).length;
}
console.log(
  `extractor bundle: ${(raw / 1024).toFixed(1)} kB minified, ${(gzip / 1024).toFixed(1)} kB gzipped (budget 60 kB)`,
);
