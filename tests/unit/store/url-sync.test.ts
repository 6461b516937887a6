import fc from 'fast-check';
import { NO_MEDIATOR } from '../../../src/domain/meetings-in-range.ts';
import { createDashboardStore } from '../../../src/store/dashboard-store.ts';
import type { UrlHost } from '../../../src/store/url-sync.ts';
import {
  formatViewQuery,
  parseViewQuery,
  pickView,
  syncStoreWithUrl,
} from '../../../src/store/url-sync.ts';
import type { ViewState } from '../../../src/store/view-state.ts';
import { DEFAULT_VIEW } from '../../../src/store/view-state.ts';
import { makeHarbourDataset } from '../../fixtures/dataset-builders.ts';

const dataset = makeHarbourDataset();

/** The view a store shows after reading a query string. */
function viewFromQuery(search: string): ViewState {
  const { caseId, view } = parseViewQuery(search);
  return pickView(createDashboardStore([dataset], caseId, view).getState());
}

const FULL_VIEW: ViewState = {
  hiddenMediators: ['league', NO_MEDIATOR],
  hiddenParties: ['southport'],
  hiddenIssues: ['blockade'],
  range: { from: '2024-02-01', to: '2024-02-29' },
  asOf: '2024-03-01',
  selection: { kind: 'cell', rowId: 'ada-lind', issueId: 'fishing_quota' },
  expanded: ['northland'],
  partySort: { by: 'stance', key: 'fishing_quota' },
  issueSort: { by: 'name' },
  compare: ['southport', 'northland'],
  zoom: [Date.parse('2024-02-05T00:00:00Z'), Date.parse('2024-02-20T12:00:00Z')],
  change: { from: '2024-02-01', to: '2024-03-02' },
  disputeWindow: 3,
};

describe('formatViewQuery() and parseViewQuery()', () => {
  it('write nothing for the default view', () => {
    expect(formatViewQuery(DEFAULT_VIEW)).toBe('');
  });

  it('round-trip a view with every part set', () => {
    const query = formatViewQuery(FULL_VIEW);
    expect(query).toContain('hide-mediator=league&hide-mediator=%7Enone');
    expect(query).toContain('change-from=2024-02-01&change-to=2024-03-02&dispute-window=3');
    expect(viewFromQuery(query)).toEqual(FULL_VIEW);
  });

  it('round-trip a selected meeting', () => {
    const view = {
      ...DEFAULT_VIEW,
      selection: { kind: 'meeting', meetingId: 'meeting-before' },
    } as const;
    expect(viewFromQuery(formatViewQuery(view))).toEqual(view);
  });

  it.each([
    [
      'an edge (its position)',
      { kind: 'position', positionId: 'northland-quota-curated' },
      'position=northland-quota-curated',
    ],
    ['a node (its issue)', { kind: 'issue', issueId: 'blockade' }, 'issue=blockade'],
  ] as const)('round-trip a selected sequencing %s', (_, selection, param) => {
    const view = { ...DEFAULT_VIEW, selection };
    expect(formatViewQuery(view)).toBe(param);
    expect(viewFromQuery(formatViewQuery(view))).toEqual(view);
  });

  it('read change dates the wrong way round as the earlier then the later', () => {
    expect(viewFromQuery('change-from=2024-03-02&change-to=2024-02-01').change).toEqual({
      from: '2024-02-01',
      to: '2024-03-02',
    });
  });

  it('round-trip any combination of known filters (property)', () => {
    const ids = (all: string[]) => fc.subarray(all);
    fc.assert(
      fc.property(
        ids(['league', 'council', NO_MEDIATOR]),
        ids(['northland', 'southport']),
        ids(['harbour_access', 'fishing_quota', 'blockade']),
        fc.option(fc.constantFrom('2024-02-20', '2024-03-01'), { nil: null }),
        (hiddenMediators, hiddenParties, hiddenIssues, asOf) => {
          const view = { ...DEFAULT_VIEW, hiddenMediators, hiddenParties, hiddenIssues, asOf };
          expect(viewFromQuery(formatViewQuery(view))).toEqual(view);
        },
      ),
      { seed: 42, numRuns: 100 },
    );
  });

  it.each([
    ['an unknown mediator', 'hide-mediator=atlantis', {}],
    ['an unknown party and issue', 'hide-party=nowhere&hide-issue=x', {}],
    ['a date that does not exist', 'as-of=2024-02-30', {}],
    ['a range without an end', 'from=2024-02-01', {}],
    ['a range the wrong way round', 'from=2024-03-01&to=2024-02-01', {}],
    ['a stale cell', 'cell-party=gone&cell-issue=harbour_access', {}],
    ['a stale meeting', 'meeting=gone', {}],
    ['a sort by an unknown issue', 'sort-parties=stance:nothing', {}],
    ['a garbled sort', 'sort-issues=%%%', {}],
    ['one party to compare', 'compare=northland', {}],
    ['a zoom that is not a date', 'zoom-from=yesterday&zoom-to=2024-03-01', {}],
    ['an expand of a party without members', 'expand=southport', {}],
    ['a stale edge', 'position=gone', {}],
    ['a stale node', 'issue=gone', {}],
    ['change dates that do not exist', 'change-from=2024-02-30&change-to=2024-03-01', {}],
    ['a change without its end', 'change-from=2024-02-01', {}],
    ['a fractional dispute window', 'dispute-window=2.5', {}],
    ['a negative dispute window', 'dispute-window=-3', {}],
    ['a dispute window over a year', 'dispute-window=400', {}],
    ['a dispute window that is not a number', 'dispute-window=week', {}],
    [
      'a stale part beside a good one',
      'hide-mediator=gone&hide-mediator=league',
      { hiddenMediators: ['league'] },
    ],
  ])('ignore %s, falling back to the default', (_, query, expected) => {
    expect(viewFromQuery(query)).toEqual({ ...DEFAULT_VIEW, ...expected });
  });
});

