import type { MeetingDraft, PositionDraft } from '../../../src/workspace/hand-coded-record.ts';
import { buildHandCodedItem } from '../../../src/workspace/hand-coded-record.ts';
import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { evidenceFor, makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const QUOTE = 'Ada Lind said Northland is open to talks on the quota.';

function positionDraft(overrides: Partial<PositionDraft> = {}): PositionDraft {
  return {
    kind: 'position',
    evidence: evidenceFor(QUOTE),
    actorId: 'northland',
    issueId: 'fishing_quota',
    stance: 'open',
    speakerId: 'ada-lind',
    date: '2024-03-02',
    ...overrides,
  };
}

function meetingDraft(overrides: Partial<MeetingDraft> = {}): MeetingDraft {
  return {
    kind: 'meeting',
    evidence: evidenceFor('Envoys of the Coastal League met both sides in Port Vell.'),
    participantIds: ['northland', 'southport'],
    mediatorIds: ['league'],
    issueIds: ['harbour_access'],
    place: ' Port Vell ',
    date: { start: '2024-03-01', precision: 'day' },
    ...overrides,
  };
}

describe('buildHandCodedItem()', () => {
  it('builds a pending curated position whose evidence is the span', () => {
    const result = buildHandCodedItem(positionDraft(), makeHarbourDataset(), new Set());
    if (!result.ok) throw new Error(result.message);
    const { item } = result;
    expect(item).toMatchObject({ kind: 'position', status: 'pending' });
    expect(item.record).toEqual({
      id: `hand-position-harbour-report-${evidenceFor(QUOTE).start}-${evidenceFor(QUOTE).end}`,
      actorId: 'northland',
      issueId: 'fishing_quota',
      stance: 'open',
      speakerId: 'ada-lind',
      date: '2024-03-02',
      evidence: evidenceFor(QUOTE),
      origin: 'curated',
      confidence: 1,
      note: 'Coded by hand in the browser.',
    });
    // The dataset with it is still valid.
    const dataset = makeHarbourDataset();
    expect(validateDataset({ ...dataset, positions: [...dataset.positions, item.record] }).ok).toBe(
      true,
    );
  });

  it('keeps a condition by issue and by text, and drops empty optional fields', () => {
    const result = buildHandCodedItem(
      positionDraft({
        stance: 'conditional',
        conditionIssueId: 'blockade',
        conditionText: '  once the blockade ends ',
        speakerId: '',
      }),
      makeHarbourDataset(),
      new Set(),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.item.record).toMatchObject({
      condition: { issueId: 'blockade', text: 'once the blockade ends' },
    });
    expect(result.item.record).not.toHaveProperty('speakerId');
  });

  it('gives an id not yet taken', () => {
    const first = buildHandCodedItem(positionDraft(), makeHarbourDataset(), new Set());
    if (!first.ok) throw new Error(first.message);
    const second = buildHandCodedItem(
      positionDraft(),
      makeHarbourDataset(),
      new Set([first.item.record.id]),
    );
    if (!second.ok) throw new Error(second.message);
    expect(second.item.record.id).toBe(`${first.item.record.id}-2`);
  });

  it('builds a meeting with its date precision, place trimmed', () => {
    const result = buildHandCodedItem(
      meetingDraft({ date: { start: '2024-02-01', end: '', precision: 'month' } }),
      makeHarbourDataset(),
      new Set(),
    );
    if (!result.ok) throw new Error(result.message);
    expect(result.item).toMatchObject({
      kind: 'meeting',
      status: 'pending',
      record: {
        date: { start: '2024-02-01', precision: 'month' },
        place: 'Port Vell',
        participantIds: ['northland', 'southport'],
        mediatorIds: ['league'],
        issueIds: ['harbour_access'],
        origin: 'curated',
      },
    });
    expect(result.item.record.date).not.toHaveProperty('end');
  });

  it.each<[string, PositionDraft | MeetingDraft, string, RegExp]>([
    ['no party', positionDraft({ actorId: '' }), 'actorId', /^Party: choose who holds/],
    ['no issue', positionDraft({ issueId: '' }), 'issueId', /^Issue: choose the issue/],
    ['no stance', positionDraft({ stance: '' }), 'stance', /^Stance: choose a stance/],
    ['a stance off the scale', positionDraft({ stance: 'maybe' }), 'stance', /not on the stance/],
    [
      'an unknown actor',
      positionDraft({ actorId: 'ghost' }),
      'actorId',
      /^Party: unknown actor id "ghost"/,
    ],
    [
      'an unknown speaker',
      positionDraft({ speakerId: 'nobody' }),
      'speakerId',
      /^Speaker: unknown actor id "nobody"/,
    ],
    [
      'an unknown issue',
      positionDraft({ issueId: 'tariffs' }),
      'issueId',
      /^Issue: unknown issue id "tariffs"/,
    ],
    [
      'an unknown condition issue',
      positionDraft({ conditionIssueId: 'tariffs' }),
      'conditionIssueId',
      /^Condition issue: unknown issue id "tariffs"/,
    ],
    [
      'a speaker of the other side',
      positionDraft({ speakerId: 'dockers' }),
      'speakerId',
      /^Speaker: Dockers union speaks for Southport, not for Northland/,
    ],
    [
      'a date that is not a day',
      positionDraft({ date: '2024-02-30' }),
      'date',
      /^Date: is not a real/,
    ],
    ['an empty date', positionDraft({ date: '' }), 'date', /^Date: must be an ISO date/],
    [
      'evidence that is not the text at its offsets',
      positionDraft({ evidence: { ...evidenceFor(QUOTE), quote: 'Ada Lind said nothing.' } }),
      'evidence',
      /^Selection: quote does not match the source text/,
    ],
    [
      'evidence in an unknown source',
      positionDraft({ evidence: { ...evidenceFor(QUOTE), sourceId: 'gone' } }),
      'evidence',
      /^Selection: unknown source id "gone"/,
    ],
    [
      'a meeting with no mediator',
      meetingDraft({ mediatorIds: [] }),
      'mediatorIds',
      /^Mediators: tick at least one/,
    ],
    [
      'a meeting with an unknown participant',
      meetingDraft({ participantIds: ['northland', 'ghost'] }),
      'participantIds',
      /^Participants: unknown actor id "ghost"/,
    ],
    [
      'a meeting that ends before it starts',
      meetingDraft({ date: { start: '2024-03-01', end: '2024-02-01', precision: 'approximate' } }),
      'end',
      /^End date: ends \(2024-02-01\) before it starts/,
    ],
    [
      'a meeting with an unknown precision',
      meetingDraft({ date: { start: '2024-03-01', precision: 'week' } }),
      'precision',
      /^Precision: choose one of day, month/,
    ],
  ])('refuses %s, naming the field', (_what, draft, field, message) => {
    const result = buildHandCodedItem(draft, makeHarbourDataset(), new Set());
    expect(result).toMatchObject({ ok: false, field });
    if (!result.ok) expect(result.message).toMatch(message);
  });
});
