import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId, useMemo, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from './Pager';
import { nextSort, sortRows, type SortDirection, type SortState } from './sorting';

export interface Column<T> {
  id: string;
  header: string;
  cell: (row: T) => ReactNode;
  /** Sortable when given. */
  sortValue?: (row: T) => string | number;
  /** The direction a first click sorts in (numbers: largest first). */
  firstDirection?: SortDirection;
  numeric?: boolean;
  /** This column names the row (`<th scope="row">`). */
  rowHeader?: boolean;
}

interface DataTableProps<T> {
  caption: string;
  rows: readonly T[];
  rowKey: (row: T) => string;
  columns: readonly Column<T>[];
  initialSort: SortState;
  pageSize?: number;
  /** Marks a row, e.g. the selected partnership. */
  isCurrent?: (row: T) => boolean;
  /**
   * Shows only the rows it accepts, e.g. those in the map view. Filtering after
   * sorting lets a pan reuse the sorted list instead of sorting 50,000 rows again.
   */
  filter?: (row: T) => boolean;
}

/**
 * A sortable, paged table: the keyboard and screen-reader alternative to what
 * the map draws. Column headers are buttons that sort; `aria-sort` tells the order.
 */
export function DataTable<T>({ caption, rows, rowKey, columns, initialSort, pageSize = 20, isCurrent, filter }: DataTableProps<T>) {
  const { t, i18n } = useTranslation('map');
  const captionId = useId();
  const [sort, setSort] = useState(initialSort);
  const [page, setPage] = useState(0);
  const column = columns.find((c) => c.id === sort.column);
  const allSorted = useMemo(
    () => (column?.sortValue ? sortRows(rows, column.sortValue, sort.direction) : [...rows]),
    [rows, column, sort.direction],
  );
  const sorted = useMemo(() => (filter ? allSorted.filter(filter) : allSorted), [allSorted, filter]);
  const pages = Math.max(1, Math.ceil(sorted.length / pageSize));
  const current = Math.min(page, pages - 1);
  const visible = sorted.slice(current * pageSize, (current + 1) * pageSize);
  const format = new Intl.NumberFormat(i18n.language);

  return (
    <div className="dsv-data-table">
      <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table>
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {columns.map((c) => (
                <TableHeaderCell
                  key={c.id}
                  scope="col"
                  numericColumn={c.numeric}
                  aria-sort={sort.column === c.id ? sort.direction : c.sortValue ? 'none' : undefined}
                >
                  {c.sortValue ? (
                    <button
                      type="button"
                      className="dsv-sort-button"
                      onClick={() => {
                        setSort(nextSort(sort, c.id, c.firstDirection ?? 'ascending'));
                        setPage(0);
                      }}
                    >
                      {c.header}
                      <span aria-hidden="true">{sort.column === c.id ? (sort.direction === 'ascending' ? ' ▲' : ' ▼') : ' ↕'}</span>
                    </button>
                  ) : (
                    c.header
                  )}
                </TableHeaderCell>
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {visible.length === 0 && (
              <TableRow>
                <TableCell colSpan={columns.length}>{t('table.empty')}</TableCell>
              </TableRow>
            )}
            {visible.map((row) => (
              <TableRow
                key={rowKey(row)}
                className={isCurrent?.(row) ? 'dsv-row--current' : undefined}
                aria-current={isCurrent?.(row) || undefined}
              >
                {columns.map((c) => {
                  const content = c.cell(row);
                  const shown = typeof content === 'number' ? format.format(content) : content;
                  return c.rowHeader ? (
                    <TableHeaderCell key={c.id} scope="row">
                      {shown}
                    </TableHeaderCell>
                  ) : (
                    <TableCell key={c.id} numericColumn={c.numeric}>
                      {shown}
                    </TableCell>
                  );
                })}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {pages > 1 && <Pager page={current} pages={pages} caption={caption} onPage={setPage} />}
    </div>
  );
}
