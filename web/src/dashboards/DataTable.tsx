import { Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import { useId, useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from './columns';
import { nextSort, sortRows, type Sort } from './sort';
import { SortHeader } from './SortHeader';
import { TableExport } from './TableExport';
import { useFormat, type NumberFormats } from './useFormat';
import { useSort } from './useSort';

interface DataTableProps<Row> {
  /** Names the table in the URL (`<id>-sort`) and in exported file names. */
  id: string;
  caption: string;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** The order the server returns, shown in the headers until someone sorts. */
  serverOrder?: Sort | null;
  /** Show (and export) only the first rows after sorting. */
  limit?: number;
  /** Marks a row, e.g. the pair being compared. */
  isCurrent?: (row: Row) => boolean;
}

/**
 * A sortable table with CSV and XLSX export of what it shows. On narrow
 * screens it scrolls sideways inside a named, focusable region.
 */
export function DataTable<Row>({ id, caption, columns, rows, rowKey, serverOrder = null, limit, isCurrent }: DataTableProps<Row>) {
  const visible = columns.filter((c) => c.shown !== false);
  const { t, i18n } = useTranslation('dashboards');
  const captionId = useId();
  const format = useFormat();
  const [sort, chosen, setSort] = useSort(id, serverOrder);
  // Until someone sorts, rows keep the server's order and its tie-breaks.
  const shown = useMemo(
    () => (chosen ? sortRows(rows, columns, sort, i18n.language) : rows).slice(0, limit),
    [rows, columns, sort, chosen, i18n.language, limit],
  );

  return (
    <div className="dsv-data-table">
      <div className="dsv-table-scroll" role="region" aria-labelledby={captionId} tabIndex={0}>
        <Table>
          <TableCaption id={captionId}>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              {visible.map((column) => (
                <SortHeader key={column.key} column={column} sort={sort} onSort={(c) => setSort(nextSort(sort, c))} />
              ))}
            </TableRow>
          </TableHeader>
          <TableBody>
            {shown.map((row) => (
              <TableRow key={rowKey(row)} className={isCurrent?.(row) ? 'dsv-row--current' : undefined}>
                {visible.map((column) => (
                  <BodyCell key={column.key} column={column} content={cellContent(column, row, format)} />
                ))}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
      {rows.length === 0 && <p className="dsv-empty">{t('state.empty')}</p>}
      <TableExport title={caption} name={id} columns={columns} rows={shown} />
    </div>
  );
}

function BodyCell<Row>({ column, content }: { column: Column<Row>; content: ReactNode }) {
  const numeric = column.format !== undefined;
  return column.rowHeader ? (
    <TableHeaderCell scope="row" numericColumn={numeric}>
      {content}
    </TableHeaderCell>
  ) : (
    <TableCell numericColumn={numeric}>{content}</TableCell>
  );
}

function cellContent<Row>(column: Column<Row>, row: Row, format: NumberFormats): ReactNode {
  if (column.render) return column.render(row);
  const value = column.value(row);
  if (typeof value === 'number' && column.format) return format[column.format](value);
  return value;
}
