import { buildDatasetIndex } from '../../../src/domain/dataset-index.ts';
import {
  derivationTag,
  describeDerivation,
  describeProposal,
  describeResponse,
  formatDayShort,
} from '../../../src/domain/describe-proposal.ts';
import type { Derivation } from '../../../src/domain/dataset.ts';
import {
  makeDerivedPlanDataset,
  makeProposal,
  makeResponse,
} from '../../fixtures/proposal-builders.ts';

const index = buildDatasetIndex(makeDerivedPlanDataset());

describe('formatDayShort()', () => {
  it.each([
    ['2023-11-24', '24 Nov 2023'],
    ['2024-03-04', '4 Mar 2024'],
    ['2024-12-31', '31 Dec 2024'],
  ])('writes %s as %s', (day, words) => {
    expect(formatDayShort(day)).toBe(words);
  });
});

describe('describeProposal()', () => {
  it('names kind, title, date and proposers, as the proposal mark’s accessible name', () => {
    expect(describeProposal(makeProposal(), index.actorsById)).toBe(
      'Proposal: Coastal League bridging plan, 4 Mar 2024, proposed by Coastal League',
    );
    expect(
      describeProposal(
        makeProposal({ kind: 'deal', title: 'Accord', proposerIds: ['council', 'league'] }),
        index.actorsById,
      ),
    ).toBe('Deal: Accord, 4 Mar 2024, proposed by Island Council and Coastal League');
  });
});

describe('describeResponse()', () => {
  it.each([
    [makeResponse(), 'Northland accepted the proposal'],
    [
      makeResponse({ actorId: 'southport', response: 'review' }),
      'Southport is reviewing the proposal',
    ],
    [makeResponse({ response: 'reject' }), 'Northland rejected the proposal'],
    [
      makeResponse({
        actorId: 'dockers',
        response: 'conditional',
        condition: { issueId: 'fishing_quota' },
      }),
      'Dockers union accepted the proposal on condition of Fishing quota',
    ],
    [
      makeResponse({ actorId: 'southport', speakerId: 'dockers', response: 'counter' }),
      'Southport (Dockers union) answered with a counter-proposal to the proposal',
    ],
  ])('says %#', (response, words) => {
    expect(describeResponse(response, makeProposal(), index.actorsById, index.issuesById)).toBe(
      words,
    );
  });
});

describe('describeDerivation() and derivationTag()', () => {
  const deal = { kind: 'deal' as const, date: '2023-11-24' };
  it.each<[Derivation, string, string]>([
    [
      { proposalId: 'p', termId: 't', via: 'proposed' },
      'proposed in the deal of 24 Nov 2023',
      'deal · proposer',
    ],
    [
      { proposalId: 'p', termId: 't', responseId: 'r', via: 'accepted' },
      'accepted the deal of 24 Nov 2023',
      'deal · accepted',
    ],
    [
      { proposalId: 'p', termId: 't', responseId: 'r', via: 'reviewing' },
      'reviewing the deal of 24 Nov 2023',
      'deal · reviewing',
    ],
    [
      { proposalId: 'p', termId: 't', responseId: 'r', via: 'conditional' },
      'accepted the deal of 24 Nov 2023 on a condition',
      'deal · conditional',
    ],
    [
      { proposalId: 'p', responseId: 'r', via: 'conditional' },
      'its condition for accepting the deal of 24 Nov 2023',
      'deal · condition',
    ],
  ])('says how %j follows', (derivation, words, tag) => {
    expect(describeDerivation(derivation, deal)).toBe(words);
    expect(derivationTag(derivation, deal)).toBe(tag);
  });
});
