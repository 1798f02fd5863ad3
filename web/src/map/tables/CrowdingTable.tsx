import { Button, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AreaCrowding } from '../../data/queries/crowding';
import { DataTable, type Column } from './DataTable';

interface CrowdingTableProps {
  areas: readonly AreaCrowding[];
  onShow: (area: AreaCrowding) => void;
  onFilter: (area: AreaCrowding) => void;
}

const INITIAL_SORT = { column: 'index', direction: 'descending' } as const;
const METRICS = ['partnerships', 'networks', 'tables', 'parties', 'index'] as const;

/** Crowding per municipality as a sortable, paged table, with "show on map" and "filter" per row. */
export function CrowdingTable({ areas, onShow, onFilter }: CrowdingTableProps) {
  const { t } = useTranslation('map');
  const headingId = useId();

  const columns = useMemo<Column<AreaCrowding>[]>(
    () => [
      { id: 'name', header: t('crowding.name'), cell: (a) => a.name, sortValue: (a) => a.name, rowHeader: true },
      { id: 'province', header: t('crowding.province'), cell: (a) => a.province, sortValue: (a) => a.province },
      ...METRICS.map<Column<AreaCrowding>>((m) => ({
        id: m,
        header: t(`crowding.${m}`),
        cell: (a) => a[m],
        sortValue: (a) => a[m],
        firstDirection: 'descending',
        numeric: true,
      })),
      {
        id: 'actions',
        header: t('crowding.actions'),
        cell: (a) => (
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
    [t, onShow, onFilter],
  );

  return (
    <section aria-labelledby={headingId} className="dsv-map-section">
      <Heading2 id={headingId}>{t('crowding.heading')}</Heading2>
      <Paragraph>{t('crowding.intro')}</Paragraph>
      <DataTable
        caption={t('crowding.caption', { count: areas.length })}
        rows={areas}
        rowKey={(a) => a.code}
        columns={columns}
        initialSort={INITIAL_SORT}
      />
    </section>
  );
}
