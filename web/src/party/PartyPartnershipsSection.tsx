import { useTranslation } from 'react-i18next';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { PartyDetail, PartyPartnership } from './api';
import { CountTable } from './CountTable';
import { countBy, provincesOf } from './counts';

/** The party's partnerships counted per network, and listed with their networks and provinces. */
export function PartyPartnershipsSection({ party }: { party: PartyDetail }) {
  const { t } = useTranslation('party');
  const labels = useLabels();
  const none = t('partnerships.noNetwork');
  const columns: Column<PartyPartnership>[] = [
    { key: 'name', label: t('partnerships.name'), value: (r) => r.name, rowHeader: true },
    { key: 'networks', label: t('partnerships.networks'), value: (r) => r.networks.map((n) => labels.network(n.key)).join(', ') || null },
    { key: 'provinces', label: t('partnerships.provinces'), value: (r) => provincesOf(r).join(', ') || null },
    { key: 'id', label: t('partnerships.id'), value: (r) => r.id, shown: false },
  ];
  return (
    <Section title={t('partnerships.title')} intro={t('partnerships.intro')}>
      <CountTable
        id="partij-netwerken"
        caption={t('partnerships.byNetwork')}
        keyLabel={t('partnerships.network')}
        countLabel={t('partnerships.count')}
        rows={countBy(party.partnerships, (p) => (p.networks.length > 0 ? p.networks.map((n) => n.key) : [none]))}
        label={(k) => (k === none ? k : labels.network(k))}
      />
      <DataTable
        id="partij-samenwerkingsverbanden"
        caption={t('partnerships.caption', { name: party.name })}
        columns={columns}
        rows={party.partnerships}
        rowKey={(r) => r.id}
      />
    </Section>
  );
}
