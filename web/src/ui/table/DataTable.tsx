import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId, type FocusEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../export/ExportButtons';
import { useFormat, type Format } from '../format';
import { isNumeric, type Column } from './columns';
import { Pager } from './Pager';
import { nextSort, SortHeader } from './SortHeader';
import { DEFAULT_PAGE_SIZE, PAGE_SIZES, useTableState, type Sort } from './tableState';
import { useTableExport, type AllRows } from './useTableExport';
import { useTableModel } from './useTableModel';
import './table.css';

export interface DataTableProps<Row> {
  /** Names the table in the URL (`<id>-sort`, `<id>-page`, `<id>-rows`) and, unless `exportName` says otherwise, in file names. */
  id: string;
  caption: string;
  columns: readonly Column<Row>[];
  /** Every row that matches; the table pages them. */
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The order the rows arrive in, shown in the headers until someone sorts. */
  serverOrder?: Sort | null;
  pageSizes?: readonly number[];
  defaultPageSize?: number;
  /** Marks a row (the selection, the pair being compared). */
  isCurrent?: (row: Row) => boolean;
  /** A row got keyboard focus (null: focus left the table). The map highlights the row's marker. */
  onRowFocus?: (row: Row | null) => void;
  /** The pointer is over a row (null: it left). */
  onRowHover?: (row: Row | null) => void;
  /** False for tables that are part of another export (a comparison). Defaults to true. */
  exportable?: boolean;
  exportName?: string;
  /** When `rows` is a top-N from the server: the export fetches every matching row. */
  allRows?: AllRows<Row>;
  /** Marks the table for tests and styles (`data-table`). */
  name?: string;
  /** Extra `data-*` attributes of a row, for styles and tests (e.g. `data-kind`). */
  rowData?: (row: Row) => Record<`data-${string}`, string | undefined>;
  /** Controls that narrow the rows, shown above the table. */
  controls?: ReactNode;
}

/**
 * The one table of the app: sortable (keyboard buttons, `aria-sort`), paged,
 * with rows per page and sort in the URL, a row count, CSV/XLSX of every
 * matching row, and a sideways scroll region on narrow screens.
 */
export function DataTable<Row>(props: DataTableProps<Row>) {
  const { id, caption, columns, rows, rowKey, serverOrder = null, isCurrent, onRowFocus, onRowHover } = props;
  const { pageSizes = PAGE_SIZES, defaultPageSize = DEFAULT_PAGE_SIZE } = props;
  const { t } = useTranslation('ui');
  const captionId = useId();
  const format = useFormat();
  const state = useTableState(id, pageSizes, defaultPageSize);
  const model = useTableModel(rows, columns, rowKey, state);
  const visible = columns.filter((c) => c.shown !== false);
  const shownSort = state.sort ?? serverOrder;
  const actions = useTableExport(caption, props.exportName ?? id, columns, model.sorted, state.sort, props.allRows);
  const leave = (event: FocusEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) onRowFocus?.(null);
  };

  return (
    <div className="dsv-data-table">
      {props.controls && <div className="dsv-data-table__controls">{props.controls}</div>}
      <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table data-table={props.name ?? id}>
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {visible.map((column) => (
                <SortHeader key={column.key} column={column} sort={shownSort} onSort={(c) => state.setSort(nextSort(shownSort, c))} />
              ))}
            </TableRow>
          </TableHeader>
          <TableBody onBlur={onRowFocus ? leave : undefined} onMouseLeave={onRowHover && (() => onRowHover(null))}>
            {model.page.length === 0 && (
              <TableRow>
                <TableCell colSpan={visible.length}>{t('table.empty')}</TableCell>
              </TableRow>
            )}
            {model.page.map((row) => {
              const current = isCurrent?.(row) ?? false;
              return (
                <TableRow
                  key={rowKey(row)}
                  data-key={rowKey(row)}
                  {...props.rowData?.(row)}
                  className={current ? 'dsv-row--current' : undefined}
                  aria-current={current || undefined}
                  onFocus={onRowFocus && (() => onRowFocus(row))}
                  onMouseEnter={onRowHover && (() => onRowHover(row))}
                >
                  {visible.map((column) => (
                    <BodyCell key={column.key} column={column}>
                      {cellContent(column, row, format)}
                    </BodyCell>
                  ))}
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </div>
      <Pager
        caption={caption}
        page={model.pageIndex}
        pages={model.pages}
        start={model.start}
        shown={model.page.length}
        total={rows.length}
        pageSize={state.pageSize}
        pageSizes={pageSizes}
        onPage={state.setPage}
        onPageSize={state.setPageSize}
      />
      {props.exportable !== false && <ExportButtons title={caption} actions={actions} />}
    </div>
  );
}

function BodyCell<Row>({ column, children }: { column: Column<Row>; children: ReactNode }) {
  return column.rowHeader ? (
    <TableHeaderCell scope="row" numericColumn={isNumeric(column)}>
      {children}
    </TableHeaderCell>
  ) : (
    <TableCell numericColumn={isNumeric(column)}>{children}</TableCell>
  );
}

function cellContent<Row>(column: Column<Row>, row: Row, format: Format): ReactNode {
  if (column.render) return column.render(row);
  const value = column.value(row);
  if (typeof value === 'number' && column.format) return format.number(value, column.format);
  return value ?? '–';
}
