import { buildCaseDataset } from '../../../src/cases/build-case-dataset.ts';
import { formatFileProblem } from '../../../src/cases/file-problem.ts';
import {
  makeCaseFiles,
  TINY_CODEBOOK,
  TINY_CURATED,
  TINY_ARTICLE,
} from '../../fixtures/tiny-case.ts';

function messagesOf(files: ReturnType<typeof makeCaseFiles>): string[] {
  const build = buildCaseDataset(files);
  if (build.ok) throw new Error('expected the case to fail');
  return build.problems.map(formatFileProblem);
}

describe('buildCaseDataset()', () => {
  it('builds a valid dataset from codebook, article and curated layer', () => {
    const build = buildCaseDataset(makeCaseFiles());
    expect(build.ok).toBe(true);
    if (!build.ok) return;
    const { dataset } = build;
    expect(dataset.case.title).toBe('Harbour access talks');
    expect(dataset.sources[0]).toMatchObject({ id: 'harbour-report', publisher: 'Coastal Herald' });
    expect(dataset.sources[0]?.text.startsWith('Northland demands')).toBe(true);
    expect(dataset.meetings[0]).toMatchObject({
      origin: 'curated',
      citation: { title: 'League envoy convenes both sides', published: '2024-03-01' },
    });
    expect(dataset.positions[0]?.evidence).toEqual({
      sourceId: 'harbour-report',
      start: 0,
      end: 38,
      quote: 'Northland demands full harbour access.',
    });
  });

  it('finds the offsets of a curated quote given without them', () => {
    const curated = TINY_CURATED.replace(
      'quote: Northland demands full harbour access., start: 0',
      'quote: Southport rejects',
    );
    const build = buildCaseDataset(makeCaseFiles({ curated }));
    expect(
      build.ok &&
        build.dataset.positions.find((p) => p.id === 'position-northland-quota')?.evidence,
    ).toMatchObject({ start: 39, end: 56 });
  });

  it.each([
    {
      problem: 'bad YAML',
      files: makeCaseFiles({ curated: 'meetings:\n  - id: a\n   place: [unclosed' }),
      expected: /^seeds\/harbour\/curated\.yaml: \(file\): line 3, column \d+: invalid YAML/,
    },
    {
      problem: 'an unknown actor id',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace('[northland, southport]', '[northland, sothport]'),
      }),
      expected:
        'seeds/harbour/curated.yaml: meetings[0].participantIds[1]: unknown actor id "sothport"',
    },
    {
      problem: 'an unknown issue id',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace('issueId: fishing_quota', 'issueId: fish_quota'),
      }),
      expected: 'seeds/harbour/curated.yaml: positions[0].issueId: unknown issue id "fish_quota"',
    },
    {
      problem: 'an invalid date',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace('start: 2024-03-01', 'start: 2024-02-30'),
      }),
      expected: 'seeds/harbour/curated.yaml: meetings[0].date.start: is not a real calendar date',
    },
    {
      problem: 'a date that is not ISO',
      files: makeCaseFiles({
        article: TINY_ARTICLE.replace('published: 2024-03-02', 'published: 2 March 2024'),
      }),
      expected:
        'seeds/harbour/articles/harbour-report.md: front matter.published: must be an ISO date YYYY-MM-DD',
    },
    {
      problem: 'a stance off the scale',
      files: makeCaseFiles({ curated: TINY_CURATED.replace('stance: open', 'stance: furious') }),
      expected:
        'seeds/harbour/curated.yaml: positions[0].stance: Invalid option: expected one of "reject"|"oppose"|"open"|"conditional"|"support"|"demand"',
    },
    {
      problem: 'a duplicate id',
      files: makeCaseFiles({ codebook: TINY_CODEBOOK.replace('id: southport', 'id: northland') }),
      expected: 'seeds/harbour/codebook.yaml: actors[1].id: duplicate id "northland"',
    },
    {
      problem: 'evidence offsets that do not match the article text',
      files: makeCaseFiles({ curated: TINY_CURATED.replace('start: 0', 'start: 3') }),
      expected:
        'seeds/harbour/curated.yaml: positions[0].evidence.start: offset 3 does not match the article text: the quote is "Northland demands full harbour access." but the text there reads "thland demands full harbour access. So"',
    },
    {
      problem: 'a quote that is not in the article',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace(
          'Northland demands full harbour access., start: 0',
          'Northland wants a bridge',
        ),
      }),
      expected:
        'seeds/harbour/curated.yaml: positions[0].evidence.quote: quote "Northland wants a bridge" is not in the text of "harbour-report"',
    },
    {
      problem: 'evidence in an unknown article',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace('source: harbour-report', 'source: harbor-report'),
      }),
      expected:
        'seeds/harbour/curated.yaml: positions[0].evidence.source: unknown source "harbor-report" (no article has this id)',
    },
    {
      problem: 'an unknown citation key',
      files: makeCaseFiles({
        curated: TINY_CURATED.replace('citation: herald', 'citation: heralt'),
      }),
      expected:
        'seeds/harbour/curated.yaml: meetings[0].citation: unknown citation "heralt" (not in citations)',
    },
    {
      problem: 'a record with neither evidence nor citation',
      files: makeCaseFiles({ curated: TINY_CURATED.replace('    citation: herald\n', '\n') }),
      expected:
        'seeds/harbour/curated.yaml: meetings[0]: needs evidence (a quote in a source) or a citation (a public source)',
    },
    {
      problem: 'an unknown parent actor in the codebook',
      files: makeCaseFiles({
        codebook: TINY_CODEBOOK.replace('parentId: northland', 'parentId: norland'),
      }),
      expected: 'seeds/harbour/codebook.yaml: actors[3].parentId: unknown actor id "norland"',
    },
    {
      problem: 'an article without text',
      files: makeCaseFiles({
        article: TINY_ARTICLE.split('---\n').slice(0, 2).join('---\n') + '---\n\n',
      }),
      expected: 'seeds/harbour/articles/harbour-report.md: text: the article has no text',
    },
  ])('names the file, path and problem for $problem', ({ files, expected }) => {
    const messages = messagesOf(files);
    if (typeof expected === 'string') expect(messages).toContain(expected);
    else expect(messages.some((m) => expected.test(m))).toBe(true);
  });
});

