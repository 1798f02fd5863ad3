import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { MapLink } from '../ui/MapLink';
import { MAP_ZOOM } from '../ui/links';
import { regionColumns } from '../ui/regions/regionColumns';
import { useRegions } from '../data/queries/regions';
import type { MunicipalityCrowding } from './api';
import { useCrowdingColumns } from './useCrowdingColumns';

interface MunicipalityCrowdingTableProps {
  rows: readonly MunicipalityCrowding[];
}

/** Municipalities by crowding, each with a link to it on the map. */
export function MunicipalityCrowdingTable({ rows }: MunicipalityCrowdingTableProps) {
  const { t } = useTranslation('overlap');
  const { t: tUi } = useTranslation('ui');
  const parts = useCrowdingColumns<MunicipalityCrowding>();
  const regions = useRegions();
  const columns: Column<MunicipalityCrowding>[] = [
    { key: 'name', label: t('crowding.municipality'), value: (r) => r.name, rowHeader: true },
    { key: 'code', label: t('crowding.code'), value: (r) => r.code, render: (r) => <code>{r.code}</code> },
    { key: 'province', label: t('crowding.province'), value: (r) => r.province },
    ...regionColumns<MunicipalityCrowding>(regions.status === 'success' ? regions.data : null, (r) => r.code, tUi),
    ...parts,
    {
      key: 'map',
      label: t('links.mapColumn', { ns: 'ui' }),
      value: (r) => r.code,
      sortable: false,
      exported: false,
      render: (r) => <MapLink place={r.name} filter={{ municipalities: [r.code] }} centre={r.location} zoom={MAP_ZOOM.municipality} />,
    },
  ];
  return (
    <DataTable
      id="gemeenten"
      caption={t('crowding.municipalitiesCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      serverOrder={{ key: 'index', direction: 'descending' }}
    />
  );
}
