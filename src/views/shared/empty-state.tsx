import { useDashboard } from '../../store/store-context.tsx';

/** Says why a view shows nothing, and offers to clear the filters that caused it. */
export function EmptyState({ message }: { message: string }) {
  const resetFilters = useDashboard((s) => s.resetFilters);
  return (
    <div className="empty-state" role="status">
      <p>{message}</p>
      <button type="button" onClick={resetFilters}>
        Clear all filters
      </button>
    </div>
  );
}
