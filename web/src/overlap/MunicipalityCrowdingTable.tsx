import { useTranslation } from 'react-i18next';
import type { Column } from '../dashboards/columns';
import { DataTable } from '../dashboards/DataTable';
import { MapLink } from '../dashboards/MapLink';
import { MAP_ZOOM } from '../dashboards/mapLink';
import type { MunicipalityCrowding } from './api';
import { useCrowdingColumns } from './useCrowdingColumns';

interface MunicipalityCrowdingTableProps {
  rows: readonly MunicipalityCrowding[];
  limit: number | undefined;
}

/** Municipalities by crowding, each with a link to it on the map. */
export function MunicipalityCrowdingTable({ rows, limit }: MunicipalityCrowdingTableProps) {
  const { t } = useTranslation('dashboards');
  const parts = useCrowdingColumns<MunicipalityCrowding>();
  const columns: Column<MunicipalityCrowding>[] = [
    { key: 'name', label: t('crowding.municipality'), value: (r) => r.name, rowHeader: true },
    { key: 'code', label: t('crowding.code'), value: (r) => r.code, render: (r) => <code>{r.code}</code> },
    { key: 'province', label: t('crowding.province'), value: (r) => r.province },
    ...parts,
    {
      key: 'map',
      label: t('map.column'),
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
      limit={limit}
      serverOrder={{ key: 'index', direction: 'descending' }}
    />
  );
}
