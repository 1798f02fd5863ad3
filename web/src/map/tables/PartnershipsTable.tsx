import { Button, Heading2 } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';
import { pointsIn, type Bbox } from '../data/bounds';
import type { MapPoint } from '../data/mapPoint';
import type { NetworkPalette } from '../data/networkColors';
import { NetworkSwatches } from '../legend/NetworkSwatches';
import { usePointColumns } from './usePointColumns';

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
  /** The partnership whose row has focus or the pointer (null: none), for the map to ring. */
  onHighlight?: (id: string | null) => void;
}

const BY_NAME = { key: 'name', direction: 'ascending' } as const;

/**
 * The partnerships in the map view as the kit table: the keyboard path to
 * what the map draws. A focused or hovered row rings its marker; "Details"
 * selects it. The export of every partnership that matches the filters is
 * under the table (ExportActions).
 */
export function PartnershipsTable(props: PartnershipsTableProps) {
  const { points, bbox, inView, networkNames, palette, selectedId, onSelect, onHighlight } = props;
  const { t } = useTranslation('map');
  const headingId = useId();
  const base = usePointColumns();
  const rows = useMemo(() => pointsIn(points, bbox), [points, bbox]);

  const columns = useMemo<Column<MapPoint>[]>(
    () =>
      base
        .map((c): Column<MapPoint> =>
          c.key === 'networks'
            ? { ...c, render: (p: MapPoint) => <NetworkSwatches keys={p.networks} names={networkNames} palette={palette} /> }
            : c,
        )
        .concat({
          key: 'actions',
          label: t('partnerships.actions'),
          value: () => null,
          sortable: false,
          exported: false,
          render: (p: MapPoint) => (
            <Button
              type="button"
              appearance="subtle-button"
              aria-label={t('partnerships.selectLabel', { name: p.name })}
              onClick={() => onSelect(p.id)}
            >
              {t('partnerships.select')}
            </Button>
          ),
        }),
    [base, t, networkNames, palette, onSelect],
  );
  const highlight = useMemo(() => onHighlight && ((p: MapPoint | null) => onHighlight(p?.id ?? null)), [onHighlight]);

  return (
    <section aria-labelledby={headingId} className="dsv-map-section">
      <Heading2 id={headingId}>{t('partnerships.heading')}</Heading2>
      <DataTable
        id="in-beeld"
        name="partnerships"
        caption={t('partnerships.caption', { count: inView })}
        columns={columns}
        rows={rows}
        rowKey={(p) => p.id}
        serverOrder={BY_NAME}
        isCurrent={(p) => p.id === selectedId}
        onRowFocus={highlight}
        onRowHover={highlight}
        exportable={false}
      />
    </section>
  );
}
