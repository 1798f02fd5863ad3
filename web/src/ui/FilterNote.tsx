import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_FILTERS, isEmpty, withFilters } from '../filters/filters';
import { useFilters } from '../filters/useFilters';
import { describeFilters } from './filterText';
import { useLabels } from './labels';
import { useRegionNames } from '../data/queries/regions';

/**
 * Says which shared filters (from the link, the map or the network) narrow a
 * list, with names as on screen and a link that drops them. Shows nothing without filters.
 */
export function FilterNote() {
  const { t } = useTranslation('ui');
  const labels = useLabels();
  const regionNames = useRegionNames();
  const [filters] = useFilters();
  const [params] = useSearchParams();
  if (isEmpty(filters)) return null;
  const cleared = withFilters(params, EMPTY_FILTERS).toString();

  return (
    <Paragraph className="dsv-filter-note">
      {t('filters.active', { filters: describeFilters(filters, labels, (f) => t(`filters.${f}`), regionNames) })}{' '}
      <Link className="utrecht-link utrecht-link--html-a" to={{ search: cleared ? `?${cleared}` : '' }}>
        {t('filters.clear')}
      </Link>
    </Paragraph>
  );
}
