import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import { buildActorGroups } from '../../domain/actors.ts';
import type { Actor, Dataset, Evidence } from '../../domain/dataset.ts';
import { STANCES } from '../../domain/stance.ts';
import type { DraftField, HandCodedDraft } from '../../workspace/hand-coded-record.ts';
import type { ReviewItem } from '../../workspace/user-case.ts';
import type { WorkspaceStore } from '../../workspace/workspace-store.ts';

/** What a hand-coded record was, for the line that says it was added. */
export type AddedItem = Extract<ReviewItem, { kind: 'position' | 'meeting' }>;

const PRECISIONS = [
  ['day', 'Exact day'],
  ['month', 'Month'],
  ['approximate', 'Approximate'],
  ['before', 'Before the date'],
  ['after', 'After the date'],
] as const;

/** Actors in `<optgroup>`s: each party and mediator with its factions and people, then others. */
function ActorOptions({ dataset }: { dataset: Dataset }) {
  const groups = [...buildActorGroups(dataset, 'party'), ...buildActorGroups(dataset, 'mediator')];
  const grouped = new Set(groups.flatMap((g) => [g.party.id, ...g.members.map((m) => m.id)]));
  const others = dataset.actors.filter((a) => !grouped.has(a.id));
  return (
    <>
      {groups.map(({ party, members }) => (
        <optgroup key={party.id} label={party.name}>
          <option value={party.id}>{party.name}</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name} ({m.kind})
            </option>
          ))}
        </optgroup>
      ))}
      {others.length > 0 && (
        <optgroup label="Other actors">
          {others.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
        </optgroup>
      )}
    </>
  );
}

