import { Button, Heading2 } from '@utrecht/component-library-react';
import { useCallback, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { phaseLabel } from '../../filters/filterLabels';
import { useFilterTexts } from '../../filters/useFilterTexts';
import type { MapPoint } from '../api/mapPoints';
import { contains, type Bbox } from '../data/bounds';
import type { NetworkPalette } from '../data/networkColors';
import { NetworkSwatches } from '../legend/NetworkSwatches';
import { DataTable, type Column } from './DataTable';

interface PartnershipsTableProps {
  /** Every point on the map; the table shows those in `bbox`. */
  points: readonly MapPoint[];
  bbox: Bbox | null;
  /** How many are in view (the page counts them already). */
  inView: number;
  networkNames: ReadonlyMap<string, string>;
  palette: NetworkPalette;
  selectedId: string | null;
  onSelect: (id: string) => void;
}

const INITIAL_SORT = { column: 'name', direction: 'ascending' } as const;

/** The partnerships in the map view as a sortable, paged table, each with a "details" action. */
export function PartnershipsTable({ points, bbox, inView, networkNames, palette, selectedId, onSelect }: PartnershipsTableProps) {
  const { t } = useTranslation('map');
  const ft = useFilterTexts();
  const headingId = useId();

  const columns = useMemo<Column<MapPoint>[]>(
    () => [
      { id: 'name', header: t('partnerships.name'), cell: (p) => p.name, sortValue: (p) => p.name, rowHeader: true },
      {
        id: 'networks',
        header: t('partnerships.networks'),
        cell: (p) => <NetworkSwatches keys={p.networks} names={networkNames} palette={palette} />,
        sortValue: (p) => p.networks.map((k) => networkNames.get(k) ?? k).join(', '),
      },
      {
        id: 'phase',
        header: t('partnerships.phase'),
        cell: (p) => (p.phase === null ? '–' : phaseLabel(ft, p.phase)),
        sortValue: (p) => p.phase ?? 0,
      },
      {
        id: 'actions',
        header: t('partnerships.actions'),
        cell: (p) => (
          <Button
            type="button"
            appearance="subtle-button"
            aria-label={t('partnerships.selectLabel', { name: p.name })}
            onClick={() => onSelect(p.id)}
          >
            {t('partnerships.select')}
          </Button>
        ),
      },
    ],
    [t, ft, networkNames, palette, onSelect],
  );

  const inBbox = useCallback((p: MapPoint) => bbox === null || contains(bbox, p.lat, p.lon), [bbox]);

  return (
    <section aria-labelledby={headingId} className="dsv-map-section">
      <Heading2 id={headingId}>{t('partnerships.heading')}</Heading2>
      <DataTable
        caption={t('partnerships.caption', { count: inView })}
        rows={points}
        filter={inBbox}
        rowKey={(p) => p.id}
        columns={columns}
        initialSort={INITIAL_SORT}
        isCurrent={(p) => p.id === selectedId}
      />
    </section>
  );
}
