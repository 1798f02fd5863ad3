import type { TFunction } from 'i18next';
import type { RegionIndex } from '../../data/queries/regions';
import type { Column } from '../table/columns';

/**
 * Export-only columns for a table of municipalities: the GGD-regio and the
 * zorgkantoorregio of each, by name and CBS code (empty until the regions are loaded).
 */
export function regionColumns<Row>(index: RegionIndex | null, codeOf: (row: Row) => string, t: TFunction<'ui'>): Column<Row>[] {
  const region = (type: 'GGD' | 'ZORGKANTOOR', row: Row) => {
    const code = index?.regionOf[type].get(codeOf(row));
    return code ? (index?.byCode.get(code) ?? null) : null;
  };
  return [
    { key: 'ggd', label: t('regions.ggd'), value: (r) => region('GGD', r)?.name ?? null, shown: false },
    { key: 'ggdCode', label: t('regions.ggdCode'), value: (r) => region('GGD', r)?.code ?? null, shown: false },
    { key: 'zorgkantoor', label: t('regions.zorgkantoor'), value: (r) => region('ZORGKANTOOR', r)?.name ?? null, shown: false },
    { key: 'zorgkantoorCode', label: t('regions.zorgkantoorCode'), value: (r) => region('ZORGKANTOOR', r)?.code ?? null, shown: false },
  ];
}