/** A group of checkboxes (participants, mediators, issues) named by its legend. */
function Checkboxes({
  legend,
  options,
  chosen,
  onChange,
  problemId,
  hint,
}: {
  legend: string;
  options: readonly { id: string; label: string }[];
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
  /** The id of the problem that names this group, if one does. */
  problemId: string | undefined;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset
      className={`code-selection__choices${problemId ? ' code-selection__choices--invalid' : ''}`}
      aria-describedby={problemId}
      data-field={legend}
    >
      <legend>{legend}</legend>
      {hint && <p className="code-selection__hint">{hint}</p>}
      <div className="code-selection__choice-list">
        {options.map((o) => (
          <label key={o.id} htmlFor={`${id}-${o.id}`}>
            <input
              id={`${id}-${o.id}`}
              type="checkbox"
              value={o.id}
              checked={chosen.includes(o.id)}
              onChange={(e) =>
                onChange(e.target.checked ? [...chosen, o.id] : chosen.filter((x) => x !== o.id))
              }
            />{' '}
            {o.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

function actorLabel(actor: Actor, byId: ReadonlyMap<string, Actor>): string {
  const parent = actor.parentId ? byId.get(actor.parentId) : undefined;
  return parent ? `${actor.name} (${parent.name})` : actor.name;
}

/**
 * The form "Code selection": a position (party, issue, stance, condition, speaker, date) or a
 * meeting (participants, mediators, issues, place, date with its precision) whose evidence is
 * the selected span, shown read-only. "Add to review" saves it in the workspace first; a
 * problem is announced in an alert naming its field, and nothing is added.
 */
export function CodeSelectionForm({
  span,
  dataset,
  workspace,
  headingLevel = 3,
  onAdded,
  onCancel,
}: {
  span: Evidence;
  dataset: Dataset;
  workspace: WorkspaceStore;
  headingLevel?: 3 | 4;
  onAdded: (item: AddedItem) => void;
  onCancel: () => void;
}) {
  const id = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const source = dataset.sources.find((s) => s.id === span.sourceId);
  const published = source?.published ?? '';
  const [kind, setKind] = useState<'position' | 'meeting'>('position');
  const [p, setP] = useState({
    actorId: '',
    issueId: '',
    stance: '',
    conditionIssueId: '',
    conditionText: '',
    speakerId: '',
    date: published,
  });
  const [m, setM] = useState({
    participantIds: [] as string[],
    mediatorIds: [] as string[],
    issueIds: [] as string[],
    place: '',
    start: published,
    end: '',
    precision: 'day',
  });
  const [problem, setProblem] = useState<{ field: DraftField; message: string } | null>(null);
  const [busy, setBusy] = useState(false);
  const byId = new Map(dataset.actors.map((a) => [a.id, a]));
  const Heading = headingLevel === 3 ? 'h3' : 'h4';

  // The form opens where the user asked for it: its first control takes the focus.
  useEffect(() => {
    formRef.current?.querySelector<HTMLInputElement>('input[type="radio"]:checked')?.focus();
  }, []);

  const invalid = (field: DraftField) => problem?.field === field;
  const fieldProps = (field: DraftField) => ({
    'aria-invalid': invalid(field) || undefined,
    'aria-describedby': invalid(field) ? `${id}-problem` : undefined,
    'data-field': field,
  });
  const setPosition = (key: keyof typeof p) => (e: { target: { value: string } }) =>
    setP((v) => ({ ...v, [key]: e.target.value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const draft: HandCodedDraft =
      kind === 'position'
        ? { kind, evidence: span, ...p }
        : {
            kind,
            evidence: span,
            participantIds: m.participantIds,
            mediatorIds: m.mediatorIds,
            issueIds: m.issueIds,
            place: m.place,
            date: { start: m.start, end: m.end, precision: m.precision },
          };
    setBusy(true);
    const result = await workspace.getState().codeByHand(dataset.case.id, draft);
    setBusy(false);
    if (!result.ok) {
      setProblem({ field: result.field, message: result.message });
      // The field at fault takes the focus, so the next key fixes it.
      const target = formRef.current?.querySelector<HTMLElement>(
        `[data-field="${result.field}"], [data-field="${DRAFT_LEGENDS[result.field] ?? ''}"] input`,
      );
      target?.focus();
      return;
    }
    setProblem(null);
    onAdded(result.item);
  };

  const mediators = dataset.actors.filter((a) => a.kind === 'mediator');
  const participants = dataset.actors.map((a) => ({ id: a.id, label: actorLabel(a, byId) }));
  const issues = dataset.issues.map((i) => ({ id: i.id, label: i.label }));

  return (
    <form
      ref={formRef}
      className="code-selection"
      aria-labelledby={`${id}-heading`}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <Heading id={`${id}-heading`} className="code-selection__heading">
        Code selection
      </Heading>
      <figure className="code-selection__quote">
        <figcaption>
          Selected text, characters {span.start}–{span.end} of “{source?.title ?? span.sourceId}”
          (the record’s evidence):
        </figcaption>
        <blockquote>{span.quote}</blockquote>
      </figure>
      <fieldset className="code-selection__kind">
        <legend>Record kind</legend>
        {(['position', 'meeting'] as const).map((k) => (
          <label key={k} htmlFor={`${id}-kind-${k}`}>
            <input
              id={`${id}-kind-${k}`}
              type="radio"
              name={`${id}-kind`}
              value={k}
              checked={kind === k}
              onChange={() => {
                setKind(k);
                setProblem(null);
              }}
            />{' '}
            {k === 'position' ? 'Position' : 'Meeting'}
          </label>
        ))}
      </fieldset>
      {kind === 'position' ? (
        <div className="code-selection__fields">
          <label htmlFor={`${id}-actor`}>Party</label>
          <select
            id={`${id}-actor`}
            value={p.actorId}
            onChange={setPosition('actorId')}
            {...fieldProps('actorId')}
          >
            <option value="">Choose who holds it…</option>
            <ActorOptions dataset={dataset} />
          </select>
          <label htmlFor={`${id}-issue`}>Issue</label>
          <select
            id={`${id}-issue`}
            value={p.issueId}
            onChange={setPosition('issueId')}
            {...fieldProps('issueId')}
          >
            <option value="">Choose an issue…</option>
            {dataset.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select
            id={`${id}-stance`}
            value={p.stance}
            onChange={setPosition('stance')}
            {...fieldProps('stance')}
          >
            <option value="">Choose a stance…</option>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-cond`}>Condition issue (optional)</label>
          <select
            id={`${id}-cond`}
            value={p.conditionIssueId}
            onChange={setPosition('conditionIssueId')}
            {...fieldProps('conditionIssueId')}
          >
            <option value="">No condition issue</option>
            {dataset.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-condtext`}>Condition text (optional)</label>
          <input
            id={`${id}-condtext`}
            type="text"
            value={p.conditionText}
            onChange={setPosition('conditionText')}
            {...fieldProps('conditionText')}
          />
          <label htmlFor={`${id}-speaker`}>Speaker (optional)</label>
          <select
            id={`${id}-speaker`}
            value={p.speakerId}
            onChange={setPosition('speakerId')}
            {...fieldProps('speakerId')}
          >
            <option value="">Not named</option>
            <ActorOptions dataset={dataset} />
          </select>
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            id={`${id}-date`}
            type="date"
            value={p.date}
            onChange={setPosition('date')}
            {...fieldProps('date')}
          />
        </div>
      ) : (
        <div className="code-selection__meeting">
          <Checkboxes
            legend="Mediators"
            options={mediators.map((a) => ({ id: a.id, label: a.name }))}
            chosen={m.mediatorIds}
            onChange={(ids) => setM((v) => ({ ...v, mediatorIds: ids }))}
            problemId={invalid('mediatorIds') ? `${id}-problem` : undefined}
            hint="At least one: a meeting is coded only with a mediator present."
          />
          <Checkboxes
            legend="Participants"
            options={participants}
            chosen={m.participantIds}
            onChange={(ids) => setM((v) => ({ ...v, participantIds: ids }))}
            problemId={invalid('participantIds') ? `${id}-problem` : undefined}
            hint="The delegations present."
          />
          <Checkboxes
            legend="Issues discussed"
            options={issues}
            chosen={m.issueIds}
            onChange={(ids) => setM((v) => ({ ...v, issueIds: ids }))}
            problemId={invalid('issueIds') ? `${id}-problem` : undefined}
          />
          <div className="code-selection__fields">
            <label htmlFor={`${id}-place`}>Place (optional)</label>
            <input
              id={`${id}-place`}
              type="text"
              value={m.place}
              onChange={(e) => setM((v) => ({ ...v, place: e.target.value }))}
              {...fieldProps('place')}
            />
            <label htmlFor={`${id}-start`}>Date</label>
            <input
              id={`${id}-start`}
              type="date"
              value={m.start}
              onChange={(e) => setM((v) => ({ ...v, start: e.target.value }))}
              {...fieldProps('date')}
            />
            <label htmlFor={`${id}-precision`}>Precision</label>
            <select
              id={`${id}-precision`}
              value={m.precision}
              onChange={(e) => setM((v) => ({ ...v, precision: e.target.value }))}
              {...fieldProps('precision')}
            >
              {PRECISIONS.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
            <label htmlFor={`${id}-end`}>End date (optional)</label>
            <input
              id={`${id}-end`}
              type="date"
              value={m.end}
              onChange={(e) => setM((v) => ({ ...v, end: e.target.value }))}
              {...fieldProps('end')}
            />
          </div>
        </div>
      )}
      {problem && (
        <div role="alert" id={`${id}-problem`} className="code-selection__problem">
          <p>{problem.message} Nothing was added.</p>
        </div>
      )}
      <div className="code-selection__actions">
        <button type="submit" aria-disabled={busy || undefined}>
          Add to review
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

// The checkbox groups are found by their legend when a problem names them.
const DRAFT_LEGENDS: Partial<Record<DraftField, string>> = {
  participantIds: 'Participants',
  mediatorIds: 'Mediators',
  issueIds: 'Issues discussed',
};
