import { TableHeaderCell } from '@utrecht/component-library-react';
import { isNumeric, type Column } from './columns';
import type { Sort } from './tableState';

interface SortHeaderProps<Row> {
  column: Column<Row>;
  /** The order shown: the chosen sort, or the server's order until someone sorts. */
  sort: Sort | null;
  onSort: (column: Column<Row>) => void;
}

/**
 * A column header. Sortable columns hold a button (reachable by keyboard);
 * the header says its current order with `aria-sort`, which screen readers
 * announce with the column name.
 */
export function SortHeader<Row>({ column, sort, onSort }: SortHeaderProps<Row>) {
  const active = sort?.key === column.key ? sort.direction : undefined;
  return (
    <TableHeaderCell scope="col" numericColumn={isNumeric(column)} aria-sort={active}>
      {column.sortable === false ? (
        column.label
      ) : (
        <button type="button" className="dsv-sort" onClick={() => onSort(column)}>
          <span>{column.label}</span>
          <span className={`dsv-sort__icon dsv-sort__icon--${active ?? 'none'}`} aria-hidden="true" />
        </button>
      )}
    </TableHeaderCell>
  );
}

/** Clicking a column: the other direction when it is the one shown, else the column's first direction. */
export function nextSort<Row>(current: Sort | null, column: Column<Row>): Sort {
  if (current?.key === column.key) {
    return { key: column.key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  }
  return { key: column.key, direction: column.firstSort ?? (isNumeric(column) ? 'descending' : 'ascending') };
}
