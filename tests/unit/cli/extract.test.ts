import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { ARABIC_QUOTE, HEBREW_TEXT } from '../../fixtures/rtl-case.ts';

const dir = mkdtempSync(join(tmpdir(), 'extract-cli-'));
const file = (name: string, content: string | Buffer) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const CODEBOOK = 'seeds/gaza-2023/codebook.yaml';

/** Runs `npm run extract` as a user would (through tsx), returning its streams and status. */
function extract(...args: string[]) {
  const run = spawnSync('npx', ['tsx', 'src/cli/extract.ts', ...args], { encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr.trim() };
}

// Each test starts tsx, which takes seconds on a busy machine.
describe('npm run extract', { timeout: 30_000 }, () => {
  it('prints one valid Dataset JSON for the seed article, its codebook found from its case folder', () => {
    const out = execFileSync(
      'npx',
      ['tsx', 'src/cli/extract.ts', 'seeds/gaza-2023/articles/2023-12-20-haniyeh-in-cairo.md'],
      {
        encoding: 'utf8',
      },
    );
    const result = validateDataset(JSON.parse(out));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.dataset.positions.length).toBeGreaterThanOrEqual(7);
    expect(result.dataset.meetings.length).toBe(2);
    expect(
      result.dataset.positions.every((p) => p.origin === 'extracted' && p.evidence !== undefined),
    ).toBe(true);
  });

  it('takes a .txt without front matter with --published, which also overrides front matter', () => {
    const txt = file('note.txt', 'Hamas rejects any temporary truce.');
    const run = extract(txt, '--codebook', CODEBOOK, '--published', '2024-01-09');
    expect(run.status).toBe(0);
    const dataset = JSON.parse(run.stdout) as {
      sources: { published: string }[];
      positions: { date: string }[];
    };
    expect(dataset.sources[0]?.published).toBe('2024-01-09');
    expect(dataset.positions[0]?.date).toBe('2024-01-09');
  });

  it('says on stderr that it reads English only, for a Hebrew article and not for an English one quoting Arabic', () => {
    const hebrew = file(
      'tarsa-he.md',
      `---\ntitle: משלחת טרסה\npublished: 2025-04-09\nlanguage: he\n---\n\n${HEBREW_TEXT}\n`,
    );
    const english = file(
      'quote-ar.md',
      `---\ntitle: Hamas sets its terms\npublished: 2023-12-20\n---\n\nHamas demanded a permanent ceasefire, its spokesman saying: «${ARABIC_QUOTE}».\n`,
    );
    const run = extract(hebrew, english, '--codebook', CODEBOOK);
    expect(run.status).toBe(0);
    expect(run.stderr).toBe(
      `warning: ${hebrew}: language he: the extractor reads English only; code this article by hand`,
    );
    const dataset = JSON.parse(run.stdout) as {
      sources: { id: string; language?: string }[];
      positions: { evidence?: { sourceId: string; quote: string } }[];
    };
    expect(dataset.sources.map((s) => [s.id, s.language])).toEqual([
      ['tarsa-he', 'he'],
      ['quote-ar', undefined],
    ]);
    expect(dataset.positions.map((p) => p.evidence?.sourceId)).toEqual(['quote-ar']);
    expect(dataset.positions[0]?.evidence?.quote).toContain(ARABIC_QUOTE);
  });

  it.each([
    [
      'an empty file',
      () => [file('empty.md', ''), '--codebook', CODEBOOK],
      /empty\.md: the file is empty$/,
    ],
    [
      'a binary file',
      () => [
        file('image.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])),
        '--codebook',
        CODEBOOK,
      ],
      /image\.md: this is a binary file/,
    ],
    [
      'text that is not UTF-8',
      () => [
        file('latin1.txt', Buffer.from([0x43, 0x61, 0x69, 0x72, 0x6f, 0xe9])),
        '--codebook',
        CODEBOOK,
      ],
      /latin1\.txt: the text is not valid UTF-8/,
    ],
    [
      'a 50 MB file, refused before it is read',
      () => {
        const big = file('huge.txt', '');
        truncateSync(big, 51 * 1024 * 1024);
        return [big, '--codebook', CODEBOOK];
      },
      /huge\.txt: 51\.0 MB is larger than the 50 MB limit/,
    ],
    [
      'an invalid date',
      () => [file('a.txt', 'Text.'), '--codebook', CODEBOOK, '--published', '2024-02-31'],
      /--published 2024-02-31: not a valid date/,
    ],
    [
      'a missing date',
      () => [file('b.txt', 'Hamas rejects a truce.'), '--codebook', CODEBOOK],
      /b\.txt: front matter\.published: .*give --published/,
    ],
    [
      'a codebook with errors',
      () => [
        file('c.txt', 'Text.'),
        '--published',
        '2024-01-01',
        '--codebook',
        file('codebook.yaml', 'case: {id: x, title: X}\nactors: []\nissues: []\n'),
      ],
      /codebook\.yaml: actors: a codebook needs at least one actor \(and 1 more problems\)$/,
    ],
    ['an unknown flag', () => ['--verbose', 'x.md'], /unknown option --verbose/],
    [
      'a missing file',
      () => [join(dir, 'nope.md'), '--codebook', CODEBOOK],
      /nope\.md: no such file$/,
    ],
  ])('exits 1 with one clear line for %s, printing nothing on stdout', (_name, args, message) => {
    const run = extract(...args());
    expect(run.status).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr.split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(message);
  });
});
