import { createHash } from 'node:crypto';
import { loadSeedCases } from '../../../src/cases/read-case-folder.ts';

// SHA-256 of ../shared/seeds/000_9f0f12f4bd91ef74.txt with its surrounding whitespace trimmed:
// the seed article must stay word for word.
const SEED_ARTICLE_SHA256 = '5b4f63514e7e8e271b253ed5a6c6d6932060226413aa5af52d08bf1f1b1b06f8';

describe('loadSeedCases("seeds") on the Gaza 2023 case', () => {
  const [gaza] = loadSeedCases('seeds').filter((c) => c.dataset.case.id === 'gaza-2023');
  if (!gaza) throw new Error('seeds/gaza-2023 did not load');
  const { dataset } = gaza;

  it('keeps the seed article word for word, dated 2023-12-20', () => {
    const [source] = dataset.sources;
    expect(source?.published).toBe('2023-12-20');
    expect(
      createHash('sha256')
        .update(source?.text ?? '')
        .digest('hex'),
    ).toBe(SEED_ARTICLE_SHA256);
  });

  it('holds the issues of DESIGN.md', () => {
    expect(dataset.issues.map((i) => i.id)).toEqual(
      expect.arrayContaining([
        'permanent_ceasefire',
        'temporary_truce',
        'hostage_release',
        'prisoner_release',
        'troop_withdrawal',
        'humanitarian_aid',
        'return_of_displaced',
        'reconstruction',
        'hamas_disarmament_or_elimination',
        'gaza_governance',
      ]),
    );
  });

  it('links people and factions to their party', () => {
    const parentOf = (id: string) => dataset.actors.find((a) => a.id === id)?.parentId;
    expect(parentOf('ghazi-hamad')).toBe('hamas');
    expect(parentOf('benjamin-netanyahu')).toBe('israel');
    expect(parentOf('israel-hardliners')).toBe('israel');
    expect(parentOf('abbas-kamel')).toBe('egypt');
    expect(dataset.actors.find((a) => a.id === 'egypt')?.aliases).toContain('Cairo');
  });

  it('holds the meetings of FACTS.md, each curated record with its public source', () => {
    const meetings = [...dataset.meetings].sort((a, b) => a.date.start.localeCompare(b.date.start));
    expect(meetings.map((m) => [m.date.start, m.place, m.origin])).toEqual([
      ['2023-11-09', 'Cairo', 'curated'],
      ['2023-12-15', 'Europe (reported as Norway)', 'curated'],
      ['2023-12-18', 'Warsaw', 'curated'],
      ['2023-12-20', 'Cairo', 'curated'],
    ]);
    for (const m of meetings) expect(m.citation?.url).toMatch(/^https:\/\//);
    expect(dataset.events?.[0]).toMatchObject({
      date: { start: '2023-11-24', end: '2023-12-01' },
      mediatorIds: ['qatar', 'egypt', 'united-states'],
    });
  });

  it('corrects the extracted meetings rather than restating them, keeping their evidence and rule', () => {
    const warsaw = dataset.meetings.find((m) => m.place === 'Warsaw');
    expect(warsaw?.rule).toBe('meeting:talks-between');
    expect(warsaw?.evidence?.quote).toContain(
      'recent talks between Israeli officials and US and Qatari representatives',
    );
    expect(warsaw?.note).toContain('Warsaw');
    const cairo = dataset.meetings.find((m) => m.date.start === '2023-12-20');
    expect(cairo?.participantIds).toContain('abbas-kamel');
  });

  it('builds its positions with the extractor: every one sourced by a sentence of the article', () => {
    const stated = dataset.positions.filter((p) => !p.derivedFrom);
    expect(stated.length).toBeGreaterThanOrEqual(7);
    for (const p of stated) {
      expect(p.evidence?.sourceId).toBe('haniyeh-in-cairo-2023-12-20');
      expect(p.rule).toMatch(/^stance:/);
    }
    expect(dataset.positions).toContainEqual(
      expect.objectContaining({
        actorId: 'hamas',
        issueId: 'hostage_release',
        stance: 'conditional',
        condition: expect.objectContaining({ issueId: 'permanent_ceasefire' }),
      }),
    );
  });

  it('adds the cited November 2023 deal, both sides accepting it, and the positions it gives', () => {
    expect(dataset.proposals.map((p) => [p.id, p.kind, p.origin])).toEqual([
      ['proposal-2023-11-truce-deal', 'deal', 'curated'],
    ]);
    const derived = dataset.positions.filter((p) => p.derivedFrom?.via === 'accepted');
    expect(derived.map((p) => `${p.actorId} ${p.issueId} ${p.stance}`).sort()).toEqual([
      'hamas hostage_release support',
      'hamas prisoner_release support',
      'hamas temporary_truce support',
      'israel hostage_release support',
      'israel prisoner_release support',
      'israel temporary_truce support',
    ]);
    for (const p of derived) expect(p.citation?.url).toMatch(/^https:\/\//);
  });

  it('says who "Cairo’s spy chief" and the "recent talks" were, pointing at the article’s words', () => {
    const identified = Object.fromEntries(
      (dataset.identifications ?? []).map((n) => [n.evidence?.quote, n.actorId ?? n.meetingId]),
    );
    expect(identified).toEqual({
      'Cairo’s spy chief': 'abbas-kamel',
      'recent talks between Israeli officials and US and Qatari representatives':
        'meeting-haniyeh-in-cairo-2023-12-20-410',
    });
  });
});
