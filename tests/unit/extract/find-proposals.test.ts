import type { Codebook } from '../../../src/domain/codebook-schema.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import {
  PROPOSAL_NOUNS,
  RESPONSE_CUES,
  TERM_FRAMES,
  TERM_VERBS,
} from '../../../src/extract/rules/proposal-cues.ts';
import { LAKES_CODEBOOK, makeLakesArticle } from '../../fixtures/lakes-codebook.ts';

// The lakes talks with who grants what: Arlen frees detainees and grants amnesty, the Front disarms.
const CODEBOOK: Codebook = {
  ...LAKES_CODEBOOK,
  issues: [
    {
      id: 'ceasefire',
      label: 'Ceasefire',
      phrases: ['ceasefire', 'lasting truce'],
      grantedBy: 'mutual',
    },
    {
      id: 'pause',
      label: 'Pause',
      phrases: ['truce', 'pause in the fighting'],
      grantedBy: 'mutual',
    },
    { id: 'amnesty', label: 'Amnesty', phrases: ['amnesty'], grantedBy: ['arlen'] },
    {
      id: 'detainee_release',
      label: 'Release of detainees',
      phrases: ['release of detainees', 'detainees', 'prisoner swap'],
      grantedBy: ['arlen'],
    },
    {
      id: 'disarmament',
      label: 'Disarmament',
      phrases: ['disarmament'],
      paraphrases: ['hand over weapons', 'lay down arms'],
      grantedBy: ['brisk-front'],
    },
    { id: 'elections', label: 'Elections', phrases: ['elections'], grantedBy: 'mutual' },
  ],
};

function read(text: string) {
  const result = extractArticle(makeLakesArticle(text), CODEBOOK);
  return {
    proposals: result.proposals.map((p) => ({
      kind: p.kind,
      proposers: p.proposerIds,
      terms: p.terms.map((t) => (t.phase ? `${t.issueId}@${t.phase}` : t.issueId)),
    })),
    responses: result.responses.map((r) => `${r.actorId} ${r.response}`),
    derived: result.positions
      .filter((p) => p.derivedFrom)
      .map((p) => `${p.actorId} ${p.issueId} ${p.stance}`),
    stated: result.positions
      .filter((p) => !p.derivedFrom)
      .map((p) => `${p.actorId} ${p.issueId} ${p.stance}`),
    result,
  };
}

