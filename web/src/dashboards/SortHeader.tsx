import { TableHeaderCell } from '@utrecht/component-library-react';
import type { Column } from './columns';
import type { Sort } from './sort';

interface SortHeaderProps<Row> {
  column: Column<Row>;
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
  const numeric = column.format !== undefined;
  return (
    <TableHeaderCell scope="col" numericColumn={numeric} aria-sort={active}>
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
