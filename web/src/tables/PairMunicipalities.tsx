import { useTranslation } from 'react-i18next';
import type { TableDetail } from './api';
import { municipalitiesSideBySide } from './comparison';
import { SidedTable } from './SidedTable';

type Municipality = TableDetail['municipalities'][number];

/** The region of two tables: municipalities both cover, or one only. */
export function PairMunicipalities({ a, b }: { a: TableDetail; b: TableDetail }) {
  const { t, i18n } = useTranslation('tables');
  return (
    <SidedTable<Municipality>
      id="paar-gemeenten"
      caption={t('compare.municipalitiesCaption')}
      a={a}
      b={b}
      columns={[
        { key: 'municipality', label: t('compare.municipality'), value: (r) => r.item.name, rowHeader: true },
        { key: 'code', label: t('compare.code'), value: (r) => r.item.code, render: (r) => <code>{r.item.code}</code> },
        { key: 'province', label: t('compare.province'), value: (r) => r.item.province },
      ]}
      rows={municipalitiesSideBySide(a, b, i18n.language)}
      rowKey={(r) => r.item.code}
    />
  );
}
