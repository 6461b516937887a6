import { createStore } from 'zustand/vanilla';
import type { Codebook } from '../domain/codebook-schema.ts';
import type { Dataset } from '../domain/dataset.ts';
import { isolateBidi } from '../domain/isolate-bidi.ts';
import type { WorkspaceStorage } from '../persist/workspace-storage.ts';
import { describeStorageError } from '../persist/workspace-storage.ts';
import type { DashboardStore } from '../store/dashboard-store.ts';
import type { ViewState } from '../store/view-state.ts';
import type { ExtractProgress, ExtractRunner } from '../worker/extract-client.ts';
import { CodebookProblems, ExtractCancelled } from '../worker/extract-client.ts';
import type { CodebookInput } from '../worker/extract-protocol.ts';
import type { HandCodedDraft, HandCodedResult } from './hand-coded-record.ts';
import { uniqueId } from './read-input.ts';
import type { SeedFiles } from './seed-files.ts';
import type {
  MeetingEdit,
  PositionEdit,
  ReviewItem,
  ReviewStatus,
  UserArticle,
  UserCase,
} from './user-case.ts';
import { buildUserDataset } from './user-case.ts';

/** A message for the user: `alert` for what went wrong, `status` for what went right. */
export interface WorkspaceMessage {
  kind: 'alert' | 'status';
  text: string;
  details?: string[];
}

/** The user's cases and what the workspace is doing. */
export interface WorkspaceState {
  /** False until the saved work is read. */
  ready: boolean;
  /** Whether changes are kept by the browser (false in private modes without storage). */
  persistent: boolean;
  storageNotice: string | null;
  cases: Readonly<Record<string, UserCase>>;
  message: WorkspaceMessage | null;
  extraction: (ExtractProgress & { caseId: string }) | null;
}

/** The workspace's actions; each one that changes a case saves it first, then shows it. */
export interface WorkspaceActions {
  load: () => Promise<void>;
  say: (message: WorkspaceMessage | null) => void;
  /** The codebook articles of a case are read with, if it has one (a seed's as its YAML). */
  codebookOf: (caseId: string) => Promise<CodebookInput | undefined>;
  addArticles: (caseId: string, articles: UserArticle[]) => Promise<boolean>;
  cancelExtraction: () => void;
  decide: (
    caseId: string,
    recordIds: readonly string[],
    status: ReviewStatus,
    reason?: string,
  ) => Promise<boolean>;
  edit: (
    caseId: string,
    recordId: string,
    edit: PositionEdit | MeetingEdit,
    reason?: string,
  ) => Promise<boolean>;
  /**
   * Adds a position or meeting a person coded from a selected span, as a pending review item.
   * It is checked against the case first; a problem (naming its field) changes nothing.
   */
  codeByHand: (caseId: string, draft: HandCodedDraft) => Promise<HandCodedResult>;
  startCase: (codebook: Codebook) => Promise<boolean>;
  /** Gives a case without one (an imported case) the codebook its articles are read with. */
  setCodebook: (caseId: string, codebook: Codebook) => Promise<boolean>;
  importDataset: (dataset: Dataset) => Promise<boolean>;
  deleteCase: (caseId: string) => Promise<boolean>;
}

/** What the workspace works with: the dashboard it feeds, where it saves, how it extracts. */
export interface WorkspaceDeps {
  dashboard: DashboardStore;
  storage: WorkspaceStorage | null;
  storageProblem?: string;
  extract: ExtractRunner;
  loadSeedFiles: (caseId: string) => Promise<SeedFiles | undefined>;
  now?: () => string;
  /** The case and view the page's address asked for, followed once the saved cases are read. */
  link?: { caseId?: string; view: Partial<ViewState> };
}

