import { extractArticle } from '../../../src/extract/extract-article.ts';
import { LAKES_CODEBOOK, makeLakesArticle } from '../../fixtures/lakes-codebook.ts';

function positionsOf(text: string) {
  return extractArticle(makeLakesArticle(text), LAKES_CODEBOOK).positions.map((p) => ({
    actor: p.actorId,
    issue: p.issueId,
    stance: p.stance,
    ...(p.condition && { condition: p.condition.issueId ?? p.condition.text }),
  }));
}

function meetingsOf(text: string) {
  return extractArticle(makeLakesArticle(text), LAKES_CODEBOOK).meetings.map((m) => ({
    participants: m.participantIds,
    mediators: m.mediatorIds,
    date: m.date,
    ...(m.place && { place: m.place }),
  }));
}

describe('extractArticle() positions', () => {
  it.each([
    ['a demand', 'The Brisk Front demands a general amnesty.', 'brisk-front', 'amnesty', 'demand'],
    [
      '"insists on"',
      'Arlen insists on disarmament before anything else.',
      'arlen',
      'disarmament',
      'demand',
    ],
    [
      '"must"',
      'Any settlement must include an amnesty, the Front said.',
      'brisk-front',
      'amnesty',
      'demand',
    ],
    [
      'support',
      'Norvia backs a phased release of detainees.',
      'norvia',
      'detainee_release',
      'support',
    ],
    [
      '"agreed to"',
      'The Arlen government agreed to hold elections next spring.',
      'arlen',
      'elections',
      'support',
    ],
    ['openness', 'Arlen signalled openness to a limited autonomy.', 'arlen', 'autonomy', 'open'],
    [
      '"willing to discuss"',
      'The Front is willing to discuss disarmament.',
      'brisk-front',
      'disarmament',
      'open',
    ],
    [
      'opposition',
      'Arlenian officials oppose any amnesty for commanders.',
      'arlen',
      'amnesty',
      'oppose',
    ],
    ['"warned against"', 'Holt warned against a hasty truce.', 'mira-holt', 'ceasefire', 'oppose'],
    [
      'rejection',
      'The Brisk Front rejected the disarmament timetable.',
      'brisk-front',
      'disarmament',
      'reject',
    ],
    ['"ruled out"', 'Tessa has ruled out autonomy for the valleys.', 'arlen', 'autonomy', 'reject'],
    [
      '"will not" with no condition',
      'The Front will not hand over weapons.',
      'brisk-front',
      'disarmament',
      'reject',
    ],
    [
      'a negated opposition',
      'Arlen does not oppose a prisoner swap.',
      'arlen',
      'detainee_release',
      'open',
    ],
    [
      '"no longer insists"',
      'The Front no longer insists on self-rule.',
      'brisk-front',
      'autonomy',
      'open',
    ],
    [
      '"will not accept"',
      'Arlen will not accept autonomy in any form.',
      'arlen',
      'autonomy',
      'reject',
    ],
    [
      'a stance after its issue',
      'An amnesty is non-negotiable, Ovo said.',
      'dan-ovo',
      'amnesty',
      'demand',
    ],
  ])('reads %s', (_name, text, actor, issue, stance) => {
    expect(positionsOf(text)).toContainEqual({ actor, issue, stance });
  });

  it.each([
    [
      '"until"',
      'The Front will not lay down arms until an amnesty is granted.',
      'brisk-front',
      'disarmament',
      'amnesty',
    ],
    [
      '"unless"',
      'Arlen rejects a truce unless the detainees are freed first.',
      'arlen',
      'ceasefire',
      'detainee_release',
    ],
    [
      '"only if"',
      'The Front would accept elections only if autonomy is guaranteed.',
      'brisk-front',
      'elections',
      'autonomy',
    ],
    [
      'a leading "once"',
      'Once the shelling stops, the Front is ready to discuss disarmament.',
      'brisk-front',
      'disarmament',
      'ceasefire',
    ],
    [
      '"provided that"',
      'Holt said Arlen would free the detainees provided that the guns fall silent.',
      'mira-holt',
      'detainee_release',
      'ceasefire',
    ],
    [
      '"not just"',
      'The Front insists that a deal must rest on autonomy, not just an amnesty.',
      'brisk-front',
      'amnesty',
      'autonomy',
    ],
    [
      '"but only if"',
      'Arlen is prepared to grant an amnesty, but only if the Front accepts disarmament.',
      'arlen',
      'amnesty',
      'disarmament',
    ],
  ])('records the condition of %s', (_name, text, actor, issue, condition) => {
    expect(positionsOf(text)).toContainEqual({ actor, issue, stance: 'conditional', condition });
  });

  it('gives reported speech to the speaker’s party and names the person', () => {
    const [position] = extractArticle(
      makeLakesArticle(
        'Dan Ovo, the Front’s negotiator, told reporters that the movement rejects disarmament.',
      ),
      LAKES_CODEBOOK,
    ).positions;
    expect(position).toMatchObject({
      actorId: 'dan-ovo',
      speakerId: 'dan-ovo',
      issueId: 'disarmament',
      stance: 'reject',
    });
  });

  it('resolves "according to" to the source', () => {
    expect(
      positionsOf('A truce is now within reach, according to Norvia, which supports a ceasefire.'),
    ).toContainEqual({
      actor: 'norvia',
      issue: 'ceasefire',
      stance: 'support',
    });
  });

  it('resolves "he" and "the group" to the last compatible actor of the sentences before', () => {
    const text =
      'Dan Ovo spoke in Oslavik on Thursday. He rejected any amnesty deal. The Brisk Front met late. The group opposes elections.';
    expect(positionsOf(text)).toEqual(
      expect.arrayContaining([
        { actor: 'dan-ovo', issue: 'amnesty', stance: 'reject' },
        { actor: 'brisk-front', issue: 'elections', stance: 'oppose' },
      ]),
    );
  });

  it('resolves "she" and "the official" to an unnamed official of a party named before', () => {
    expect(
      positionsOf(
        'A senior Arlen official briefed reporters in Tessa on Friday. Any settlement, she said, had to include elections.',
      ),
    ).toEqual([{ actor: 'arlen', issue: 'elections', stance: 'demand' }]);
    expect(
      positionsOf(
        'A Brisk Front negotiator left the room early. The official later insisted on an amnesty.',
      ),
    ).toEqual([{ actor: 'brisk-front', issue: 'amnesty', stance: 'demand' }]);
    // A party named as itself is no person: "she" finds nobody to refer to.
    expect(
      positionsOf('Arlen briefed reporters. Any settlement, she said, had to include elections.'),
    ).toEqual([]);
  });

  it('reads the passive of a verb-and-name paraphrase: "until the Brisk Front is disarmed"', () => {
    expect(
      positionsOf(
        'Arlen will press on with the offensive until the Brisk Front is disarmed, Holt said.',
      ),
    ).toEqual(
      expect.arrayContaining([
        { actor: 'arlen', issue: 'disarmament', stance: 'demand' },
        { actor: 'arlen', issue: 'ceasefire', stance: 'conditional', condition: 'disarmament' },
      ]),
    );
  });

  it('gives a relative clause’s stance to its antecedent', () => {
    expect(
      positionsOf('Talks stalled over the Lakes Council, which has ruled out an amnesty.'),
    ).toContainEqual({
      actor: 'lakes-council',
      issue: 'amnesty',
      stance: 'reject',
    });
  });

  it('reads an appositive summary of who demands what', () => {
    expect(
      positionsOf(
        'Arlen refused to discuss self-rule, a demand the Brisk Front has made for years.',
      ),
    ).toEqual(
      expect.arrayContaining([
        { actor: 'arlen', issue: 'autonomy', stance: 'reject' },
        { actor: 'brisk-front', issue: 'autonomy', stance: 'demand' },
      ]),
    );
  });

  it('resolves "the proposal" to the issue of the sentence before', () => {
    expect(
      positionsOf('Norvia floated a prisoner swap. Tessa dismissed the proposal.'),
    ).toContainEqual({
      actor: 'arlen',
      issue: 'detainee_release',
      stance: 'reject',
    });
  });

  it('gives a faction’s statement to its party row through the faction', () => {
    expect(positionsOf('Cabinet hawks oppose a truce.')).toContainEqual({
      actor: 'arlen-hawks',
      issue: 'ceasefire',
      stance: 'oppose',
    });
  });

  it.each([
    ['an actor of kind "other"', 'Analysts demand a ceasefire.'],
    ['commentary with no stance cue', 'The amnesty question hangs over the talks in Oslavik.'],
    ['an issue the codebook does not name', 'Arlen demands a new bridge.'],
  ])('finds nothing in %s', (_name, text) => {
    expect(positionsOf(text)).toEqual([]);
  });

  it('points every position at its sentence, with a rule and a confidence', () => {
    const text = 'The weather was mild. The Brisk Front demands a general amnesty.';
    const [position] = extractArticle(makeLakesArticle(text), LAKES_CODEBOOK).positions;
    expect(position?.evidence).toEqual({
      sourceId: 'lakes-report',
      start: 22,
      end: text.length,
      quote: 'The Brisk Front demands a general amnesty.',
    });
    expect(position?.rule).toBe('stance:demand');
    expect(position?.confidence).toBeGreaterThan(0.5);
    expect(position?.origin).toBe('extracted');
  });
});

