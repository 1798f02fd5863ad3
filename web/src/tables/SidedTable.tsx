import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { TableDetail } from './api';
import type { Sided } from './comparison';
import { useSideLabel } from './useSideLabel';

interface SidedTableProps<Item> {
  id: string;
  caption: string;
  a: TableDetail;
  b: TableDetail;
  /** What the table says about each item; the "at which table" column follows. */
  columns: Column<Sided<Item>>[];
  rows: readonly Sided<Item>[];
  rowKey: (row: Sided<Item>) => string;
}

/** Items of two tables (parties, municipalities) as the kit table, each with where it is: at both tables or at one. */
export function SidedTable<Item>({ id, caption, a, b, columns, rows, rowKey }: SidedTableProps<Item>) {
  const { t } = useTranslation('tables');
  const side = useSideLabel(a, b);
  const where: Column<Sided<Item>> = { key: 'side', label: t('compare.where'), value: (r) => side(r.side) };
  return <DataTable id={id} caption={caption} columns={[...columns, where]} rows={rows} rowKey={rowKey} />;
}
