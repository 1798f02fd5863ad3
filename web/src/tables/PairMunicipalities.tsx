import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { TableDetail } from './api';
import { municipalitiesSideBySide, type Sided } from './comparison';
import { useSideLabel } from './useSideLabel';

type MunicipalityRow = Sided<TableDetail['municipalities'][number]>;

/** The region of two tables: municipalities both cover, or one only. */
export function PairMunicipalities({ a, b }: { a: TableDetail; b: TableDetail }) {
  const { t, i18n } = useTranslation('tables');
  const side = useSideLabel(a, b);
  const columns: Column<MunicipalityRow>[] = [
    { key: 'municipality', label: t('compare.municipality'), value: (r) => r.item.name, rowHeader: true },
    { key: 'code', label: t('compare.code'), value: (r) => r.item.code, render: (r) => <code>{r.item.code}</code> },
    { key: 'province', label: t('compare.province'), value: (r) => r.item.province },
    { key: 'side', label: t('compare.where'), value: (r) => side(r.side) },
  ];
  return (
    <DataTable
      id="paar-gemeenten"
      caption={t('compare.municipalitiesCaption')}
      columns={columns}
      rows={municipalitiesSideBySide(a, b, i18n.language)}
      rowKey={(r) => r.item.code}
    />
  );
}
