import { Heading3 } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../ui/labels';
import { PartyLink } from '../ui/PartyLink';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import type { CommunityRow } from './api';

type Member = CommunityRow['partnerships'][number];
type Party = CommunityRow['parties'][number];

/** One community's partnerships (with their networks) and parties (with their domain). */
export function CommunityDetail({ community }: { community: CommunityRow }) {
  const { t } = useTranslation('overlap');
  const labels = useLabels();
  const partnershipColumns: Column<Member>[] = [
    { key: 'name', label: t('communities.partnership'), value: (p) => p.name, rowHeader: true },
    { key: 'networks', label: t('communities.networks'), value: (p) => p.networks.map((n) => labels.network(n)).join(', ') || null },
    { key: 'id', label: t('communities.code'), value: (p) => p.id, shown: false },
  ];
  const partyColumns: Column<Party>[] = [
    {
      key: 'name',
      label: t('communities.party'),
      value: (p) => p.name,
      rowHeader: true,
      render: (p) => <PartyLink id={p.id}>{p.name}</PartyLink>,
    },
    { key: 'domain', label: t('communities.domain'), value: (p) => (p.domain ? labels.domain(p.domain) : null) },
    { key: 'id', label: t('communities.code'), value: (p) => p.id, shown: false },
  ];
  return (
    <div id="gemeenschap" className="dsv-anchor" tabIndex={-1}>
      <Heading3>{t('communities.detail', { id: community.id })}</Heading3>
      <DataTable
        id="gemeenschap-samenwerkingsverbanden"
        caption={t('communities.partnershipsCaption', { id: community.id })}
        columns={partnershipColumns}
        rows={community.partnerships}
        rowKey={(p) => p.id}
      />
      <DataTable
        id="gemeenschap-partijen"
        caption={t('communities.partiesCaption', { id: community.id })}
        columns={partyColumns}
        rows={community.parties}
        rowKey={(p) => p.id}
      />
    </div>
  );
}
