import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { useLabels } from '../ui/labels';
import type { TableDetail } from './api';
import { partiesSideBySide, type Sided } from './comparison';
import { useSideLabel } from './useSideLabel';

type PartyRow = Sided<TableDetail['parties'][number]>;

/** The parties of two tables: at both, or at one only. */
export function PairParties({ a, b }: { a: TableDetail; b: TableDetail }) {
  const { t, i18n } = useTranslation('tables');
  const domain = useLabels().domain;
  const side = useSideLabel(a, b);
  const columns: Column<PartyRow>[] = [
    { key: 'party', label: t('compare.party'), value: (r) => r.item.name, rowHeader: true },
    { key: 'domain', label: t('compare.domain'), value: (r) => domain(r.item.domain) },
    { key: 'side', label: t('compare.where'), value: (r) => side(r.side) },
  ];
  return (
    <DataTable
      id="paar-partijen"
      caption={t('compare.partiesCaption')}
      columns={columns}
      rows={partiesSideBySide(a, b, i18n.language)}
      rowKey={(r) => r.item.id}
    />
  );
}
