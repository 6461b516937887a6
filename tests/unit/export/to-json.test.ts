import { validateDataset } from '../../../src/domain/validate-dataset.ts';
import { filterDataset, toDatasetJson } from '../../../src/export/to-json.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import { selectFilteredDataset } from '../../../src/views/export/run-export.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

/** The value, or a thrown error naming what was missing. */
function defined<T>(value: T | undefined | null, what = 'value'): T {
  if (value === undefined || value === null) throw new Error(`missing ${what}`);
  return value;
}

describe('toDatasetJson()', () => {
  it('writes a dataset that validates and reads back equal', () => {
    const dataset = makeHarbourDataset();
    const text = toDatasetJson(dataset);
    expect(text.endsWith('}\n')).toBe(true);
    const back = validateDataset(JSON.parse(text));
    expect(back).toEqual({ ok: true, dataset: JSON.parse(JSON.stringify(dataset)) });
  });
});

describe('filterDataset()', () => {
  it('keeps the chosen records and everything they refer to, and stays valid', () => {
    const dataset = makeHarbourDataset();
    const position = defined(dataset.positions.find((p) => p.actorId === 'ada-lind'));
    const meeting = defined(dataset.meetings.find((m) => m.id === 'meeting-island-month'));
    const part = filterDataset(dataset, {
      positions: [position],
      meetings: [meeting],
      actorIds: [],
      issueIds: [],
    });
    expect(part.positions).toEqual([position]);
    expect(part.meetings).toEqual([meeting]);
    // Ada Lind's party comes with her; the meeting's mediator and issues come with it.
    expect(part.actors.map((a) => a.id)).toEqual(['northland', 'council', 'ada-lind']);
    expect(part.issues.map((i) => i.id)).toEqual(['harbour_access', 'fishing_quota']);
    expect(part.sources.map((s) => s.id)).toEqual(['harbour-report']);
    expect(validateDataset(JSON.parse(toDatasetJson(part))).ok).toBe(true);
  });
});

describe('selectFilteredDataset()', () => {
  it('is the part the views show under the filters, valid against the schema', () => {
    const state = createDashboardStore([makeHarbourDataset()], undefined, {
      hiddenParties: ['southport'],
      hiddenMediators: ['council'],
    }).getState();
    const part = selectFilteredDataset(state);
    expect(part.positions.some((p) => p.actorId === 'southport')).toBe(false);
    expect(part.meetings.map((m) => m.id).sort()).toEqual([
      'meeting-before',
      'meeting-direct',
      'meeting-port-vell',
    ]);
    const result = validateDataset(JSON.parse(toDatasetJson(part)));
    expect(result.ok ? [] : result.problems).toEqual([]);
  });
});
