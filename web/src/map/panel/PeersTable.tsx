import { Button } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useLabels } from '../../ui/labels';
import { compareLinkFor } from '../../ui/links';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';
import { useUrlParam } from '../../ui/url/useUrlParam';
import type { Peer } from '../api/peers';
import { PeerFilters } from './PeerFilters';
import { PeerShared } from './PeerShared';

interface PeersTableProps {
  /** The selected partnership the peers are near. */
  me: { id: string; name: string };
  peers: readonly Peer[];
  radiusKm: number;
  onSelect: (id: string) => void;
}

/** The panel lists every peer the API returns (it caps them), without pages. */
const ALL_ON_ONE_PAGE = [0];

/** The API's order: shared themes, then distance, then name (DESIGN.md §4). */
const API_ORDER = { key: 'sharedThemes', direction: 'descending' } as const;

/**
 * The peers as the kit table, in the API's order until sorted, narrowed by network and
 * theme: each with its networks, distance, and the themes and parties it shares; a name
 * selects that partnership, "Vergelijken" sets the two side by side.
 */
export function PeersTable({ me, peers, radiusKm, onSelect }: PeersTableProps) {
  const { t } = useTranslation('map');
  const labels = useLabels();
  const [params] = useSearchParams();
  const [network, setNetwork] = useUrlParam('buren-net');
  const [theme, setTheme] = useUrlParam('buren-thema');
  const shown = useMemo(
    () =>
      peers.filter(
        (p) => (!network || p.partnership.networks.some((n) => n.key === network)) && (!theme || p.themesInCommon.includes(theme)),
      ),
    [peers, network, theme],
  );
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
      {
        key: 'networks',
        label: t('peers.networks'),
        value: (p) => p.partnership.networks.map((n) => labels.network(n.key)).join(', ') || null,
      },
      { key: 'distance', label: t('peers.distance'), value: (p) => p.distanceKm, format: 'km', firstSort: 'ascending' },
      { key: 'sharedThemes', label: t('peers.sharedThemes'), value: (p) => p.sharedThemes, format: 'integer' },
      {
        key: 'themesInCommon',
        label: t('peers.themesInCommon'),
        value: (p) => p.themesInCommon.map((x) => labels.theme(x)).join(', ') || null,
        sortable: false,
        render: (p) => <PeerShared items={p.themesInCommon.map((x) => ({ key: x, name: labels.theme(x) }))} />,
      },
      { key: 'sharedParties', label: t('peers.sharedParties'), value: (p) => p.sharedParties, format: 'integer' },
      {
        key: 'partiesInCommon',
        label: t('peers.partiesInCommon'),
        value: (p) => p.partiesInCommon.map((x) => x.name).join(', ') || null,
        sortable: false,
        render: (p) => <PeerShared items={p.partiesInCommon.map((x) => ({ key: x.id, name: x.name, party: true }))} />,
      },
      {
        key: 'compare',
        label: t('peers.compareColumn'),
        value: () => null,
        sortable: false,
        exported: false,
        render: (p) => (
          <Link
            className="utrecht-link utrecht-link--html-a"
            to={compareLinkFor(params, me.id, p.partnership.id)}
            aria-label={t('peers.compareLabel', { a: me.name, b: p.partnership.name })}
          >
            {t('peers.compare')}
          </Link>
        ),
      },
    ],
    [t, onSelect, labels, params, me],
  );
  return (
    <div className="dsv-peers__table">
      <DataTable
        id="buren"
        exportName="in-de-buurt"
        caption={t('peers.caption', { km: radiusKm })}
        columns={columns}
        rows={shown}
        rowKey={(p) => p.partnership.id}
        serverOrder={API_ORDER}
        pageSizes={ALL_ON_ONE_PAGE}
        defaultPageSize={0}
        controls={<PeerFilters peers={peers} network={network} theme={theme} onNetwork={setNetwork} onTheme={setTheme} />}
      />
    </div>
  );
}
