import { findStanceCues } from '../../../src/extract/classify-stance.ts';
import { MEETING_CUES } from '../../../src/extract/rules/meeting-cues.ts';
import { STANCE_CUES } from '../../../src/extract/rules/stance-cues.ts';
import { CONDITION_MARKERS } from '../../../src/extract/rules/condition-markers.ts';

// Rules are data, each with the sentence it is for: every example must trigger its own rule.
describe('STANCE_CUES', () => {
  it.each(STANCE_CUES.map((cue) => [cue.id, cue.example]))(
    '%s fires on its example',
    (id, example) => {
      expect(findStanceCues(example, 0).map((c) => c.cue.id)).toContain(id);
    },
  );
});

describe('MEETING_CUES', () => {
  it.each(MEETING_CUES.map((cue) => [cue.id, cue.pattern, cue.example]))(
    '%s matches its example',
    (_id, pattern, example) => {
      expect(new RegExp(pattern, 'iu').test(example)).toBe(true);
    },
  );
});

describe('CONDITION_MARKERS', () => {
  it.each(CONDITION_MARKERS.map((m) => [m.id, m.pattern, m.example]))(
    '%s matches its example',
    (_id, pattern, example) => {
      expect(new RegExp(`\\b(?:${pattern})\\b`, 'iu').test(example)).toBe(true);
    },
  );
});
