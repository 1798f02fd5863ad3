import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../ui/labels';
import type { Column } from '../../ui/table/columns';
import type { MapPoint } from '../data/mapPoint';

/**
 * The columns of a partnership on the map, as the table shows them and the
 * exports write them: name, networks and phase by their names, then id and
 * coordinates (export only).
 */
export function usePointColumns(): Column<MapPoint>[] {
  const { t } = useTranslation('map');
  const labels = useLabels();
  return useMemo(
    () => [
      { key: 'name', label: t('partnerships.name'), value: (p) => p.name, rowHeader: true },
      { key: 'networks', label: t('partnerships.networks'), value: (p) => p.networks.map((k) => labels.network(k)).join(', ') },
      { key: 'phase', label: t('partnerships.phase'), value: (p) => labels.phase(p.phase) || null, firstSort: 'ascending' },
      { key: 'id', label: 'id', value: (p) => p.id, shown: false },
      { key: 'lat', label: 'lat', value: (p) => p.lat, shown: false },
      { key: 'lon', label: 'lon', value: (p) => p.lon, shown: false },
    ],
    [t, labels],
  );
}
