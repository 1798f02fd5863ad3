import { Button } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';
import type { Peer } from '../api/peers';

interface PeersTableProps {
  peers: readonly Peer[];
  radiusKm: number;
  onSelect: (id: string) => void;
}

/** The panel lists every peer the API returns (it caps them), without pages. */
const ALL_ON_ONE_PAGE = [0];

/** The API's order: shared themes, then distance, then name (DESIGN.md §4). */
const API_ORDER = { key: 'sharedThemes', direction: 'descending' } as const;

/** The peers as the kit table, in the API's order until sorted; a name selects that partnership. */
export function PeersTable({ peers, radiusKm, onSelect }: PeersTableProps) {
  const { t } = useTranslation('map');
  const columns = useMemo<Column<Peer>[]>(
    () => [
      {
        key: 'name',
        label: t('peers.name'),
        value: (p) => p.partnership.name,
        rowHeader: true,
        render: (p) => (
          <Button type="button" appearance="subtle-button" className="dsv-link-button" onClick={() => onSelect(p.partnership.id)}>
            {p.partnership.name}
          </Button>
        ),
      },
      { key: 'distance', label: t('peers.distance'), value: (p) => p.distanceKm, format: 'km', firstSort: 'ascending' },
      { key: 'sharedThemes', label: t('peers.sharedThemes'), value: (p) => p.sharedThemes, format: 'integer' },
      { key: 'sharedParties', label: t('peers.sharedParties'), value: (p) => p.sharedParties, format: 'integer' },
    ],
    [t, onSelect],
  );
  return (
    <div className="dsv-peers__table">
      <DataTable
        id="buren"
        exportName="in-de-buurt"
        caption={t('peers.caption', { km: radiusKm })}
        columns={columns}
        rows={peers}
        rowKey={(p) => p.partnership.id}
        serverOrder={API_ORDER}
        pageSizes={ALL_ON_ONE_PAGE}
        defaultPageSize={0}
      />
    </div>
  );
}
