import { parseEmbedParam } from '../../../src/store/embed-param.ts';
import {
  buildDashboardUrl,
  buildEmbedUrl,
  describeEmbedTitle,
} from '../../../src/store/embed-url.ts';

const page = { origin: 'https://example.org', pathname: '/talks/', hash: '' };

describe('parseEmbedParam()', () => {
  it.each([
    ['', { kind: 'none' }],
    ['?hide-mediator=egypt', { kind: 'none' }],
    ['?embed=matrix', { kind: 'view', view: 'matrix' }],
    ['?as-of=2023-12-20&embed=timeline', { kind: 'view', view: 'timeline' }],
    ['?embed=sequencing', { kind: 'view', view: 'sequencing' }],
    ['?embed=Matrix', { kind: 'unknown', value: 'Matrix' }],
    ['?embed=map', { kind: 'unknown', value: 'map' }],
    ['?embed=', { kind: 'unknown', value: '' }],
    ['?embed=%3Cscript%3E', { kind: 'unknown', value: '<script>' }],
  ] as const)('reads %j as %j', (search, expected) => {
    expect(parseEmbedParam(search)).toEqual(expected);
  });
});

describe('buildEmbedUrl()', () => {
  it('puts `embed` first, then the view query, on the page’s own address', () => {
    expect(buildEmbedUrl(page, 'hide-mediator=egypt&as-of=2023-12-20', 'matrix')).toBe(
      'https://example.org/talks/?embed=matrix&hide-mediator=egypt&as-of=2023-12-20',
    );
  });

  it('needs no view query, and keeps the hash (a synthetic case lives there)', () => {
    expect(buildEmbedUrl({ ...page, hash: '#synthetic=small' }, '', 'sequencing')).toBe(
      'https://example.org/talks/?embed=sequencing#synthetic=small',
    );
  });
});

describe('buildDashboardUrl()', () => {
  it('is the same address without `embed`', () => {
    expect(buildDashboardUrl(page, 'cell-party=israel&cell-issue=hostage_release')).toBe(
      'https://example.org/talks/?cell-party=israel&cell-issue=hostage_release',
    );
    expect(buildDashboardUrl(page, '')).toBe('https://example.org/talks/');
  });
});

describe('describeEmbedTitle()', () => {
  it.each([
    ['matrix', 'Harbour talks — Positions matrix'],
    ['timeline', 'Harbour talks — Mediator meetings timeline'],
    ['sequencing', 'Harbour talks — Sequencing'],
  ] as const)('names the case and the %s', (view, title) => {
    expect(describeEmbedTitle('Harbour talks', view)).toBe(title);
  });
});
