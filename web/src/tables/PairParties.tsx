import { useTranslation } from 'react-i18next';
import { useLabels } from '../ui/labels';
import { PartyLink } from '../ui/PartyLink';
import type { TableDetail } from './api';
import { partiesSideBySide } from './comparison';
import { SidedTable } from './SidedTable';

type Party = TableDetail['parties'][number];

/** The parties of two tables: at both, or at one only. */
export function PairParties({ a, b }: { a: TableDetail; b: TableDetail }) {
  const { t, i18n } = useTranslation('tables');
  const domain = useLabels().domain;
  return (
    <SidedTable<Party>
      id="paar-partijen"
      caption={t('compare.partiesCaption')}
      a={a}
      b={b}
      columns={[
        {
          key: 'party',
          label: t('compare.party'),
          value: (r) => r.item.name,
          rowHeader: true,
          render: (r) => <PartyLink id={r.item.id}>{r.item.name}</PartyLink>,
        },
        { key: 'domain', label: t('compare.domain'), value: (r) => domain(r.item.domain) },
      ]}
      rows={partiesSideBySide(a, b, i18n.language)}
      rowKey={(r) => r.item.id}
    />
  );
}
