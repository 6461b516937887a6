import { memo, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent } from 'react';
import type { MatrixLayout, PlacedCell, PlacedRow } from '../../layout/matrix-layout.ts';

interface GridProps {
  layout: MatrixLayout;
  caption: string;
  /** The selected cell's row and issue, if a cell is selected. */
  selected: { rowId: string; issueId: string } | undefined;
  onSelect: (rowId: string, issueId: string) => void;
  onToggleRow: (rowId: string) => void;
}

interface RowProps {
  row: PlacedRow;
  cells: readonly PlacedCell[];
  rowIndex: number;
  /** The column of the roving tab stop in this row, or -1. */
  activeColumn: number;
  /** The column of the selected cell in this row, or -1. */
  selectedColumn: number;
  idPrefix: string;
  onToggleRow: (rowId: string) => void;
}

function CellContent({ cell }: { cell: PlacedCell }) {
  if (!cell.style) {
    return (
      <span className="matrix-cell__mark matrix-cell__mark--empty" aria-hidden="true">
        ·
      </span>
    );
  }
  return (
    <span
      className={`matrix-cell__mark matrix-cell__mark--${cell.origin ?? 'curated'}${
        cell.conditionLabel ? ' matrix-cell__mark--conditioned' : ''
      }`}
      style={{ background: cell.style.fill, color: cell.style.text }}
      aria-hidden="true"
    >
      <span className="matrix-cell__stance">
        <span className="matrix-cell__glyph">{cell.style.glyph}</span> {cell.style.label}
      </span>
      {cell.conditionLabel && (
        <span className="matrix-cell__condition">if {cell.conditionLabel}</span>
      )}
      {cell.otherCount > 0 && <span className="matrix-cell__count">+{cell.otherCount}</span>}
    </span>
  );
}

/** One row of the grid; re-renders only when its cells, tab stop or selection change. */
const MatrixRow = memo(function MatrixRow({
  row,
  cells,
  rowIndex,
  activeColumn,
  selectedColumn,
  idPrefix,
  onToggleRow,
}: RowProps) {
  return (
    <tr className={`matrix__row matrix__row--depth-${row.depth}`}>
      <th scope="row" className="matrix__row-header">
        {row.expandable ? (
          <button
            type="button"
            className="matrix__expand"
            aria-expanded={row.expanded}
            onClick={() => onToggleRow(row.key)}
          >
            <span className="matrix__expand-icon" aria-hidden="true">
              {row.expanded ? '▾' : '▸'}
            </span>
            {row.label}
          </button>
        ) : (
          <span className="matrix__row-name">{row.label}</span>
        )}
        {row.detail && <span className="matrix__row-detail">{row.detail}</span>}
      </th>
      {cells.map((cell, c) => {
        const descriptionId = `${idPrefix}-${rowIndex}-${c}`;
        return (
          <td
            key={cell.key}
            role="gridcell"
            className="matrix-cell"
            tabIndex={c === activeColumn ? 0 : -1}
            aria-selected={c === selectedColumn}
            aria-describedby={descriptionId}
            data-cell={`${rowIndex}:${c}`}
          >
            <span className="sr-only">{cell.name}</span>
            <CellContent cell={cell} />
            <span id={descriptionId} hidden>
              {cell.description}
            </span>
          </td>
        );
      })}
    </tr>
  );
});

/** The grid position of the cell an event happened in, from its `data-cell` attribute. */
function cellAt(target: EventTarget): { row: number; column: number } | undefined {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-cell]') : null;
  const [r, c] = el?.dataset.cell?.split(':').map(Number) ?? [];
  return r !== undefined && c !== undefined ? { row: r, column: c } : undefined;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/**
 * The positions matrix as an ARIA grid named "Positions matrix": one roving tab stop, arrow
 * keys, Home/End (with Ctrl, the grid's corners), PageUp/PageDown; Enter, Space or a click
 * selects a cell. The component holds one piece of state, the tab stop, not one per cell.
 */
export function MatrixGrid({ layout, caption, selected, onSelect, onToggleRow }: GridProps) {
  const idPrefix = useId();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState({ row: 0, column: 0 });
  const focusPending = useRef(false);
  const lastRow = layout.rows.length - 1;
  const lastColumn = layout.columns.length - 1;
  const row = clamp(active.row, lastRow);
  const column = clamp(active.column, lastColumn);

  useEffect(() => {
    if (!focusPending.current) return;
    focusPending.current = false;
    tableRef.current?.querySelector<HTMLElement>(`[data-cell="${row}:${column}"]`)?.focus();
  }, [row, column]);

  const select = (r: number, c: number) => {
    const cell = layout.cells[r]?.[c];
    if (cell) onSelect(cell.rowId, cell.issueId);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTableElement>) => {
    const at = cellAt(e.target);
    if (!at) return;
    let next: { row: number; column: number } | undefined;
    switch (e.key) {
      case 'ArrowRight':
        next = { row: at.row, column: at.column + 1 };
        break;
      case 'ArrowLeft':
        next = { row: at.row, column: at.column - 1 };
        break;
      case 'ArrowDown':
        next = { row: at.row + 1, column: at.column };
        break;
      case 'ArrowUp':
        next = { row: at.row - 1, column: at.column };
        break;
      case 'Home':
        next = { row: e.ctrlKey ? 0 : at.row, column: 0 };
        break;
      case 'End':
        next = { row: e.ctrlKey ? lastRow : at.row, column: lastColumn };
        break;
      case 'PageDown':
        next = { row: at.row + 5, column: at.column };
        break;
      case 'PageUp':
        next = { row: at.row - 5, column: at.column };
        break;
      case 'Enter':
      case ' ':
        e.preventDefault();
        select(at.row, at.column);
        return;
      default:
        return;
    }
    e.preventDefault();
    const target = { row: clamp(next.row, lastRow), column: clamp(next.column, lastColumn) };
    if (target.row === at.row && target.column === at.column) return;
    focusPending.current = true;
    setActive(target);
  };

  const onClick = (e: MouseEvent<HTMLTableElement>) => {
    const at = cellAt(e.target);
    if (!at) return;
    setActive({ row: at.row, column: at.column });
    select(at.row, at.column);
  };

  const onFocus = useCallback((e: FocusEvent<HTMLTableElement>) => {
    const at = cellAt(e.target);
    if (at) setActive((prev) => (prev.row === at.row && prev.column === at.column ? prev : at));
  }, []);

  const selectedRow = selected ? layout.rows.findIndex((r) => r.key === selected.rowId) : -1;
  const selectedColumn = selected
    ? layout.columns.findIndex((c) => c.key === selected.issueId)
    : -1;

  return (
    <>
      {/* The caption scrolls away with a wide grid; this copy stays readable above it. */}
      <p className="matrix-panel__summary" aria-hidden="true">
        {caption}
      </p>
      <div className="matrix-scroll">
        <table
          ref={tableRef}
          role="grid"
          aria-label="Positions matrix"
          aria-rowcount={layout.rows.length + 1}
          aria-colcount={layout.columns.length + 1}
          className="matrix"
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
        >
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className="matrix__corner">
                Party
              </th>
              {layout.columns.map((col) => (
                <th key={col.key} scope="col" className="matrix__column-header">
                  {col.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {layout.rows.map((r, i) => (
              <MatrixRow
                key={r.key}
                row={r}
                cells={layout.cells[i] ?? []}
                rowIndex={i}
                activeColumn={i === row ? column : -1}
                selectedColumn={i === selectedRow ? selectedColumn : -1}
                idPrefix={idPrefix}
                onToggleRow={onToggleRow}
              />
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
