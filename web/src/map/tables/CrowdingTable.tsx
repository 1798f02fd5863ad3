import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaCrowding } from '../../data/queries/crowding';
import type { RegionIndex } from '../../data/queries/regions';
import { regionColumns } from '../../ui/regions/regionColumns';
import type { Column } from '../../ui/table/columns';
import { DataTable } from '../../ui/table/DataTable';

interface CrowdingTableProps {
  areas: readonly AreaCrowding[];
  /** For the GGD-regio and zorgkantoorregio columns of the export. */
  regions: RegionIndex | null;
  onShow: (area: AreaCrowding) => void;
  onFilter: (area: AreaCrowding) => void;
  /** The row in focus (or null): the map outlines that municipality. */
  onFocusRow?: (area: AreaCrowding | null) => void;
}

const BY_INDEX = { key: 'index', direction: 'descending' } as const;
const METRICS = ['partnerships', 'networks', 'tables', 'parties', 'index'] as const;

/**
 * Crowding per municipality as the kit table (every municipality in the export,
 * with its GGD-regio and zorgkantoorregio), with "show on map" and "filter" per row.
 */
export function CrowdingTable({ areas, regions, onShow, onFilter, onFocusRow }: CrowdingTableProps) {
  const { t } = useTranslation('map');
  const { t: tUi } = useTranslation('ui');
  const headingId = useId();

  const columns = useMemo<Column<AreaCrowding>[]>(
    () => [
      { key: 'name', label: t('crowding.name'), value: (a) => a.name, rowHeader: true },
      { key: 'code', label: 'CBS', value: (a) => a.code, shown: false },
      { key: 'province', label: t('crowding.province'), value: (a) => a.province },
      ...regionColumns<AreaCrowding>(regions, (a) => a.code, tUi),
      ...METRICS.map<Column<AreaCrowding>>((m) => ({ key: m, label: t(`crowding.${m}`), value: (a) => a[m], format: 'integer' })),
      {
        key: 'actions',
        label: t('crowding.actions'),
        value: () => null,
        sortable: false,
        exported: false,
        render: (a) => (
          <span className="dsv-row-actions">
            {a.location && (
              <Button
                type="button"
                appearance="subtle-button"
                aria-label={t('crowding.showLabel', { name: a.name })}
                onClick={() => onShow(a)}
              >
                {t('crowding.show')}
              </Button>
            )}
            <Button
              type="button"
              appearance="subtle-button"
              aria-label={t('crowding.filterLabel', { name: a.name })}
              onClick={() => onFilter(a)}
            >
              {t('crowding.filter')}
            </Button>
          </span>
        ),
      },
    ],
    [t, tUi, regions, onShow, onFilter],
  );

  return (
    <section aria-labelledby={headingId} className="dsv-map-section">
      <Heading2 id={headingId}>{t('crowding.heading')}</Heading2>
      <Paragraph>{t('crowding.intro')}</Paragraph>
      <DataTable
        id="drukte"
        exportName="drukte-gemeenten"
        caption={t('crowding.caption', { count: areas.length })}
        columns={columns}
        rows={areas}
        rowKey={(a) => a.code}
        serverOrder={BY_INDEX}
        onRowFocus={onFocusRow}
      />
    </section>
  );
}