describe('buildCaseDataset() with corrections', () => {
  const extractedId = () => {
    const build = buildCaseDataset(makeCaseFiles());
    if (!build.ok) throw new Error('tiny case does not build');
    const id = build.dataset.positions.find((p) => p.origin === 'extracted')?.id;
    if (!id) throw new Error('the extractor found nothing in the tiny case');
    return id;
  };

  it('extracts positions from the articles', () => {
    const build = buildCaseDataset(makeCaseFiles());
    expect(
      build.ok &&
        build.dataset.positions
          .filter((p) => p.origin === 'extracted')
          .map((p) => [p.actorId, p.issueId, p.stance]),
    ).toEqual([
      ['northland', 'harbour_access', 'demand'],
      ['southport', 'fishing_quota', 'reject'],
    ]);
  });

  it('rejects an extracted record by id, keeping the reason', () => {
    const id = extractedId();
    const curated = `${TINY_CURATED}corrections:\n  - target: ${id}\n    reject: true\n    reason: The report misattributes this.\n`;
    const build = buildCaseDataset(makeCaseFiles({ curated }));
    expect(build.ok && build.dataset.positions.some((p) => p.id === id)).toBe(false);
    expect(build.ok && build.dataset.rejected).toEqual([
      expect.objectContaining({ id, kind: 'position', reason: 'The report misattributes this.' }),
    ]);
  });

  it('corrects an extracted record into a curated one that keeps its evidence', () => {
    const id = extractedId();
    const curated = `${TINY_CURATED}corrections:\n  - target: ${id}\n    reason: Stated by the minister.\n    citation: herald\n    set: { actorId: harbour-minister, stance: support }\n`;
    const build = buildCaseDataset(makeCaseFiles({ curated }));
    const record = build.ok ? build.dataset.positions.find((p) => p.id === id) : undefined;
    expect(record).toMatchObject({
      actorId: 'harbour-minister',
      stance: 'support',
      origin: 'curated',
      note: 'Stated by the minister.',
    });
    expect(record?.evidence?.quote).toBe('Northland demands full harbour access.');
    expect(record?.citation?.title).toBe('League envoy convenes both sides');
  });

  it.each([
    [
      'an unknown target',
      'target: position-nothing\n    reject: true\n    reason: x',
      'corrections[0].target: no extracted record has the id "position-nothing"',
    ],
    [
      'a missing reason',
      'target: TARGET\n    reject: true',
      'corrections[0].reason: Invalid input: expected string, received undefined',
    ],
    [
      'an unknown actor in a correction',
      'target: TARGET\n    reason: x\n    set: { actorId: westland }',
      'corrections[0].set.actorId: unknown actor id "westland"',
    ],
  ])('names the path of %s', (_name, body, expected) => {
    const curated = `${TINY_CURATED}corrections:\n  - ${body.replace('TARGET', extractedId())}\n`;
    expect(messagesOf(makeCaseFiles({ curated }))).toContainEqual(
      expect.stringContaining(`seeds/harbour/curated.yaml: ${expected}`),
    );
  });
});

