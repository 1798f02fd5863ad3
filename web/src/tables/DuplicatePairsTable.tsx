import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { useLabels } from '../ui/labels';
import { DataTable } from '../ui/table/DataTable';
import type { TablePair, TableSummary } from './api';
import { CompareLink } from './CompareLink';

interface DuplicatePairsTableProps {
  pairs: readonly TablePair[];
  index: ReadonlyMap<string, TableSummary>;
  current: { a: string; b: string } | null;
  /** Called when someone asks to compare a pair (before the URL changes). */
  onCompare: () => void;
}

/** The candidate duplicate tables, most alike first. */
export function DuplicatePairsTable({ pairs, index, current, onCompare }: DuplicatePairsTableProps) {
  const { t } = useTranslation('tables');
  const labels = useLabels();
  const name = (id: string) => index.get(id)?.name ?? id;
  const theme = (p: TablePair) => {
    const [a = '–', b = '–'] = [index.get(p.a)?.theme, index.get(p.b)?.theme].map((x) => (x ? labels.theme(x) : '–'));
    return a === b ? a : `${a} / ${b}`;
  };
  const isCurrent = (p: TablePair) => current?.a === p.a && current.b === p.b;
  const columns: Column<TablePair>[] = [
    { key: 'a', label: t('duplicates.a'), value: (p) => name(p.a), rowHeader: true },
    { key: 'b', label: t('duplicates.b'), value: (p) => name(p.b) },
    { key: 'theme', label: t('duplicates.theme'), value: theme },
    { key: 'jaccard', label: t('duplicates.jaccard'), value: (p) => p.jaccard, format: 'jaccard' },
    { key: 'shared', label: t('duplicates.shared'), value: (p) => p.shared, format: 'integer' },
    { key: 'sharedMunicipalities', label: t('duplicates.sharedMunicipalities'), value: (p) => p.sharedMunicipalities, format: 'integer' },
    { key: 'idA', label: t('duplicates.idA'), value: (p) => p.a, shown: false },
    { key: 'idB', label: t('duplicates.idB'), value: (p) => p.b, shown: false },
    {
      key: 'compare',
      label: t('duplicates.compareColumn'),
      value: (p) => `${p.a},${p.b}`,
      sortable: false,
      exported: false,
      render: (p) => (
        <CompareLink
          pair={p}
          names={t('duplicates.pairName', { a: name(p.a), b: name(p.b) })}
          current={isCurrent(p)}
          onCompare={onCompare}
        />
      ),
    },
  ];
  return (
    <DataTable
      id="dubbele-tafels"
      caption={t('duplicates.caption')}
      columns={columns}
      rows={pairs}
      rowKey={(p) => `${p.a},${p.b}`}
      serverOrder={{ key: 'jaccard', direction: 'descending' }}
      isCurrent={isCurrent}
    />
  );
}
