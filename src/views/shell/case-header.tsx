import type { Dataset } from '../../domain/dataset.ts';
import { OfflineStatus } from './offline-status.tsx';

/** The case title and description, the page's only `h1`. */
export function CaseHeader({ dataset }: { dataset: Dataset }) {
  return (
    <header className="case-header">
      <p className="case-header__product">Negotiation positions</p>
      <h1>{dataset.case.title}</h1>
      {dataset.case.description && (
        <p className="case-header__description">{dataset.case.description}</p>
      )}
      <p className="case-header__counts">
        {count(dataset.sources.length, 'source')} · {count(dataset.positions.length, 'position')} ·{' '}
        {count(dataset.meetings.length, 'meeting')}
      </p>
      <OfflineStatus />
    </header>
  );
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