describe('extractArticle() meetings', () => {
  it('finds travel for talks, with the mediator whose capital hosts them, dated "on Wednesday"', () => {
    expect(meetingsOf('Dan Ovo arrived in Oslavik on Wednesday for talks on a truce.')).toEqual([
      {
        participants: ['dan-ovo'],
        mediators: ['norvia'],
        date: { start: '2025-05-14', precision: 'day' },
        place: 'Oslavik',
      },
    ]);
  });

  it('finds "met with" and reads a past weekday as the one before publication', () => {
    expect(meetingsOf('Holt met with Ilse Brand and Ovo in Geneva on Monday.')).toEqual([
      {
        participants: ['mira-holt', 'dan-ovo', 'ilse-brand'],
        mediators: ['norvia'],
        date: { start: '2025-05-12', precision: 'day' },
        place: 'Geneva',
      },
    ]);
  });

  it('dates "recent talks" before publication and records no meeting still to come', () => {
    expect(
      meetingsOf(
        'Recent talks between Arlen and the Front, hosted by the Lakes Council, made progress.',
      )[0]?.date,
    ).toEqual({
      start: '2025-05-16',
      precision: 'before',
    });
    expect(
      meetingsOf('Arlen and the Brisk Front will meet in the coming days, the Council said.'),
    ).toEqual([]);
    expect(
      meetingsOf('Holt will fly to Oslavik on Sunday for talks with Norvian mediators.'),
    ).toEqual([]);
  });

  it('keeps a month as a month and a named date as a day', () => {
    expect(
      meetingsOf('Arlenian and Brisk Front delegations met in Oslavik in March.')[0]?.date,
    ).toEqual({
      start: '2025-03-01',
      precision: 'month',
    });
    expect(
      meetingsOf('Talks between Arlen and the Front opened on 3 April under Norvian auspices.')[0]
        ?.date,
    ).toEqual({
      start: '2025-04-03',
      precision: 'day',
    });
  });

  it('records no meeting without a mediator, nor one that was refused', () => {
    expect(meetingsOf('Holt and Ovo met without Norvian mediators present on Tuesday.')).toEqual(
      [],
    );
    expect(meetingsOf('The Brisk Front refused to meet Arlen officials in Oslavik.')).toEqual([]);
  });

  it('merges two sentences about the same round into one meeting spanning its days', () => {
    const text =
      'Talks between Arlen and the Brisk Front ended in Oslavik on Thursday. The talks, chaired by the Lakes Council, opened on Tuesday.';
    expect(meetingsOf(text)).toEqual([
      {
        participants: ['arlen', 'brisk-front'],
        mediators: ['norvia', 'lakes-council'],
        date: { start: '2025-05-13', end: '2025-05-15', precision: 'day' },
        place: 'Oslavik',
      },
    ]);
  });
});
