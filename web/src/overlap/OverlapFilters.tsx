import { useTranslation } from 'react-i18next';
import { FilterBar } from '../filters/FilterBar';

/** The shared filter panel on Overlap: the views below it count only the partnerships that pass (on the date, with `asOf`). */
export function OverlapFilters({ asOf = false }: { asOf?: boolean }) {
  const { t } = useTranslation('overlap');
  return (
    <details className="dsv-overlap-filters" open>
      <summary>{t('filters.summary')}</summary>
      <FilterBar asOf={asOf} />
    </details>
  );
}
