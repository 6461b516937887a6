import { buildExportFileName, toFileNamePart } from '../../../src/export/file-name.ts';

describe('buildExportFileName()', () => {
  it('names a file <case>-<view>-<as-of date>.<ext>', () => {
    expect(
      buildExportFileName({
        caseId: 'gaza-2023',
        view: 'matrix',
        asOf: '2023-12-20',
        extension: 'svg',
      }),
    ).toBe('gaza-2023-matrix-2023-12-20.svg');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd'],
    ['Ünïcödé Case', 'unicode-case'],
    ['a/b\\c:d*e?f"g<h>i|j', 'a-b-c-d-e-f-g-h-i-j'],
    ['...', 'case'],
    ['مفاوضات', 'case'],
  ])('keeps only [a-z0-9-.] from the case id %j', (caseId, part) => {
    const name = buildExportFileName({
      caseId,
      view: 'Timeline',
      asOf: undefined,
      extension: 'png',
    });
    expect(name).toMatch(/^[a-z0-9-.]+$/);
    expect(name).not.toContain('..');
    expect(name).toBe(`${part}-timeline-undated.png`);
  });

  it('ignores an as-of value that is not an ISO day', () => {
    expect(
      buildExportFileName({ caseId: 'c', view: 'v', asOf: '2023/12/20', extension: 'csv' }),
    ).toBe('c-v-undated.csv');
  });
});

describe('toFileNamePart()', () => {
  it('lower-cases and joins runs of other characters with one "-"', () => {
    expect(toFileNamePart('  Israel & Hamas  ')).toBe('israel-hamas');
  });
});
