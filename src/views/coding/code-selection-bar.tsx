import { lazy, Suspense, useEffect, useId, useRef, useState } from 'react';
import type { RefObject } from 'react';
import type { Dataset, Evidence } from '../../domain/dataset.ts';
import { segmentSentences } from '../../extract/segment-sentences.ts';
import { selectDataset } from '../../store/selectors.ts';
import { useDashboard, useDashboardStore } from '../../store/store-context.tsx';
import type { SelectedPoints } from '../../workspace/selected-span.ts';
import { checkSelectedSpan, EMPTY_SELECTION } from '../../workspace/selected-span.ts';
import type { WorkspaceStore } from '../../workspace/workspace-store.ts';
import type { AddedItem } from './code-selection-form.tsx';
import {
  containerOf,
  hasSelectionIn,
  readSelection,
  selectByKeyboard,
  selectOffsets,
} from './read-selection.ts';
import { useWorkspaceOf } from './workspace-registry.ts';
import './code-selection.css';

const loadForm = () => import('./code-selection-form.tsx');
// The form and the dataset's validators load only when someone codes a selection.
const CodeSelectionForm = lazy(() => loadForm().then((m) => ({ default: m.CodeSelectionForm })));

function describeAdded(item: AddedItem, dataset: Dataset): string {
  const actor = (id: string) => dataset.actors.find((a) => a.id === id)?.name ?? id;
  if (item.kind === 'position') {
    const r = item.record;
    const issue = dataset.issues.find((i) => i.id === r.issueId)?.label ?? r.issueId;
    return `${actor(r.actorId)} — ${issue}: ${r.stance} (${r.date})`;
  }
  const r = item.record;
  const via = r.mediatorIds.map(actor).join(', ');
  return `a meeting ${r.date.precision === 'day' ? 'on' : `(${r.date.precision})`} ${r.date.start}${r.place ? ` in ${r.place}` : ''} with ${via}`;
}

/** The sentence after (or before) the selection in a source text, or around its caret. */
function nextSentence(
  text: string,
  selected: SelectedPoints | null,
  caret: number,
  direction: 'previous' | 'next',
) {
  const sentences = segmentSentences(text);
  const start = selected?.start?.offset;
  const end = selected?.end?.offset;
  if (start === undefined || end === undefined)
    return sentences.find((s) => s.end > caret) ?? sentences.at(-1);
  if (direction === 'next') return sentences.find((s) => s.start >= end);
  return sentences.filter((s) => s.end <= start).at(-1);
}

/**
 * "Code selection": turns the words selected in the article texts inside `scope` into a
 * position or meeting coded by hand, through a form loaded on demand. With `sentences`, two
 * buttons select a whole sentence, so a keyboard needs no mouse to choose one; in a focused
 * text, Shift with the arrow keys selects. The records go to `workspace`, else to the one the
 * workspace panel made for this dashboard; hidden until there is one.
 */
