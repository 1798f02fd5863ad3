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
  /** Compare with the median of the province: its columns, ordered by them. */
  relative?: boolean;
}

/** Municipalities by crowding, each with a link to it on the map. */
export function MunicipalityCrowdingTable({ rows, relative = false }: MunicipalityCrowdingTableProps) {
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
    ...(relative
      ? [
          {
            key: 'provinceMedian',
            label: t('crowding.provinceMedian'),
            value: (r: MunicipalityCrowding) => r.provinceMedian,
            format: 'decimal' as const,
          },
          {
            key: 'relative',
            label: t('crowding.relative'),
            value: (r: MunicipalityCrowding) => r.relativeIndex ?? null,
            format: 'decimal' as const,
          },
        ]
      : []),
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
      caption={relative ? t('crowding.municipalitiesRelativeCaption') : t('crowding.municipalitiesCaption')}
      columns={columns}
      rows={relative ? byRelative(rows) : rows}
      rowKey={(r) => r.code}
      serverOrder={{ key: relative ? 'relative' : 'index', direction: 'descending' }}
    />
  );
}

/** Most crowded against its province first; without a median (0) last; then by code. */
function byRelative(rows: readonly MunicipalityCrowding[]): MunicipalityCrowding[] {
  return [...rows].sort((a, b) => (b.relativeIndex ?? -1) - (a.relativeIndex ?? -1) || (a.code < b.code ? -1 : 1));
}