/** A window stand-in that records history calls. */
function fakeHost(search = '') {
  const calls: { kind: 'push' | 'replace'; url: string }[] = [];
  let listener: (() => void) | undefined;
  const host: UrlHost = {
    location: { pathname: '/app/', search, hash: '' },
    history: {
      pushState: (_data, _unused, url) => {
        calls.push({ kind: 'push', url: String(url) });
        host.location.search = new URL(String(url), 'http://x').search;
      },
      replaceState: (_data, _unused, url) => {
        calls.push({ kind: 'replace', url: String(url) });
        host.location.search = new URL(String(url), 'http://x').search;
      },
    },
    addEventListener: (_type, l) => {
      listener = l;
    },
    removeEventListener: () => {
      listener = undefined;
    },
  };
  return { host, calls, popTo: (s: string) => ((host.location.search = s), listener?.()) };
}

const now = (write: () => void) => write();

describe('syncStoreWithUrl()', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('pushes a history entry for a filter change and replaces it for a selection', () => {
    const store = createDashboardStore([dataset]);
    const { host, calls } = fakeHost();
    const stop = syncStoreWithUrl(store, host, now);
    store.getState().toggleMediator('league');
    store.getState().select({ kind: 'meeting', meetingId: 'meeting-direct' });
    vi.runAllTimers();
    expect(calls).toEqual([
      { kind: 'push', url: '/app/?hide-mediator=league' },
      { kind: 'replace', url: '/app/?hide-mediator=league&meeting=meeting-direct' },
    ]);
    stop();
  });

  it('rewrites a link with bad values into the canonical one, without a history step', () => {
    const { host, calls } = fakeHost('?hide-mediator=atlantis&as-of=2024-03-01');
    const { view } = parseViewQuery(host.location.search);
    syncStoreWithUrl(createDashboardStore([dataset], undefined, view), host, now);
    expect(calls).toEqual([{ kind: 'replace', url: '/app/?as-of=2024-03-01' }]);
  });

  it('reads the URL back into the store on Back/Forward, without pushing again', () => {
    const store = createDashboardStore([dataset]);
    const { host, calls, popTo } = fakeHost();
    syncStoreWithUrl(store, host, now);
    store.getState().toggleParty('southport');
    popTo('');
    expect(store.getState().hiddenParties).toEqual([]);
    popTo('?hide-party=southport&hide-party=bogus');
    expect(store.getState().hiddenParties).toEqual(['southport']);
    expect(calls.filter((c) => c.kind === 'push')).toHaveLength(1);
  });

  it('writes after the next paint by default, one history step for changes in one frame', () => {
    const store = createDashboardStore([dataset]);
    const { host, calls } = fakeHost();
    syncStoreWithUrl(store, host);
    store.getState().toggleMediator('league');
    store.getState().toggleIssue('blockade');
    expect(calls).toEqual([]);
    vi.runAllTimers();
    expect(calls).toEqual([
      { kind: 'push', url: '/app/?hide-mediator=league&hide-issue=blockade' },
    ]);
  });

  it('throttles rapid minor changes such as zooming', () => {
    const store = createDashboardStore([dataset]);
    const { host, calls } = fakeHost();
    syncStoreWithUrl(store, host, now);
    for (let i = 1; i <= 20; i++) store.getState().zoomBy(1.05);
    expect(calls.length).toBeLessThanOrEqual(2);
    vi.runAllTimers();
    expect(host.location.search).toContain('zoom-from=');
  });
});

describe('syncStoreWithUrl() in embed mode', () => {
  it('keeps `embed` in front of the view and only ever replaces the history entry', () => {
    const store = createDashboardStore([dataset]);
    const { host, calls } = fakeHost('?embed=matrix&as-of=2024-03-01&hide-party=bogus');
    const { view } = parseViewQuery(host.location.search);
    store.getState().applyView(view);
    syncStoreWithUrl(store, host, now, { keep: 'embed=matrix', replaceOnly: true });
    // A filter change, which would push a step on the full dashboard.
    store.getState().toggleMediator('league');
    expect(calls).toEqual([
      { kind: 'replace', url: '/app/?embed=matrix&as-of=2024-03-01' },
      { kind: 'replace', url: '/app/?embed=matrix&hide-mediator=league&as-of=2024-03-01' },
    ]);
  });

  it('writes nothing when the URL already holds the kept query and the view', () => {
    const { host, calls } = fakeHost('?embed=timeline');
    syncStoreWithUrl(createDashboardStore([dataset]), host, now, { keep: 'embed=timeline' });
    expect(calls).toEqual([]);
  });
});
