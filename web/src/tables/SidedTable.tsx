import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { Side, Sided } from './comparison';
import { useSideLabel } from './useSideLabel';

interface SidedTableProps<Item> {
  id: string;
  caption: string;
  a: { name: string };
  b: { name: string };
  /** What the table says about each item; the "at which table" column follows. */
  columns: Column<Sided<Item>>[];
  rows: readonly Sided<Item>[];
  rowKey: (row: Sided<Item>) => string;
  /** The "where" column's header and its values, when not "at table" (e.g. "in partnership"). */
  where?: { label: string; side: (side: Side) => string };
}

/** Items of two tables (parties, municipalities) as the kit table, each with where it is: at both tables or at one. */
export function SidedTable<Item>({ id, caption, a, b, columns, rows, rowKey, where: custom }: SidedTableProps<Item>) {
  const { t } = useTranslation('tables');
  const tableSide = useSideLabel(a, b);
  const side = custom?.side ?? tableSide;
  const where: Column<Sided<Item>> = { key: 'side', label: custom?.label ?? t('compare.where'), value: (r) => side(r.side) };
  return <DataTable id={id} caption={caption} columns={[...columns, where]} rows={rows} rowKey={rowKey} />;
}