/** Creates the workspace store over a dashboard store (a fresh one per app and per test). */
export function createWorkspaceStore(deps: WorkspaceDeps) {
  const { dashboard, storage, extract } = deps;
  const now = deps.now ?? (() => new Date().toISOString());
  // The seed cases as built, before any user work is laid over them.
  const seeds = new Map(dashboard.getState().datasets.map((d) => [d.case.id, d]));
  let cancelJob: (() => void) | undefined;
  // Saves run one after another, so a later change never lands before an earlier one.
  let queue: Promise<unknown> = Promise.resolve();

  return createStore<WorkspaceState & WorkspaceActions>()((set, get) => {
    const say = (message: WorkspaceMessage | null) => set({ message });
    const fail = (text: string, details?: string[]) =>
      say({ kind: 'alert', text, ...(details && { details }) });

    const show = (userCase: UserCase, select = false) =>
      dashboard
        .getState()
        .putDataset(buildUserDataset(userCase, seeds.get(userCase.id)), { select });

    /**
     * Saves a case, then (only then) shows it; on failure nothing changes and the user is told.
     * `produce` runs in turn with the case as saved so far, so quick clicks never lose one another.
     */
    const commitWith = (
      caseId: string,
      produce: (current: UserCase | undefined) => UserCase | undefined,
      select = false,
    ): Promise<boolean> => {
      const run = async () => {
        const userCase = produce(get().cases[caseId]);
        if (!userCase) return false;
        try {
          buildUserDataset(userCase, seeds.get(userCase.id));
          if (storage && get().persistent) await storage.putCase(userCase);
        } catch (error) {
          fail(describeStorageError(error));
          return false;
        }
        set({ cases: { ...get().cases, [userCase.id]: userCase } });
        // The dashboard's views redraw in a task of their own, after the review queue's.
        if (userCase.items.length > LARGE_CASE_ITEMS) await nextTask();
        show(userCase, select);
        return true;
      };
      const next = queue.then(run, run);
      queue = next;
      return next;
    };
    const commit = (userCase: UserCase, select = false) =>
      commitWith(userCase.id, () => userCase, select);

    const caseFor = (caseId: string): UserCase | undefined => {
      const existing = get().cases[caseId];
      if (existing) return existing;
      if (!seeds.has(caseId)) return undefined;
      return { id: caseId, basis: 'seed', articles: [], items: [], updatedAt: now() };
    };

    const updateItems = (
      caseId: string,
      change: (item: ReviewItem) => ReviewItem | undefined,
    ): Promise<boolean> =>
      commitWith(caseId, (userCase) => {
        if (!userCase) return undefined;
        let changed = false;
        const items = userCase.items.map((item) => {
          const next = change(item);
          if (!next) return item;
          changed = true;
          return next;
        });
        return changed ? { ...userCase, items, updatedAt: now() } : undefined;
      });

    let loading: Promise<void> | undefined;
    const loadOnce = async (): Promise<void> => {
      if (!storage) {
        set({ ready: true });
        return;
      }
      try {
        const loaded = await storage.load();
        const cases: Record<string, UserCase> = {};
        const broken: string[] = [];
        for (const userCase of loaded.cases) {
          try {
            show(userCase);
            cases[userCase.id] = userCase;
          } catch {
            broken.push(userCase.id);
          }
        }
        const notices = [
          loaded.notice,
          broken.length > 0
            ? `Saved cases that could not be shown: ${broken.join(', ')}.`
            : undefined,
        ].filter(Boolean);
        set({
          ready: true,
          cases,
          persistent: !loaded.readOnly,
          storageNotice: notices.length > 0 ? notices.join(' ') : null,
        });
        // A link to a user case can only be followed once the case is loaded.
        const link = deps.link;
        if (link?.caseId && cases[link.caseId] && dashboard.getState().caseId !== link.caseId) {
          dashboard.getState().selectCase(link.caseId);
          dashboard.getState().applyView(link.view);
        }
      } catch (error) {
        set({
          ready: true,
          persistent: false,
          storageNotice: `Your saved work could not be read (${error instanceof Error ? error.message : String(error)}). Changes made now are not saved.`,
        });
      }
    };

    return {
      ready: false,
      persistent: storage !== null,
      storageNotice: storage ? null : (deps.storageProblem ?? 'Your work is not being saved.'),
      cases: {},
      message: null,
      extraction: null,
      say,

      load: async () => {
        if (loading) return loading;
        loading = loadOnce();
        return loading;
      },

      codebookOf: async (caseId) => {
        const userCase = get().cases[caseId];
        if (userCase?.codebook) return { codebook: userCase.codebook };
        const seed = await deps.loadSeedFiles(caseId);
        return seed && { file: seed.codebookPath, yaml: seed.codebookYaml };
      },

      addArticles: async (caseId, articles) => {
        if (get().extraction) {
          fail('An extraction is already running: wait for it or cancel it.');
          return false;
        }
        const userCase = caseFor(caseId);
        const dataset = dashboard.getState().datasets.find((d) => d.case.id === caseId);
        if (!userCase || !dataset) {
          fail('Choose a case, or start a new one from a codebook, before adding articles.');
          return false;
        }
        // The same report twice would double every position it states.
        const known = new Map(dataset.sources.map((s) => [s.text.trim(), s.title]));
        const duplicates: string[] = [];
        for (const article of articles) {
          const twin = known.get(article.text.trim());
          if (twin !== undefined)
            duplicates.push(
              `“${article.title}” has the same text as “${twin}”, already in the case.`,
            );
          known.set(article.text.trim(), article.title);
        }
        if (duplicates.length > 0) {
          fail('Nothing was added: an article is already in the case.', duplicates);
          return false;
        }
        const codebook = await get().codebookOf(caseId);
        if (!codebook) {
          fail('This case has no codebook to read articles with: load its codebook.yaml first.');
          return false;
        }
        const taken = new Set(dataset.sources.map((s) => s.id));
        const named = articles.map((a) => {
          const id = uniqueId(a.id, taken);
          taken.add(id);
          return { ...a, id };
        });
        set({ extraction: { caseId, done: 0, total: named.length }, message: null });
        const job = extract(codebook, named, (progress) =>
          set({ extraction: { caseId, ...progress } }),
        );
        cancelJob = job.cancel;
        try {
          const results = await job.result;
          // Saving is a task of its own, apart from receiving the last records.
          await nextTask();
          // Positions derived from proposals are not reviewed themselves: their proposal and
          // response are, and the dataset derives them again from what is accepted.
          const items: ReviewItem[] = results.flatMap((r) => [
            ...r.positions
              .filter((record) => !record.derivedFrom)
              .map((record): ReviewItem => ({ kind: 'position', record, status: 'pending' })),
            ...r.meetings.map((record): ReviewItem => ({
              kind: 'meeting',
              record,
              status: 'pending',
            })),
            ...r.proposals.map((record): ReviewItem => ({
              kind: 'proposal',
              record,
              status: 'pending',
            })),
            ...r.responses.map((record): ReviewItem => ({
              kind: 'response',
              record,
              status: 'pending',
            })),
          ]);
          set({ extraction: null });
          const saved = await commitWith(caseId, (latest = userCase) => ({
            ...latest,
            articles: [...latest.articles, ...named],
            items: [...latest.items, ...items],
            updatedAt: now(),
          }));
          if (saved) {
            const of = (kind: ReviewItem['kind']) => items.filter((i) => i.kind === kind).length;
            const found = [
              count(of('position'), 'position'),
              count(of('meeting'), 'meeting'),
              ...(of('proposal') > 0 ? [count(of('proposal'), 'proposal')] : []),
              ...(of('response') > 0 ? [count(of('response'), 'response')] : []),
            ];
            // What the extractor could not read (an article not in English) is said with it.
            const titles = new Map(named.map((a) => [a.id, a.title]));
            const warnings = results.flatMap((r) =>
              r.warnings.map(
                (w) => `“${isolateBidi(titles.get(r.articleId) ?? r.articleId)}”: ${w}.`,
              ),
            );
            say({
              kind: 'status',
              text: [
                `Extracted ${found.slice(0, -1).join(', ')} and ${found.at(-1)} from ${count(named.length, 'article')}; review them below.`,
                ...warnings,
              ].join(' '),
            });
          }
          return saved;
        } catch (error) {
          set({ extraction: null });
          if (error instanceof CodebookProblems) fail(error.message, error.details);
          else if (error instanceof ExtractCancelled)
            say({ kind: 'status', text: 'Extraction cancelled; nothing was added.' });
          else
            fail(
              `The extraction failed, and nothing was added: ${error instanceof Error ? error.message : String(error)}`,
            );
          return false;
        } finally {
          cancelJob = undefined;
        }
      },

      cancelExtraction: () => cancelJob?.(),

      decide: (caseId, recordIds, status, reason) => {
        const ids = new Set(recordIds);
        return updateItems(caseId, (item) => {
          if (!ids.has(item.record.id) || item.status === status) return undefined;
          const { edit: _edit, reason: _reason, ...rest } = item;
          // Undoing a decision drops its edit and reason too.
          if (status === 'pending') return { ...rest, status } as ReviewItem;
          if (status === 'rejected')
            return { ...rest, status, ...(reason !== undefined && { reason }) } as ReviewItem;
          return { ...item, status } as ReviewItem;
        });
      },

      edit: (caseId, recordId, edit, reason) =>
        updateItems(caseId, (item) =>
          // Proposals and responses are accepted or rejected whole, not edited.
          item.record.id !== recordId || item.kind === 'proposal' || item.kind === 'response'
            ? undefined
            : ({
                ...item,
                status: 'accepted',
                edit,
                ...(reason !== undefined && reason.trim() !== '' ? { reason: reason.trim() } : {}),
              } as ReviewItem),
        ),

      codeByHand: async (caseId, draft) => {
        // The dataset's validators load with the form that needs them, not with the workspace.
        const { buildHandCodedItem } = await import('./hand-coded-record.ts');
        let outcome: HandCodedResult = {
          ok: false,
          field: 'evidence',
          message: 'Choose a case before coding a selection.',
        };
        const saved = await commitWith(caseId, (current) => {
          const userCase = current ?? caseFor(caseId);
          const dataset = dashboard.getState().datasets.find((d) => d.case.id === caseId);
          if (!userCase || !dataset) return undefined;
          const taken = new Set([
            ...dataset.positions.map((p) => p.id),
            ...dataset.meetings.map((m) => m.id),
            ...(dataset.rejected ?? []).map((r) => r.id),
            ...userCase.items.map((i) => i.record.id),
          ]);
          outcome = buildHandCodedItem(draft, dataset, taken);
          if (!outcome.ok) return undefined;
          return { ...userCase, items: [...userCase.items, outcome.item], updatedAt: now() };
        });
        if (saved || !outcome.ok) return outcome;
        // The check passed but the save failed: the workspace's alert says why.
        return {
          ok: false,
          field: 'evidence',
          message: get().message?.text ?? 'The record could not be saved, so it was not added.',
        };
      },

      startCase: async (codebook) => {
        const id = codebook.case.id;
        if (dashboard.getState().datasets.some((d) => d.case.id === id)) {
          fail(
            `A case with the id “${id}” is already open. Give the new codebook another case id (case.id), or add articles to that case instead.`,
          );
          return false;
        }
        return commit(
          { id, basis: 'codebook', codebook, articles: [], items: [], updatedAt: now() },
          true,
        );
      },

      setCodebook: (caseId, codebook) =>
        commitWith(caseId, (userCase) => userCase && { ...userCase, codebook, updatedAt: now() }),

      importDataset: async (dataset) => {
        const id = dataset.case.id;
        if (get().cases[id]) {
          fail(
            `Your workspace already has the case “${id}”. Delete it first (export it if you want to keep it), then import again.`,
          );
          return false;
        }
        const ok = await commit(
          { id, basis: 'import', imported: dataset, articles: [], items: [], updatedAt: now() },
          true,
        );
        if (ok)
          say({
            kind: 'status',
            text: `Imported “${dataset.case.title}”: ${count(dataset.positions.length, 'position')}, ${count(dataset.meetings.length, 'meeting')}, ${count(dataset.sources.length, 'source')}.`,
          });
        return ok;
      },

      deleteCase: async (caseId) => {
        if (!get().cases[caseId]) return false;
        const run = async () => {
          try {
            if (storage && get().persistent) await storage.deleteCase(caseId);
          } catch (error) {
            fail(describeStorageError(error));
            return false;
          }
          const { [caseId]: _gone, ...rest } = get().cases;
          set({ cases: rest });
          const seed = seeds.get(caseId);
          if (seed) dashboard.getState().putDataset(seed);
          else dashboard.getState().removeDataset(caseId);
          say({
            kind: 'status',
            text: seed
              ? 'Your work on this case was deleted; the seed case is shown as built.'
              : 'The case was deleted.',
          });
          return true;
        };
        const next = queue.then(run, run);
        queue = next;
        return next;
      },
    };
  });
}

/** A store made by {@link createWorkspaceStore}. */
export type WorkspaceStore = ReturnType<typeof createWorkspaceStore>;

/** Above this many records, a case's redraws are split into separate tasks. */
const LARGE_CASE_ITEMS = 500;

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
