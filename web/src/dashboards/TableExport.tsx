import { useTranslation } from 'react-i18next';
import type { Column } from './columns';
import { downloadCsv } from './export/csv';
import { tableData } from './export/table-data';
import { downloadXlsx } from './export/xlsx';
import { ExportGroup } from './ExportGroup';

interface TableExportProps<Row> {
  title: string;
  /** File name part: `dsv-kaart-<name>.csv`. */
  name: string;
  columns: readonly Column<Row>[];
  /** The rows as shown: sorted and limited like the table. */
  rows: readonly Row[];
}

/** CSV and XLSX downloads of exactly the rows a table shows. */
export function TableExport<Row>({ title, name, columns, rows }: TableExportProps<Row>) {
  const { t } = useTranslation('dashboards');
  const data = () => tableData(columns, rows);
  return (
    <ExportGroup
      title={title}
      actions={[
        { label: t('export.csv'), run: () => downloadCsv(data(), name) },
        { label: t('export.xlsx'), run: () => downloadXlsx(data(), name, title) },
      ]}
    />
  );
}
