import {
  memo,
  useCallback,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from 'react';
import type { FocusEvent, KeyboardEvent, MouseEvent, RefObject } from 'react';
import type {
  AnalysedCell,
  AnalysedColumn,
  AnalysedMatrixRows,
  PlacedChange,
} from '../../layout/matrix-analysis-layout.ts';
import { changeArrow, shortVerdict } from '../../layout/matrix-analysis-layout.ts';
import type { PlacedRow } from '../../layout/matrix-layout.ts';
import { CHAIN_CLASS_STYLES } from '../../layout/chain-class-style.ts';

interface GridProps {
  /** Headers, and each row's cells on demand: only the rendered rows are placed. */
  layout: AnalysedMatrixRows;
  caption: string;
  /** The selected cell's row and issue, if a cell is selected. */
  selected: { rowId: string; issueId: string } | undefined;
  onSelect: (rowId: string, issueId: string) => void;
  onToggleRow: (rowId: string) => void;
}

interface RowProps {
  row: PlacedRow;
  cells: readonly AnalysedCell[];
  rowIndex: number;
  /** The column of the roving tab stop in this row, or -1. */
  activeColumn: number;
  /** The column of the selected cell in this row, or -1. */
  selectedColumn: number;
  /** The columns rendered (the others are a spacer on each side), when the grid is wide. */
  columns: ColumnWindow;
  idPrefix: string;
  onToggleRow: (rowId: string) => void;
}

/** Whether a cell shows a line under its mark: a change, or a "disputed" badge. */
function hasFoot(cell: AnalysedCell): boolean {
  return (cell.change !== undefined && cell.change.change !== 'unchanged') || !!cell.disputed;
}

/** The change between the compared days: an arrow up or down the scale and the two stances. */
function ChangeLine({ change }: { change: PlacedChange }) {
  if (change.change === 'unchanged') return null;
  const arrow = changeArrow(change);
  return (
    <span className={`matrix-cell__change matrix-cell__change--${change.change}`}>
      <span className="matrix-cell__arrow">{arrow}</span>{' '}
      {change.before ? change.before.style.label : 'none'} →{' '}
      {change.after ? change.after.style.label : 'none'}
    </span>
  );
}

/** A column's header: the issue, and the sequencing verdict on one line (full text on hover). */
function ColumnHeader({ column, colIndex }: { column: AnalysedColumn; colIndex?: number }) {
  const verdict = column.verdict;
  const style = verdict && CHAIN_CLASS_STYLES[verdict.class];
  return (
    <th scope="col" className="matrix__column-header" aria-colindex={colIndex}>
      {column.label}
      {verdict && style && ' '}
      {verdict && style && (
        <span
          className={`matrix__verdict matrix__verdict--${verdict.class}`}
          style={{ borderColor: style.stroke }}
          title={verdict.text}
        >
          <span aria-hidden="true">
            <span className="matrix__verdict-glyph" style={{ color: style.stroke }}>
              {style.glyph}
            </span>{' '}
            {shortVerdict(verdict.text, column.label)}
          </span>
          <span className="sr-only">{verdict.text}</span>
        </span>
      )}
    </th>
  );
}

function CellContent({ cell }: { cell: AnalysedCell }) {
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
      }${cell.derived ? ' matrix-cell__mark--derived' : ''}`}
      style={{ background: cell.style.fill, color: cell.style.text }}
      aria-hidden="true"
    >
      <span className="matrix-cell__stance">
        <span className="matrix-cell__glyph">{cell.style.glyph}</span> {cell.style.label}
      </span>
      {cell.derived && (
        <span className="matrix-cell__derived">
          <span className="matrix-cell__derived-glyph">▲</span> {cell.derived}
        </span>
      )}
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
  columns,
  idPrefix,
  onToggleRow,
}: RowProps) {
  const shown = columns.virtual ? cells.slice(columns.first, columns.last + 1) : cells;
  return (
    <tr className={`matrix__row matrix__row--depth-${row.depth}`} aria-rowindex={rowIndex + 2}>
      <th
        scope="row"
        className="matrix__row-header"
        aria-colindex={columns.virtual ? 1 : undefined}
      >
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
      <ColumnSpacer width={columns.before} />
      {shown.map((cell, k) => {
        const c = columns.first + k;
        const descriptionId = `${idPrefix}-${rowIndex}-${c}`;
        return (
          <td
            key={cell.key}
            role="gridcell"
            className={`matrix-cell${
              cell.change && cell.change.change !== 'unchanged' ? ' matrix-cell--changed' : ''
            }${cell.change?.change === 'unchanged' ? ' matrix-cell--unchanged' : ''}${
              cell.disputed ? ' matrix-cell--disputed' : ''
            }${hasFoot(cell) ? ' matrix-cell--with-foot' : ''}`}
            tabIndex={c === activeColumn ? 0 : -1}
            aria-selected={c === selectedColumn}
            aria-colindex={columns.virtual ? c + 2 : undefined}
            aria-describedby={descriptionId}
            data-cell={`${rowIndex}:${c}`}
          >
            <span className="sr-only">{cell.name}</span>
            <CellContent cell={cell} />
            {hasFoot(cell) && (
              <span className="matrix-cell__foot" aria-hidden="true">
                {cell.change && <ChangeLine change={cell.change} />}
                {cell.disputed && <span className="matrix-cell__badge">disputed</span>}
              </span>
            )}
            <span id={descriptionId} hidden>
              {cell.description}
            </span>
          </td>
        );
      })}
      <ColumnSpacer width={columns.after} />
    </tr>
  );
});

/** The columns a wide grid renders: `first` to `last`, with spacers this wide either side. */
interface ColumnWindow {
  virtual: boolean;
  first: number;
  last: number;
  before: number;
  after: number;
}

/** Stands in for the columns not rendered, hidden from assistive technology. */
function ColumnSpacer({ width }: { width: number }) {
  if (width <= 0) return null;
  return (
    <td className="matrix__spacer-cell" aria-hidden="true" style={{ minWidth: width, width }} />
  );
}

/** The grid position of the cell an event happened in, from its `data-cell` attribute. */
function cellAt(target: EventTarget): { row: number; column: number } | undefined {
  const el = target instanceof Element ? target.closest<HTMLElement>('[data-cell]') : null;
  const [r, c] = el?.dataset.cell?.split(':').map(Number) ?? [];
  return r !== undefined && c !== undefined ? { row: r, column: c } : undefined;
}

function clamp(n: number, max: number): number {
  return Math.max(0, Math.min(n, max));
}

/** Above this many rows only those near the viewport are rendered (with spacers for the rest). */
export const VIRTUAL_ROWS = 80;
/** Above this many columns only those in (or near) the scroll box's width are rendered. */
export const VIRTUAL_COLUMNS = 24;
/** Rows and columns rendered beyond each edge of the visible part, so a short scroll shows them at once. */
const OVERSCAN = 6;
const OVERSCAN_COLUMNS = 3;

interface GridWindow {
  first: number;
  last: number;
  rowHeight: number;
  firstColumn: number;
  lastColumn: number;
  columnWidth: number;
}

/**
 * The rows and columns to render of a large grid: those within (or near) the part of it that
 * can be seen, where its scroll box and the window's viewport overlap, measured with an average
 * row height and column width; always including `keep` (the tab stop).
 */
function useVisibleWindow(
  tableRef: RefObject<HTMLTableElement | null>,
  rowCount: number,
  columnCount: number,
  keep: { column: number },
): GridWindow & { virtualColumns: boolean } {
  const virtualRows = rowCount > VIRTUAL_ROWS;
  const virtualColumns = columnCount > VIRTUAL_COLUMNS;
  const [shown, setShown] = useState<GridWindow>({
    first: 0,
    last: Math.min(rowCount, 24) - 1,
    rowHeight: 40,
    firstColumn: 0,
    lastColumn: Math.min(columnCount, 16) - 1,
    columnWidth: 112,
  });
  useLayoutEffect(() => {
    if (!virtualRows && !virtualColumns) return;
    const table = tableRef.current;
    const body = table?.tBodies[0];
    if (!table || !body) return;
    // The grid scrolls in its own box (`.matrix-scroll`), which scrolls with the page.
    const box = table.parentElement;
    let rowHeight = 0;
    let columnWidth = 0;
    let headerWidth = 0;
    const measure = () => {
      if (rowHeight === 0) {
        const rows = body.querySelectorAll<HTMLElement>('tr.matrix__row');
        let total = 0;
        rows.forEach((r) => (total += r.offsetHeight));
        rowHeight = rows.length > 0 ? Math.max(16, total / rows.length) : 40;
        const heads = table.tHead?.querySelectorAll<HTMLElement>('th.matrix__column-header');
        let width = 0;
        heads?.forEach((h) => (width += h.offsetWidth));
        columnWidth = heads && heads.length > 0 ? Math.max(24, width / heads.length) : 112;
        headerWidth = table.tHead?.querySelector<HTMLElement>('.matrix__corner')?.offsetWidth ?? 0;
      }
      const top = body.getBoundingClientRect().top;
      const boxRect = box?.getBoundingClientRect();
      const viewTop = Math.max(boxRect?.top ?? 0, 0);
      const viewBottom = Math.min(boxRect?.bottom ?? window.innerHeight, window.innerHeight);
      const first = virtualRows
        ? Math.max(0, Math.floor((viewTop - top) / rowHeight) - OVERSCAN)
        : 0;
      const last = virtualRows
        ? Math.min(
            rowCount - 1,
            Math.max(first, Math.ceil((viewBottom - top) / rowHeight) + OVERSCAN),
          )
        : rowCount - 1;
      const left = box?.scrollLeft ?? 0;
      const width = (box?.clientWidth ?? window.innerWidth) - headerWidth;
      const firstColumn = virtualColumns
        ? Math.max(0, Math.floor(left / columnWidth) - OVERSCAN_COLUMNS)
        : 0;
      const lastColumn = virtualColumns
        ? Math.min(columnCount - 1, Math.ceil((left + width) / columnWidth) + OVERSCAN_COLUMNS)
        : columnCount - 1;
      setShown((w) =>
        w.first === first &&
        w.last === last &&
        w.firstColumn === firstColumn &&
        w.lastColumn === lastColumn &&
        Math.abs(w.rowHeight - rowHeight) < 1 &&
        Math.abs(w.columnWidth - columnWidth) < 1
          ? w
          : { first, last, rowHeight, firstColumn, lastColumn, columnWidth },
      );
    };
    measure();
    // Capturing catches the scroll box's scroll events as well as the page's (they do not bubble).
    window.addEventListener('scroll', measure, { passive: true, capture: true });
    window.addEventListener('resize', measure);
    return () => {
      window.removeEventListener('scroll', measure, { capture: true });
      window.removeEventListener('resize', measure);
    };
  }, [virtualRows, virtualColumns, tableRef, rowCount, columnCount]);
  return {
    first: virtualRows ? Math.min(shown.first, rowCount - 1) : 0,
    last: virtualRows ? Math.min(rowCount - 1, shown.last) : rowCount - 1,
    rowHeight: shown.rowHeight,
    // The tab stop's column is always rendered: the arrow keys move focus to it.
    firstColumn: virtualColumns ? Math.min(shown.firstColumn, keep.column) : 0,
    lastColumn: virtualColumns
      ? Math.min(columnCount - 1, Math.max(shown.lastColumn, keep.column))
      : columnCount - 1,
    columnWidth: shown.columnWidth,
    virtualColumns,
  };
}

/** A row to render (`from`), or a gap of rows `from`–`to` drawn as one spacer. */
type RowItem = { gap: false; from: number } | { gap: true; from: number; to: number };

/**
 * The rows from `first` to `last`, and the tab stop's row `keep` wherever it is (the arrow
 * keys move focus to it), with spacers for the gaps: far from the window, it costs one row.
 */
export function rowsToRender(
  first: number,
  last: number,
  keep: number,
  lastRow: number,
): RowItem[] {
  const rows = new Set<number>();
  for (let i = Math.max(0, first); i <= Math.min(last, lastRow); i++) rows.add(i);
  if (keep >= 0 && keep <= lastRow) rows.add(keep);
  const items: RowItem[] = [];
  let next = 0;
  for (const i of [...rows].sort((a, b) => a - b)) {
    if (i > next) items.push({ gap: true, from: next, to: i - 1 });
    items.push({ gap: false, from: i });
    next = i + 1;
  }
  if (next <= lastRow) items.push({ gap: true, from: next, to: lastRow });
  return items;
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
    const rowId = layout.rows[r]?.key;
    const issueId = layout.columns[c]?.key;
    if (rowId !== undefined && issueId !== undefined) onSelect(rowId, issueId);
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

  // Long grids render only the rows near the viewport; the tab stop's row is always there.
  const shown = useVisibleWindow(tableRef, layout.rows.length, layout.columns.length, { column });
  const columnWindow = useMemo(
    (): ColumnWindow => ({
      virtual: shown.virtualColumns,
      first: shown.firstColumn,
      last: shown.lastColumn,
      before: shown.virtualColumns ? shown.firstColumn * shown.columnWidth : 0,
      after: shown.virtualColumns ? (lastColumn - shown.lastColumn) * shown.columnWidth : 0,
    }),
    [shown.virtualColumns, shown.firstColumn, shown.lastColumn, shown.columnWidth, lastColumn],
  );
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
              <th
                scope="col"
                className="matrix__corner"
                aria-colindex={columnWindow.virtual ? 1 : undefined}
              >
                Party
              </th>
              {columnWindow.before > 0 && (
                <th
                  className="matrix__spacer-cell"
                  aria-hidden="true"
                  style={{ width: columnWindow.before }}
                />
              )}
              {layout.columns.slice(columnWindow.first, columnWindow.last + 1).map((col, k) => (
                <ColumnHeader
                  key={col.key}
                  column={col}
                  colIndex={columnWindow.virtual ? columnWindow.first + k + 2 : undefined}
                />
              ))}
              {columnWindow.after > 0 && (
                <th
                  className="matrix__spacer-cell"
                  aria-hidden="true"
                  style={{ width: columnWindow.after }}
                />
              )}
            </tr>
          </thead>
          <tbody>
            {rowsToRender(shown.first, shown.last, row, lastRow).map((item) => {
              if (item.gap) {
                return (
                  <tr
                    key={`gap-${item.from}`}
                    className="matrix__spacer"
                    aria-hidden="true"
                    style={{ height: (item.to - item.from + 1) * shown.rowHeight }}
                  />
                );
              }
              const i = item.from;
              const r = layout.rows[i];
              if (!r) return null;
              return (
                <MatrixRow
                  key={r.key}
                  row={r}
                  cells={layout.rowCells(i)}
                  rowIndex={i}
                  activeColumn={i === row ? column : -1}
                  selectedColumn={i === selectedRow ? selectedColumn : -1}
                  columns={columnWindow}
                  idPrefix={idPrefix}
                  onToggleRow={onToggleRow}
                />
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
