import { Button } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../../data/queries/regions';
import type { Column } from '../table/columns';
import { DataTable } from '../table/DataTable';

/** Crowding in one region, as the table shows it. */
export interface RegionRow {
  code: string;
  name: string;
  partnerships: number;
  networks: number;
  tables: number;
  parties: number;
  index: number;
}

interface RegionCrowdingTableProps {
  id: string;
  type: RegionType;
  rows: readonly RegionRow[];
  /** The region codes in the filters: their rows are marked current. */
  selected?: readonly string[];
  /** Sets the region filter; without it the table has no action column. */
  onFilter?: (row: RegionRow) => void;
  /** The row in focus (or null): the map outlines that region. */
  onFocusRow?: (row: RegionRow | null) => void;
}

const BY_INDEX = { key: 'index', direction: 'descending' } as const;
const METRICS = ['partnerships', 'networks', 'tables', 'parties', 'index'] as const;

/**
 * Crowding per region (GGD-regio, zorgkantoorregio, provincie) as the kit
 * table: name and CBS code on screen and in every export, and a "filter"
 * button per row, the keyboard's way to choose a region.
 */
export function RegionCrowdingTable({ id, type, rows, selected = [], onFilter, onFocusRow }: RegionCrowdingTableProps) {
  const { t } = useTranslation('ui');

  const columns = useMemo<Column<RegionRow>[]>(
    () => [
      { key: 'name', label: t(`regions.type.${type}`), value: (r) => r.name, rowHeader: true },
      { key: 'code', label: t('regions.code'), value: (r) => r.code },
      ...METRICS.map<Column<RegionRow>>((m) => ({ key: m, label: t(`regions.${m}`), value: (r) => r[m], format: 'integer' })),
      ...(onFilter
        ? [
            {
              key: 'actions',
              label: t('regions.actions'),
              value: () => null,
              sortable: false,
              exported: false,
              render: (r: RegionRow) => (
                <Button
                  type="button"
                  appearance="subtle-button"
                  aria-label={t('regions.filterLabel', { name: r.name })}
                  aria-pressed={selected.includes(r.code)}
                  onClick={() => onFilter(r)}
                >
                  {t('regions.filter')}
                </Button>
              ),
            } satisfies Column<RegionRow>,
          ]
        : []),
    ],
    [t, type, onFilter, selected],
  );

  return (
    <DataTable
      id={id}
      exportName={`drukte-${type.toLowerCase()}`}
      caption={t('regions.caption', { type: t(`regions.type.${type}`), count: rows.length })}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      serverOrder={BY_INDEX}
      isCurrent={(r) => selected.includes(r.code)}
      onRowFocus={onFocusRow}
    />
  );
}