describe('extractArticle() proposals', () => {
  it('reads a mediator’s proposal, its terms over two sentences and a party’s acceptance', () => {
    const r = read(
      'Norvia has drawn up a two-stage plan to end the fighting. ' +
        'The plan envisages a pause in the fighting of three weeks and an amnesty for rank-and-file fighters. ' +
        'The Brisk Front has approved it, a spokesman said.',
    );
    expect(r.proposals).toEqual([
      { kind: 'proposal', proposers: ['norvia'], terms: ['pause', 'amnesty'] },
    ]);
    expect(r.responses).toEqual(['brisk-front accept']);
    expect(r.derived).toEqual([
      'norvia pause demand',
      'norvia amnesty demand',
      'brisk-front pause support',
      'brisk-front amnesty support',
    ]);
  });

  it('gives the mediator that announces a deal nothing, and both parties that agreed to it support', () => {
    const r = read(
      'Norvian officials announced late on Tuesday that Arlen and the Brisk Front had agreed to the deal. ' +
        'Under the agreement, Arlen will free 200 detainees and the Front will hand over weapons at three depots.',
    );
    expect(r.responses).toEqual(['arlen accept', 'brisk-front accept']);
    expect(r.derived.filter((d) => d.startsWith('norvia'))).toEqual([]);
    expect(r.derived).toEqual(
      expect.arrayContaining([
        'arlen detainee_release support',
        'arlen disarmament support',
        'brisk-front detainee_release support',
        'brisk-front disarmament support',
      ]),
    );
    // The terms sentence states no one's position by itself.
    expect(r.stated).toEqual([]);
  });

  it('reads a mediator that urges a party to accept a plan as endorsing its terms', () => {
    const r = read(
      'Arlen tabled a plan on Friday that calls for the release of detainees and elections in the spring. ' +
        'The Norvian envoy, Ilse Brand, urged the Brisk Front to accept it.',
    );
    expect(r.responses).toEqual(['norvia accept']);
    expect(r.derived).toEqual(
      expect.arrayContaining([
        'ilse-brand detainee_release support',
        'ilse-brand elections support',
      ]),
    );
    // The party pressed is asked, not answering; a proposer urging its own plan endorses nothing new.
    const own = read(
      'Arlen tabled a plan on Friday that calls for the release of detainees. Arlen urged the Front to accept it.',
    );
    expect(own.responses).toEqual([]);
  });

  it('gives a party’s own proposal demand on what it asks and support on what it offers', () => {
    const r = read(
      'Arlen tabled an offer on Friday that would see the release of detainees held without charge in return for disarmament.',
    );
    expect(r.proposals[0]?.proposers).toEqual(['arlen']);
    expect(r.derived).toEqual(['arlen detainee_release support', 'arlen disarmament demand']);
  });

  it('reads phases as the terms of the proposal in context', () => {
    const r = read(
      'The Lakes Council put forward a framework on Sunday. ' +
        'In the first phase, a truce of 30 days would take hold. ' +
        'In the second phase, the government would hold elections.',
    );
    expect(r.proposals[0]?.terms).toEqual(['pause@1', 'elections@2']);
  });

  it.each([
    ['is studying', 'The Front said it was studying the proposal.', 'brisk-front review'],
    ['turned down', 'Arlen turned down the offer within hours.', 'arlen reject'],
    ['amendments', 'The Front responded with amendments to the draft.', 'brisk-front counter'],
    ['has not accepted', 'Arlen has not accepted the plan.', undefined],
    ['refused to accept', 'Arlen refused to accept the plan.', 'arlen reject'],
  ])('reads a response: %s', (_name, sentence, expected) => {
    const r = read(`Norvia presented a plan that calls for an amnesty. ${sentence}`);
    expect(r.responses).toEqual(expected ? [expected] : []);
  });

  it('reads an acceptance on a condition as conditional, and the condition as a demand', () => {
    const r = read(
      'Norvia presented a plan that calls for an amnesty. ' +
        'The Front accepted the plan, provided that elections are held within a year.',
    );
    expect(r.responses).toEqual(['brisk-front conditional']);
    expect(r.derived).toEqual(
      expect.arrayContaining(['brisk-front amnesty conditional', 'brisk-front elections demand']),
    );
  });

  it.each([
    ['a deal that should be', 'Any deal must include an amnesty, the Front said.'],
    ['a verb "plans to"', 'Arlen plans to hold elections in the spring.'],
    ['a deal only named', 'Diplomats spoke of a possible deal on detainees.'],
  ])('takes no proposal from %s', (_name, text) => {
    expect(read(text).proposals).toEqual([]);
  });

  it('keeps the stated position of "Any deal must include …"', () => {
    expect(read('Any deal must include an amnesty, the Front said.').stated).toEqual([
      'brisk-front amnesty demand',
    ]);
  });

  it('tells a counter-proposal from the proposal it answers', () => {
    const r = read(
      'Norvia floated a plan that calls for a truce. ' +
        'The Front answered with its own counter-proposal, which demands an amnesty.',
    );
    expect(r.proposals).toEqual([
      { kind: 'proposal', proposers: ['norvia'], terms: ['pause'] },
      { kind: 'proposal', proposers: ['brisk-front'], terms: ['amnesty'] },
    ]);
    expect(r.result.responses.map((x) => [x.actorId, x.response, x.proposalId])).toEqual([
      ['brisk-front', 'counter', r.result.proposals[0]?.id],
    ]);
  });

  it('keeps both sentences as evidence of a derived position', () => {
    const text =
      'Norvia put forward a plan that calls for elections. The Brisk Front accepted the plan.';
    const accepted = read(text).result.positions.find((p) => p.derivedFrom?.via === 'accepted');
    expect(accepted?.evidence?.quote).toBe('Norvia put forward a plan that calls for elections.');
    expect(accepted?.derivedFrom?.responseEvidence?.quote).toBe(
      'The Brisk Front accepted the plan.',
    );
  });
});

// Rules are data, each with the sentence it is for: every example must name its construction.
describe('proposal rules', () => {
  it.each(PROPOSAL_NOUNS.map((n) => [n.id, n.pattern, n.example]))(
    'noun %s matches its example',
    (_id, pattern, example) => {
      expect(new RegExp(`\\b(?:${pattern})\\b`, 'iu').test(example)).toBe(true);
    },
  );
  it.each(
    [...TERM_VERBS, ...TERM_FRAMES, ...RESPONSE_CUES].map((c) => [c.id, c.pattern, c.example]),
  )('cue %s matches its example', (_id, pattern, example) => {
    expect(new RegExp(`(?:${pattern})`, 'iu').test(example)).toBe(true);
  });
});
