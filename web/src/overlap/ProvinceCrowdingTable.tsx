import { useTranslation } from 'react-i18next';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { MapLink } from '../ui/MapLink';
import { MAP_ZOOM, type LatLon } from '../ui/links';
import type { ProvinceCrowding } from './api';
import { useCrowdingColumns } from './useCrowdingColumns';

interface ProvinceCrowdingTableProps {
  rows: readonly ProvinceCrowding[];
  /** Where to centre the map for each province. */
  centres: ReadonlyMap<string, LatLon | null>;
  selected: readonly string[];
}

/** Provinces by crowding, each element counted once per province. */
export function ProvinceCrowdingTable({ rows, centres, selected }: ProvinceCrowdingTableProps) {
  const { t } = useTranslation('overlap');
  const parts = useCrowdingColumns<ProvinceCrowding>();
  const columns: Column<ProvinceCrowding>[] = [
    { key: 'province', label: t('crowding.province'), value: (r) => r.province, rowHeader: true },
    { key: 'municipalities', label: t('crowding.municipalities'), value: (r) => r.municipalities, format: 'integer' },
    ...parts,
    {
      key: 'map',
      label: t('links.mapColumn', { ns: 'ui' }),
      value: (r) => r.province,
      sortable: false,
      exported: false,
      render: (r) => (
        <MapLink
          place={r.province}
          filter={{ provinces: [r.province] }}
          centre={centres.get(r.province) ?? null}
          zoom={MAP_ZOOM.province}
        />
      ),
    },
  ];
  return (
    <DataTable
      id="provincies"
      caption={t('crowding.provincesCaption')}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.province}
      serverOrder={{ key: 'index', direction: 'descending' }}
      isCurrent={(r) => selected.includes(r.province)}
    />
  );
}
