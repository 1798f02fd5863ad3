import { useTranslation } from 'react-i18next';
import { FilterBar } from '../filters/FilterBar';

/** The shared filter panel on Overlap, with the as-of date: the views below it count only the partnerships that pass on that date. */
export function OverlapFilters() {
  const { t } = useTranslation('overlap');
  return (
    <details className="dsv-overlap-filters" open>
      <summary>{t('filters.summary')}</summary>
      <FilterBar asOf />
    </details>
  );
}
