import {
  parseDatasetJson,
  readArticleFiles,
  readCodebookText,
  readDatasetFile,
} from '../../../src/workspace/import-dataset.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const bytes = (text: string) => new TextEncoder().encode(text);

describe('readDatasetFile()', () => {
  it('reads a valid Dataset JSON', () => {
    const dataset = makeHarbourDataset();
    const read = readDatasetFile({ name: 'd.json', bytes: bytes(JSON.stringify(dataset)) });
    expect(read).toEqual({ ok: true, value: dataset });
  });

  it.each([
    ['text that is not JSON', '{ nope', /d\.json is not JSON/],
    ['a JSON array', '[]', /must be a JSON object/],
    [
      'a newer schemaVersion',
      JSON.stringify({ schemaVersion: 3 }),
      /schema version 3; this app reads version 2/,
    ],
  ])('refuses %s', (_what, text, message) => {
    const read = readDatasetFile({ name: 'd.json', bytes: bytes(text) });
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.message).toMatch(message);
  });

  it('lists schema errors with their paths', () => {
    const read = parseDatasetJson(
      'd.json',
      JSON.stringify({ schemaVersion: 1, case: { id: 'x' }, actors: 'none' }),
    );
    if (read.ok) throw new Error('expected problems');
    expect(read.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^case\.title: /),
        expect.stringMatching(/^actors: /),
      ]),
    );
  });

  it('names duplicated ids', () => {
    const dataset = makeHarbourDataset();
    const twice = { ...dataset, actors: [...dataset.actors, dataset.actors[0]] };
    const read = parseDatasetJson('d.json', JSON.stringify(twice));
    if (read.ok) throw new Error('expected problems');
    expect(read.details?.join('\n')).toMatch(/actors\[\d+\]\.id: duplicate id/);
  });

  it('refuses bytes that are not UTF-8 and binary files', () => {
    const latin1 = readDatasetFile({ name: 'l.json', bytes: new Uint8Array([0x7b, 0xe9, 0x7d]) });
    expect(latin1.ok || latin1.message).toMatch(/not UTF-8 text/);
    const binary = readDatasetFile({
      name: 'b.json',
      bytes: new Uint8Array([0x7b, 0, 1, 2, 0x7d]),
    });
    expect(binary.ok || binary.message).toMatch(/binary file/);
  });
});

describe('readCodebookText()', () => {
  it('lists problems with file, path and message', () => {
    const read = readCodebookText('my-codebook.yaml', 'case:\n  id: x\nactors: []\nissues: []\n');
    if (read.ok) throw new Error('expected problems');
    expect(read.details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^my-codebook\.yaml: case\.title: /),
        expect.stringMatching(/^my-codebook\.yaml: actors: .*at least one actor/),
      ]),
    );
  });

  it('reports YAML syntax errors with their line', () => {
    const read = readCodebookText('c.yaml', 'case: [\n');
    expect(read.ok || read.details?.[0]).toMatch(/^c\.yaml: \(file\): line \d+/);
  });
});

describe('readArticleFiles()', () => {
  it('reads front matter, and takes the date from the form when a file has none', () => {
    const read = readArticleFiles(
      [
        {
          name: 'a.md',
          bytes: bytes(
            '---\ntitle: A report\npublished: 2024-05-01\n---\nNorthland demands harbour access.',
          ),
        },
        { name: 'second_report.txt', bytes: bytes('Southport rejects it.') },
      ],
      '2024-05-02',
    );
    if (!read.ok) throw new Error(read.details?.join('\n'));
    expect(read.value.map((a) => [a.id, a.title, a.published])).toEqual([
      ['a', 'A report', '2024-05-01'],
      ['second-report', 'second report', '2024-05-02'],
    ]);
  });

  it('refuses them all when one file is bad, saying why for each', () => {
    const read = readArticleFiles(
      [
        { name: 'ok.md', bytes: bytes('Fine text.') },
        { name: 'photo.png', bytes: bytes('x') },
        { name: 'nodate.txt', bytes: bytes('Text.') },
      ],
      '',
    );
    if (read.ok) throw new Error('expected problems');
    expect(read.details).toEqual([
      'ok.md: no published date: add it in front matter or fill “Published” above.',
      'photo.png: only .md and .txt articles are read.',
      'nodate.txt: no published date: add it in front matter or fill “Published” above.',
    ]);
  });
});
