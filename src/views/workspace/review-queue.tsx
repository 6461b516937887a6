import { lazy, Suspense, useId, useRef, useState } from 'react';
import type { Dataset, Meeting, Position } from '../../domain/dataset.ts';
import { STANCES } from '../../domain/stance.ts';
import type { Stance } from '../../domain/stance.ts';
import type { MeetingEdit, PositionEdit, ReviewItem, UserCase } from '../../workspace/user-case.ts';
import { isRealDay } from '../../workspace/read-input.ts';
import { RESPONSE_WORDS } from '../../domain/describe-proposal.ts';
import { countItems, isHandCoded, reviewedRecord } from '../../workspace/user-case.ts';
import { isolateBidi } from '../../domain/isolate-bidi.ts';
import { BidiLeaves, shownSourceLanguage } from '../shared/bidi-text.tsx';
import { useWorkspace, useWorkspaceStore } from './workspace-context.tsx';

// Coding by hand loads on its own, as it does in the evidence panel.
const CodeSelectionBar = lazy(() =>
  import('../coding/code-selection-bar.tsx').then((m) => ({ default: m.CodeSelectionBar })),
);

const PAGE = 40;
const CONTEXT_CHARS = 120;

/** The extracted records of a case, to accept, reject or correct before they count. */
export function ReviewQueue({ userCase, dataset }: { userCase: UserCase; dataset: Dataset }) {
  const decide = useWorkspace((s) => s.decide);
  const workspace = useWorkspaceStore();
  const scope = useRef<HTMLDivElement>(null);
  const [shown, setShown] = useState(PAGE);
  const id = useId();
  const pending = userCase.items.filter((i) => i.status === 'pending');
  const reviewed = userCase.items.filter((i) => i.status !== 'pending');
  const counts = countItems(userCase.items);
  if (userCase.items.length === 0) return null;
  return (
    <section className="review-queue" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`}>Review extracted records</h3>
      <p className="hint">
        {counts.pending} to review · {counts.accepted} accepted · {counts.rejected} rejected. Only
        accepted records enter the matrix and the timeline.
      </p>
      <Suspense fallback={null}>
        <CodeSelectionBar scope={scope} workspace={workspace} headingLevel={4} />
      </Suspense>
      <div ref={scope}>
        {pending.length > 0 && (
          <>
            <ul className="review-queue__list" aria-label="Records to review">
              {pending.slice(0, shown).map((item) => (
                <ReviewCard
                  key={item.record.id}
                  item={item}
                  userCase={userCase}
                  dataset={dataset}
                />
              ))}
            </ul>
            <div className="review-queue__bulk">
              {pending.length > shown && (
                <button type="button" onClick={() => setShown((n) => n + PAGE)}>
                  Show more ({pending.length - shown} not shown)
                </button>
              )}
              <button
                type="button"
                onClick={() =>
                  void decide(
                    userCase.id,
                    pending.map((i) => i.record.id),
                    'accepted',
                  )
                }
              >
                Accept all
              </button>
            </div>
          </>
        )}
        {reviewed.length > 0 && (
          <details className="review-queue__reviewed">
            <summary>Reviewed records ({reviewed.length})</summary>
            <ul className="review-queue__list">
              {reviewed.slice(0, 500).map((item) => (
                <ReviewCard
                  key={item.record.id}
                  item={item}
                  userCase={userCase}
                  dataset={dataset}
                />
              ))}
            </ul>
          </details>
        )}
      </div>
    </section>
  );
}

const KIND_WORDS: Record<ReviewItem['kind'], string> = {
  position: 'Position',
  meeting: 'Meeting',
  proposal: 'Proposal',
  response: 'Response',
};

function describe(
  item: ReviewItem,
  record: ReviewItem['record'],
  userCase: UserCase,
  dataset: Dataset,
): string {
  // Names set apart, so an Arabic or Hebrew name does not reorder the words around it.
  const actor = (id: string) => isolateBidi(dataset.actors.find((a) => a.id === id)?.name ?? id);
  const issue = (id: string) => isolateBidi(dataset.issues.find((i) => i.id === id)?.label ?? id);
  if (item.kind === 'position') {
    const p = record as Position;
    const condition = p.condition?.issueId
      ? ` on condition of ${issue(p.condition.issueId)}`
      : p.condition?.text
        ? ` (“${p.condition.text}”)`
        : '';
    return `${actor(p.actorId)} — ${issue(p.issueId)}: ${p.stance}${condition} (${p.date})`;
  }
  if (item.kind === 'proposal') {
    const p = item.record;
    const by = p.proposerIds.map(actor).join(', ') || 'no named proposer';
    const terms = p.terms
      .map(
        (t) =>
          `${issue(t.issueId)}: ${isolateBidi(t.provides)}${t.phase ? ` (phase ${t.phase})` : ''}`,
      )
      .join('; ');
    return `${p.kind === 'deal' ? 'Deal' : 'Proposal'} “${isolateBidi(p.title)}” (${p.date}), by ${by}${terms ? ` — ${terms}` : ''}`;
  }
  if (item.kind === 'response') {
    const r = item.record;
    const proposal =
      dataset.proposals.find((p) => p.id === r.proposalId) ??
      userCase.items.find((i) => i.kind === 'proposal' && i.record.id === r.proposalId)?.record;
    const title = proposal && 'title' in proposal ? proposal.title : r.proposalId;
    const condition = r.condition
      ? ` on condition of ${r.condition.issueId ? issue(r.condition.issueId) : `“${r.condition.text ?? ''}”`}`
      : '';
    return `${actor(r.actorId)} ${RESPONSE_WORDS[r.response]} “${isolateBidi(title)}”${condition} (${r.date})`;
  }
  const m = record as Meeting;
  const who = m.participantIds.map(actor).join(', ') || 'unnamed participants';
  const via = m.mediatorIds.length > 0 ? ` with ${m.mediatorIds.map(actor).join(', ')}` : '';
  return `Meeting ${m.date.precision === 'day' ? 'on' : `(${m.date.precision})`} ${m.date.start}${m.place ? ` in ${isolateBidi(m.place)}` : ''}: ${who}${via}`;
}

function ReviewCard({
  item,
  userCase,
  dataset,
}: {
  item: ReviewItem;
  userCase: UserCase;
  dataset: Dataset;
}) {
  const decide = useWorkspace((s) => s.decide);
  const [editing, setEditing] = useState(false);
  const id = useId();
  const shown = item.status === 'accepted' ? reviewedRecord(item) : item.record;
  const evidence = item.record.evidence;
  // A record coded by hand may quote a seed article, not only one the user added.
  const source = dataset.sources.find((a) => a.id === evidence?.sourceId);
  const description = describe(item, shown, userCase, dataset);
  const byHand = isHandCoded(item);
  const from = evidence ? Math.max(0, evidence.start - CONTEXT_CHARS) : 0;
  const language = source && shownSourceLanguage(source);
  const editable = item.kind === 'position' || item.kind === 'meeting';
  // An accepted response counts only once the proposal it answers is in the case.
  const waiting =
    item.kind === 'response' &&
    item.status === 'accepted' &&
    !dataset.proposals.some((p) => p.id === item.record.proposalId);
  return (
    <li className={`review-card review-card--${item.status}`} aria-labelledby={`${id}-what`}>
      <p id={`${id}-what`} className="review-card__what">
        <span className="review-card__kind">{KIND_WORDS[item.kind]}</span>
        {byHand && <span className="review-card__hand"> · coded by hand</span>} {description}
        {item.status !== 'pending' && (
          <span className="review-card__status">
            {' '}
            — {item.edit ? 'edited and accepted' : item.status}
          </span>
        )}
      </p>
      {evidence && source && language && (
        // Focusable, so Shift with the arrow keys selects words in it to code by hand.
        <blockquote
          className="review-card__evidence"
          tabIndex={0}
          aria-label={`Text around the evidence, from “${isolateBidi(source.title)}”`}
          data-source-text={source.id}
          lang={language.lang}
          dir={language.dir}
        >
          {from > 0 ? '…' : ''}
          <BidiLeaves
            text={source.text.slice(from, evidence.start)}
            start={from}
            dir={language.dir}
          />
          <BidiLeaves
            text={source.text.slice(evidence.start, evidence.end)}
            start={evidence.start}
            dir={language.dir}
            marked
          />
          <BidiLeaves
            text={source.text.slice(evidence.end, evidence.end + CONTEXT_CHARS)}
            start={evidence.end}
            dir={language.dir}
          />
          {evidence.end + CONTEXT_CHARS < source.text.length ? '…' : ''}
        </blockquote>
      )}
      <p className="review-card__meta">
        {byHand
          ? 'Coded by hand'
          : `Rule ${item.record.rule ?? '—'} · confidence ${item.record.confidence?.toFixed(2) ?? '—'}`}
        {source ? ` · from “${isolateBidi(source.title)}” (${source.published})` : ''}
        {item.reason ? ` · ${item.reason}` : ''}
      </p>
      {waiting && (
        <p className="review-card__meta">
          Not counted yet: accept the proposal it answers for it to count.
        </p>
      )}
      {editing && (item.kind === 'position' || item.kind === 'meeting') ? (
        <EditForm
          item={item}
          dataset={dataset}
          caseId={userCase.id}
          onDone={() => setEditing(false)}
        />
      ) : (
        <div className="review-card__actions">
          {item.status === 'pending' ? (
            <>
              <button
                type="button"
                aria-describedby={`${id}-what`}
                onClick={() => void decide(userCase.id, [item.record.id], 'accepted')}
              >
                Accept
              </button>
              <button
                type="button"
                aria-describedby={`${id}-what`}
                onClick={() => void decide(userCase.id, [item.record.id], 'rejected')}
              >
                Reject
              </button>
            </>
          ) : (
            <button
              type="button"
              aria-describedby={`${id}-what`}
              onClick={() => void decide(userCase.id, [item.record.id], 'pending')}
            >
              Undo
            </button>
          )}
          {editable && (
            <button type="button" aria-describedby={`${id}-what`} onClick={() => setEditing(true)}>
              Edit
            </button>
          )}
        </div>
      )}
    </li>
  );
}

function EditForm({
  item,
  dataset,
  caseId,
  onDone,
}: {
  item: Extract<ReviewItem, { kind: 'position' | 'meeting' }>;
  dataset: Dataset;
  caseId: string;
  onDone: () => void;
}) {
  const edit = useWorkspace((s) => s.edit);
  const say = useWorkspace((s) => s.say);
  const current = reviewedRecord(item);
  const id = useId();
  const [reason, setReason] = useState(item.reason ?? '');
  const [p, setP] = useState(() => {
    const pos = current as Position;
    return {
      actorId: pos.actorId ?? '',
      issueId: pos.issueId ?? '',
      stance: (pos.stance ?? 'support') as Stance,
      conditionIssue: pos.condition?.issueId ?? '',
      conditionText: pos.condition?.text ?? '',
      date: item.kind === 'position' ? pos.date : (current as Meeting).date.start,
      place: item.kind === 'meeting' ? ((current as Meeting).place ?? '') : '',
    };
  });
  const save = async () => {
    if (!isRealDay(p.date))
      return say({ kind: 'alert', text: 'Date: give the date as YYYY-MM-DD.' });
    let change: PositionEdit | MeetingEdit;
    if (item.kind === 'position') {
      const hasCondition = p.conditionIssue !== '' || p.conditionText.trim() !== '';
      change = {
        actorId: p.actorId,
        issueId: p.issueId,
        stance: p.stance,
        date: p.date,
        condition: hasCondition
          ? {
              ...(p.conditionIssue !== '' && { issueId: p.conditionIssue }),
              ...(p.conditionText.trim() !== '' && { text: p.conditionText.trim() }),
            }
          : null,
      };
    } else {
      const m = item.record;
      change = {
        date: {
          ...m.date,
          start: p.date,
          ...(m.date.end && m.date.end < p.date ? { end: p.date } : {}),
        },
        ...(p.place.trim() !== '' && { place: p.place.trim() }),
      };
    }
    if (await edit(caseId, item.record.id, change, reason)) onDone();
  };
  const set = (key: keyof typeof p) => (e: { target: { value: string } }) =>
    setP((v) => ({ ...v, [key]: e.target.value }));
  return (
    <fieldset className="edit-form">
      <legend>Edit this {item.kind}</legend>
      {item.kind === 'position' && (
        <>
          <label htmlFor={`${id}-actor`}>Actor</label>
          <select id={`${id}-actor`} value={p.actorId} onChange={set('actorId')}>
            {dataset.actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-issue`}>Issue</label>
          <select id={`${id}-issue`} value={p.issueId} onChange={set('issueId')}>
            {dataset.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-stance`}>Stance</label>
          <select id={`${id}-stance`} value={p.stance} onChange={set('stance')}>
            {STANCES.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-cond`}>Condition</label>
          <select id={`${id}-cond`} value={p.conditionIssue} onChange={set('conditionIssue')}>
            <option value="">(no issue)</option>
            {dataset.issues.map((i) => (
              <option key={i.id} value={i.id}>
                {i.label}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-condtext`}>Condition text</label>
          <input
            id={`${id}-condtext`}
            type="text"
            value={p.conditionText}
            onChange={set('conditionText')}
          />
        </>
      )}
      <label htmlFor={`${id}-date`}>Date</label>
      <input id={`${id}-date`} type="date" value={p.date} onChange={set('date')} />
      {item.kind === 'meeting' && (
        <>
          <label htmlFor={`${id}-place`}>Place</label>
          <input id={`${id}-place`} type="text" value={p.place} onChange={set('place')} />
        </>
      )}
      <label htmlFor={`${id}-reason`}>Reason for the change</label>
      <input
        id={`${id}-reason`}
        type="text"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        placeholder="e.g. the spokesman speaks for the faction"
      />
      <div className="review-card__actions">
        <button type="button" onClick={() => void save()}>
          Save edit
        </button>
        <button type="button" onClick={onDone}>
          Cancel edit
        </button>
      </div>
    </fieldset>
  );
}
