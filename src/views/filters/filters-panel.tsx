import { memo, useMemo } from 'react';
import type { ChangeEvent } from 'react';
import { NO_MEDIATOR } from '../../domain/meetings-in-range.ts';
import { selectAsOf, selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';

interface CheckboxItem {
  id: string;
  label: string;
}

/**
 * One fieldset of checkboxes. Memoised: a large case has hundreds of them, and React writes
 * every checkbox's `name` and `type` again when it re-renders one, so a change elsewhere (the
 * brush, another group) must not re-render this group.
 */
const CheckboxGroup = memo(function CheckboxGroup({
  legend,
  items,
  hidden,
  onToggle,
}: {
  legend: string;
  items: readonly CheckboxItem[];
  hidden: readonly string[];
  onToggle: (id: string) => void;
}) {
  return (
    <fieldset className="filters__group">
      <legend>{legend}</legend>
      <ul className="filters__options">
        {items.map((item) => (
          <li key={item.id}>
            <label>
              <input
                type="checkbox"
                checked={!hidden.includes(item.id)}
                onChange={() => onToggle(item.id)}
              />
              {item.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
});

/**
 * The filters: mediators, parties, issues, the matrix's date range and as-of date. Each
 * control is a labelled form control; a mediator's checkbox is named after the mediator.
 */
export function FiltersPanel() {
  const index = useDashboard(selectIndex);
  const hiddenMediators = useDashboard((s) => s.hiddenMediators);
  const hiddenParties = useDashboard((s) => s.hiddenParties);
  const hiddenIssues = useDashboard((s) => s.hiddenIssues);
  const range = useDashboard((s) => s.range);
  const asOf = useDashboard(selectAsOf);
  const toggleMediator = useDashboard((s) => s.toggleMediator);
  const toggleParty = useDashboard((s) => s.toggleParty);
  const toggleIssue = useDashboard((s) => s.toggleIssue);
  const setRange = useDashboard((s) => s.setRange);
  const setAsOf = useDashboard((s) => s.setAsOf);
  const resetFilters = useDashboard((s) => s.resetFilters);
  // The same item lists while the case is the same, so the groups' memo holds.
  const items = useMemo(
    () =>
      index && {
        mediators: [
          ...index.mediators.map((m) => ({ id: m.id, label: m.name })),
          { id: NO_MEDIATOR, label: 'No mediator' },
        ],
        parties: index.partyRows.map((a) => ({ id: a.id, label: a.name })),
        issues: index.dataset.issues.map((i) => ({ id: i.id, label: i.label })),
      },
    [index],
  );
  if (!index || !items) return null;

  const first = index.firstDay;
  const last = index.lastDay;
  const { mediators, parties, issues } = items;
  const filtered =
    hiddenMediators.length + hiddenParties.length + hiddenIssues.length > 0 ||
    range !== null ||
    asOf !== last;

  const onRangeChange = (end: 'from' | 'to') => (e: ChangeEvent<HTMLInputElement>) => {
    const value = e.target.value;
    const from = end === 'from' ? value || first : (range?.from ?? first);
    const to = end === 'to' ? value || last : (range?.to ?? last);
    if (!from || !to) return;
    if (!value && !(end === 'from' ? range?.to : range?.from)) setRange(null);
    // A start after the end is read as the same range the other way round.
    else setRange(from <= to ? { from, to } : { from: to, to: from });
  };

  return (
    <section className="panel filters" aria-labelledby="filters-heading">
      <h2 id="filters-heading">Filters</h2>
      <div className="filters__body">
        <CheckboxGroup
          legend="Mediators"
          items={mediators}
          hidden={hiddenMediators}
          onToggle={toggleMediator}
        />
        <fieldset className="filters__group filters__dates">
          <legend>Dates</legend>
          <label>
            As of
            <input
              type="date"
              value={asOf ?? ''}
              min={first}
              max={last}
              onChange={(e) => setAsOf(e.target.value || null)}
            />
          </label>
          <label>
            From
            <input
              type="date"
              value={range?.from ?? ''}
              min={first}
              max={last}
              onChange={onRangeChange('from')}
            />
          </label>
          <label>
            To
            <input
              type="date"
              value={range?.to ?? ''}
              min={first}
              max={last}
              onChange={onRangeChange('to')}
            />
          </label>
          <button type="button" onClick={() => setRange(null)} disabled={!range}>
            Clear date range
          </button>
        </fieldset>
        <CheckboxGroup
          legend="Parties"
          items={parties}
          hidden={hiddenParties}
          onToggle={toggleParty}
        />
        <CheckboxGroup
          legend="Issues"
          items={issues}
          hidden={hiddenIssues}
          onToggle={toggleIssue}
        />
      </div>
      <button type="button" className="filters__reset" onClick={resetFilters} disabled={!filtered}>
        Reset filters
      </button>
    </section>
  );
}
