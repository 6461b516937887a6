import { derivePositions, withDerivedPositions } from '../../../src/domain/derive-positions.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import {
  makePlanDataset,
  makeProposal,
  makeResponse,
  makeTerm,
  planEvidence,
} from '../../fixtures/proposal-builders.ts';

const summary = (positions: ReturnType<typeof derivePositions>) =>
  positions.map(
    (p) =>
      `${p.actorId} ${p.issueId} ${p.stance}${p.condition ? ` if ${p.condition.issueId}` : ''}`,
  );

describe('derivePositions()', () => {
  it('gives the proposer, the accepting, reviewing and conditional parties their positions', () => {
    expect(summary(derivePositions(makePlanDataset()))).toEqual([
      // The League is a mediator: it grants nothing, so it asks each term of the parties.
      'league blockade demand',
      'league harbour_access demand',
      'northland blockade support',
      'northland harbour_access support',
      'southport blockade open',
      'southport harbour_access open',
      'dockers blockade conditional if fishing_quota',
      'dockers harbour_access conditional if fishing_quota',
      'dockers fishing_quota demand',
    ]);
  });

  it('gives a party that proposes demand on what it asks and support on what it offers', () => {
    const positions = derivePositions(
      makePlanDataset({ proposals: [makeProposal({ proposerIds: ['northland'] })], responses: [] }),
    );
    // Northland grants the end of the blockade (offers it) and asks for harbour access.
    expect(summary(positions)).toEqual([
      'northland blockade support',
      'northland harbour_access demand',
    ]);
  });

  it('gives a mediator that brokers a deal no position: announcing a deal is not a stance', () => {
    const positions = derivePositions(
      makePlanDataset({ proposals: [makeProposal({ kind: 'deal' })], responses: [] }),
    );
    expect(positions).toEqual([]);
  });

  it('gives a rejection and a counter-proposal no positions on the terms', () => {
    const positions = derivePositions(
      makePlanDataset({
        proposals: [makeProposal({ proposerIds: [] })],
        responses: [
          makeResponse({ response: 'reject' }),
          makeResponse({ id: 'counter', response: 'counter' }),
        ],
      }),
    );
    expect(positions).toEqual([]);
  });

  it('carries both sentences: the term as evidence, the response as the second', () => {
    const accepted = derivePositions(makePlanDataset()).find(
      (p) => p.actorId === 'northland' && p.issueId === 'blockade',
    );
    expect(accepted).toMatchObject({
      stance: 'support',
      date: '2024-03-05',
      origin: 'extracted',
      evidence: makeTerm().evidence,
      rule: 'derived:accepted',
      derivedFrom: {
        proposalId: 'plan-league',
        termId: 'lull',
        responseId: 'response-northland',
        via: 'accepted',
        responseEvidence: planEvidence('Northland accepted the plan.'),
      },
    });
  });

  it('makes a position curated when its response is curated, with the response’s citation', () => {
    const citation = { title: 'Northland signs on', publisher: 'Coastal Herald' };
    const { evidence: _e, ...uncited } = makeResponse();
    const positions = derivePositions(
      makePlanDataset({
        responses: [{ ...uncited, origin: 'curated', citation, confidence: 1 }],
      }),
    );
    const northland = positions.filter((p) => p.actorId === 'northland');
    expect(northland.map((p) => [p.origin, p.derivedFrom?.responseCitation])).toEqual([
      ['curated', citation],
      ['curated', citation],
    ]);
  });
});

describe('withDerivedPositions()', () => {
  it('replaces derived positions by those the proposals give now, keeping stated ones', () => {
    const first = withDerivedPositions(makePlanDataset());
    const again = withDerivedPositions({ ...first, responses: [makeResponse()] });
    expect(again.positions.filter((p) => p.actorId === 'southport')).toEqual([]);
    expect(again.positions).toHaveLength(4);
    expect(validateDataset(first)).toMatchObject({ ok: true });
  });
});
