import {
  getCoreRowModel,
  getPaginationRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type Row as TanRow,
} from '@tanstack/react-table';
import { useMemo } from 'react';
import { useLanguageCode } from '../format';
import { compareValues, type Column } from './columns';
import type { Sort, TableState } from './tableState';

export interface TableModel<Row> {
  /** Every row in the order shown (sorted, not paged): what an export holds. */
  sorted: readonly Row[];
  /** The rows of the current page. */
  page: readonly Row[];
  /** The page shown (zero-based), within range even when the URL asks for more. */
  pageIndex: number;
  pages: number;
  start: number;
}

/**
 * Sorting and paging through TanStack Table (headless): the kit draws the
 * markup itself. Until a sort is chosen, rows keep the server's order with its
 * documented tie-breaks. Sorting is stable.
 */
export function useTableModel<Row>(
  rows: readonly Row[],
  columns: readonly Column<Row>[],
  rowKey: (row: Row) => string,
  state: Pick<TableState, 'sort' | 'page' | 'pageSize'>,
): TableModel<Row> {
  const language = useLanguageCode();
  const known = state.sort && columns.some((c) => c.key === state.sort!.key && c.sortable !== false) ? state.sort : null;
  const defs = useMemo<ColumnDef<Row>[]>(() => {
    const compare = compareValues(language);
    return columns.map((c) => ({
      id: c.key,
      accessorFn: (row: Row) => c.value(row),
      enableSorting: c.sortable !== false,
      sortingFn: (a: TanRow<Row>, b: TanRow<Row>) => compare(c.value(a.original), c.value(b.original)),
    }));
  }, [columns, language]);

  const size = state.pageSize === 0 ? Math.max(1, rows.length) : state.pageSize;
  const pages = Math.max(1, Math.ceil(rows.length / size));
  const pageIndex = Math.min(state.page, pages - 1);
  const sorting = useMemo(() => (known ? [{ id: known.key, desc: known.direction === 'descending' }] : []), [known?.key, known?.direction]);

  const table = useReactTable<Row>({
    data: rows as Row[],
    columns: defs,
    state: { sorting, pagination: { pageIndex, pageSize: size } },
    getRowId: (row) => rowKey(row),
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getPaginationRowModel: getPaginationRowModel(),
    autoResetPageIndex: false,
  });

  const sorted = table.getSortedRowModel().rows;
  return {
    sorted: useMemo(() => sorted.map((r) => r.original), [sorted]),
    page: table.getPaginationRowModel().rows.map((r) => r.original),
    pageIndex,
    pages,
    start: pageIndex * size,
  };
}

/** The same order as the table, for rows fetched apart from it (an export of every row behind a top-N). */
export function sortLike<Row>(rows: readonly Row[], columns: readonly Column<Row>[], sort: Sort | null, language: string): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!sort || !column) return [...rows];
  const compare = compareValues(language);
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return [...rows].sort((a, b) => sign * compare(column.value(a), column.value(b)));
}