describe('buildCaseDataset() with curated proposals and responses', () => {
  const PROPOSAL = `proposals:
  - id: league-plan
    title: League harbour plan
    kind: proposal
    proposerIds: [mediator-league]
    date: 2024-03-01
    citation: herald
    terms:
      - id: access
        issueId: harbour_access
        provides: harbour access for Northland's boats
      - id: quota
        issueId: fishing_quota
        provides: a shared fishing quota
responses:
  - id: northland-accepts
    actorId: northland
    proposalId: league-plan
    response: accept
    date: 2024-03-02
    citation: herald
`;

  it('adds them and derives the positions they give, cited', () => {
    const build = buildCaseDataset(makeCaseFiles({ curated: `${TINY_CURATED}${PROPOSAL}` }));
    if (!build.ok) throw new Error(build.problems.map(formatFileProblem).join('\n'));
    expect(build.dataset.proposals.map((p) => [p.id, p.origin, p.terms.length])).toEqual([
      ['league-plan', 'curated', 2],
    ]);
    const derived = build.dataset.positions.filter((p) => p.derivedFrom);
    expect(derived.map((p) => [p.actorId, p.issueId, p.stance, p.origin])).toEqual([
      ['mediator-league', 'harbour_access', 'demand', 'curated'],
      ['mediator-league', 'fishing_quota', 'demand', 'curated'],
      ['northland', 'harbour_access', 'support', 'curated'],
      ['northland', 'fishing_quota', 'support', 'curated'],
    ]);
    expect(derived[2]?.citation?.title).toBe('League envoy convenes both sides');
  });

  it.each([
    [
      '[mediator-league]',
      '[mediator-leage]',
      'proposals[0].proposerIds[0]: unknown actor id "mediator-leage"',
    ],
    [
      'issueId: fishing_quota',
      'issueId: fishing_rights',
      'proposals[0].terms[1].issueId: unknown issue id "fishing_rights"',
    ],
    [
      'proposalId: league-plan',
      'proposalId: league-plann',
      'responses[0].proposalId: unknown proposal id "league-plann"',
    ],
    [
      'actorId: northland',
      'actorId: northlnd',
      'responses[0].actorId: unknown actor id "northlnd"',
    ],
    ['response: accept', 'response: maybe', 'responses[0].response: Invalid option'],
  ])('refuses %s → %s with file: path: message', (from, to, expected) => {
    const build = buildCaseDataset(
      makeCaseFiles({ curated: `${TINY_CURATED}${PROPOSAL.replace(from, to)}` }),
    );
    expect(build.ok).toBe(false);
    if (build.ok) return;
    expect(build.problems.map(formatFileProblem)).toContainEqual(
      expect.stringContaining(`seeds/harbour/curated.yaml: ${expected}`),
    );
  });
});
