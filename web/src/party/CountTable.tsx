import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';

interface CountTableProps {
  id: string;
  caption: string;
  keyLabel: string;
  countLabel: string;
  rows: readonly { key: string; count: number }[];
  /** The key as the screen names it (a theme's or a network's label). */
  label?: (key: string) => string;
}

/** How many items fall under each key (province, theme, network), most first. */
export function CountTable({ id, caption, keyLabel, countLabel, rows, label = (k) => k }: CountTableProps) {
  const columns: Column<{ key: string; count: number }>[] = [
    { key: 'key', label: keyLabel, value: (r) => label(r.key), rowHeader: true },
    { key: 'count', label: countLabel, value: (r) => r.count, format: 'integer' },
  ];
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.key}
      serverOrder={{ key: 'count', direction: 'descending' }}
      defaultPageSize={10}
    />
  );
}
