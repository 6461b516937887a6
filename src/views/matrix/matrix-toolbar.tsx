import type { ChangeEvent } from 'react';
import type { SortOrder } from '../../domain/position-matrix.ts';
import { selectIndex } from '../../store/selectors.ts';
import { useDashboard } from '../../store/store-context.tsx';

function sortValue(order: SortOrder): string {
  return order.by === 'stance' ? `stance:${order.key}` : order.by;
}

function parseSortValue(value: string): SortOrder {
  if (value.startsWith('stance:')) return { by: 'stance', key: value.slice(7) };
  return value === 'name' ? { by: 'name' } : { by: 'dataset' };
}

/** Sorting of the matrix's parties and issues: dataset order, alphabetical, or by stance. */
export function MatrixToolbar() {
  const index = useDashboard(selectIndex);
  const partySort = useDashboard((s) => s.partySort);
  const issueSort = useDashboard((s) => s.issueSort);
  const setPartySort = useDashboard((s) => s.setPartySort);
  const setIssueSort = useDashboard((s) => s.setIssueSort);
  if (!index) return null;
  return (
    <div className="matrix-toolbar">
      <label>
        Sort parties
        <select
          value={sortValue(partySort)}
          onChange={(e: ChangeEvent<HTMLSelectElement>) =>
            setPartySort(parseSortValue(e.target.value))
          }
        >
          <option value="dataset">Dataset order</option>
          <option value="name">Alphabetical</option>
          <optgroup label="By stance on">
            {index.dataset.issues.map((issue) => (
              <option key={issue.id} value={`stance:${issue.id}`}>
                {issue.label}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
      <label>
        Sort issues
        <select
          value={sortValue(issueSort)}
          onChange={(e: ChangeEvent<HTMLSelectElement>) =>
            setIssueSort(parseSortValue(e.target.value))
          }
        >
          <option value="dataset">Dataset order</option>
          <option value="name">Alphabetical</option>
          <optgroup label="By stance of">
            {index.partyRows.map((party) => (
              <option key={party.id} value={`stance:${party.id}`}>
                {party.name}
              </option>
            ))}
          </optgroup>
        </select>
      </label>
    </div>
  );
}
