// @vitest-environment jsdom
import {
  escapeHtmlAttribute,
  parseEmbedSize,
  toEmbedSnippet,
} from '../../../src/export/to-embed-snippet.ts';

/** The attributes of the one element in an HTML fragment, as a browser would read them. */
function readAttributes(html: string): Record<string, string> {
  const template = document.createElement('template');
  template.innerHTML = html;
  const element = template.content.firstElementChild;
  if (!element) throw new Error(`no element in ${html}`);
  return Object.fromEntries([...element.attributes].map((a) => [a.name, a.value]));
}

describe('escapeHtmlAttribute()', () => {
  it.each([
    ['plain', 'plain'],
    ['a & b', 'a &amp; b'],
    ['say "no"', 'say &quot;no&quot;'],
    ["it's", 'it&#39;s'],
    ['<script>', '&lt;script&gt;'],
    ['&amp;', '&amp;amp;'],
  ])('escapes %j as %j', (value, escaped) => {
    expect(escapeHtmlAttribute(value)).toBe(escaped);
  });
});

describe('toEmbedSnippet()', () => {
  it('writes an iframe with src, size, title and lazy loading, its query’s & escaped', () => {
    expect(
      toEmbedSnippet({
        src: 'https://example.org/talks/?embed=matrix&hide-mediator=egypt',
        width: 800,
        height: 500,
        title: 'Harbour talks — Positions matrix',
      }),
    ).toBe(
      '<iframe src="https://example.org/talks/?embed=matrix&amp;hide-mediator=egypt" width="800" height="500" title="Harbour talks — Positions matrix" loading="lazy" style="border: 0; max-width: 100%"></iframe>',
    );
  });

  it('keeps a title with quotes and < inside its attribute: read back, it is the same text', () => {
    const title = 'The "Rafah" talks <2024> & Israel\'s terms — Sequencing';
    const src = 'https://example.org/?embed=sequencing&x="><script>alert(1)</script>';
    const snippet = toEmbedSnippet({ src, width: 640, height: 480, title });
    expect(snippet).not.toContain('<script>');
    expect(snippet).not.toContain('"Rafah"');
    const attributes = readAttributes(snippet);
    expect(attributes).toEqual({
      src,
      width: '640',
      height: '480',
      title,
      loading: 'lazy',
      style: 'border: 0; max-width: 100%',
    });
  });
});

describe('parseEmbedSize()', () => {
  it.each([
    ['800', 800],
    [' 600 ', 600],
    ['4000', 4000],
  ])('reads %j as %d pixels', (text, value) => {
    expect(parseEmbedSize(text, 'Width', 600, 4000)).toEqual({ ok: true, value });
  });

  it.each([
    ['', 'Width is empty: enter a number of pixels.'],
    ['599', 'Width must be at least 600 pixels'],
    ['4001', 'Width must be at most 4000 pixels.'],
    ['80.5', 'Width must be a whole number of pixels, not “80.5”.'],
    ['-700', 'Width must be a whole number of pixels, not “-700”.'],
    ['1e3', 'Width must be a whole number of pixels, not “1e3”.'],
  ])('refuses %j, naming the field and the problem', (text, reason) => {
    const result = parseEmbedSize(text, 'Width', 600, 4000);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.reason).toContain(reason);
  });
});