export function CodeSelectionBar({
  scope,
  workspace: given,
  sentences = false,
  headingLevel = 3,
}: {
  scope: RefObject<HTMLElement | null>;
  workspace?: WorkspaceStore | undefined;
  sentences?: boolean;
  headingLevel?: 3 | 4;
}) {
  const dataset = useDashboard(selectDataset);
  const registered = useWorkspaceOf(useDashboardStore());
  const workspace = given ?? registered;
  const [selected, setSelected] = useState(false);
  const [span, setSpan] = useState<Evidence | null>(null);
  const [message, setMessage] = useState<{ kind: 'alert' | 'status'; text: string } | null>(null);
  // The selection as it was when the pointer went down on the button.
  const pressed = useRef<{ inScope: boolean; points: SelectedPoints | null } | null>(null);
  const button = useRef<HTMLButtonElement>(null);
  const id = useId();

  useEffect(() => {
    const update = () => setSelected(hasSelectionIn(document.getSelection(), scope.current));
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [scope]);
  useEffect(() => {
    if (selected) void loadForm();
  }, [selected]);
  useEffect(() => {
    const root = scope.current;
    root?.addEventListener('keydown', selectByKeyboard);
    return () => root?.removeEventListener('keydown', selectByKeyboard);
  }, [scope]);

  if (!workspace || !dataset) return null;

  const readNow = () => {
    const selection = document.getSelection();
    return { inScope: hasSelectionIn(selection, scope.current), points: readSelection(selection) };
  };

  const code = () => {
    const { inScope, points } = pressed.current ?? readNow();
    pressed.current = null;
    const check = inScope
      ? checkSelectedSpan(points, dataset.sources)
      : ({ ok: false, message: EMPTY_SELECTION } as const);
    if (!check.ok) {
      setMessage({ kind: 'alert', text: check.message });
      return;
    }
    setMessage(null);
    setSpan(check.evidence);
  };

  const selectSentence = (direction: 'previous' | 'next') => {
    const root = scope.current;
    if (!root) return;
    const selection = document.getSelection();
    const inside = containerOf(selection?.anchorNode ?? null);
    const container =
      inside && root.contains(inside)
        ? inside
        : root.querySelector<HTMLElement>('[data-source-text]');
    const source = dataset.sources.find(
      (s) => s.id === container?.getAttribute('data-source-text'),
    );
    if (!container || !source) return;
    const points = inside === container ? readSelection(selection) : null;
    const mark =
      container.querySelector('mark[data-current]') ?? container.querySelector('mark') ?? null;
    const caret = Number(mark?.getAttribute('data-offset') ?? 0);
    const sentence = nextSentence(source.text, points, caret, direction);
    if (!sentence || !selectOffsets(container, sentence.start, sentence.end)) {
      setMessage({
        kind: 'status',
        text: `There is no ${direction} sentence in “${source.title}”.`,
      });
      return;
    }
    setMessage({
      kind: 'status',
      text: `Selected: “${sentence.text}”`,
    });
  };

  const close = () => {
    setSpan(null);
    button.current?.focus();
  };

  return (
    <>
      <div className="code-selection-bar" role="group" aria-label="Code by hand">
        <p id={`${id}-hint`} className="code-selection-bar__hint">
          Code by hand: select words of {sentences ? 'the article text' : 'a record’s excerpt'}
          {sentences ? ' (or a whole sentence with the buttons)' : ''}, then Code selection. In a
          focused text, Shift with the arrow keys selects.
        </p>
        <div className="code-selection-bar__actions">
          {sentences && (
            <>
              <button type="button" onClick={() => selectSentence('previous')}>
                Select previous sentence
              </button>
              <button type="button" onClick={() => selectSentence('next')}>
                Select next sentence
              </button>
            </>
          )}
          <button
            ref={button}
            type="button"
            className="code-selection-bar__code"
            aria-disabled={!selected}
            aria-describedby={`${id}-hint`}
            onPointerDown={() => {
              pressed.current = readNow();
            }}
            onClick={code}
          >
            Code selection
          </button>
        </div>
        {message?.kind === 'alert' && (
          <div role="alert" className="code-selection-bar__alert">
            <p>{message.text}</p>
          </div>
        )}
        <p role="status" className="code-selection-bar__status">
          {message?.kind === 'status' ? message.text : ''}
        </p>
      </div>
      {span && (
        <Suspense fallback={<p aria-busy="true">Loading the form…</p>}>
          <CodeSelectionForm
            span={span}
            dataset={dataset}
            workspace={workspace}
            headingLevel={headingLevel}
            onCancel={close}
            onAdded={(item) => {
              document.getSelection()?.removeAllRanges();
              setMessage({
                kind: 'status',
                text: `Added to the review queue, coded by hand: ${describeAdded(item, dataset)}. Accept it there for it to count.`,
              });
              close();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
