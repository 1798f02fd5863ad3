import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { EMPTY_FILTERS, isEmpty, withFilters, type Filters } from '../filters/filters';
import { useFilters } from '../filters/useFilters';

const NAMES = [
  'networks',
  'themes',
  'phases',
  'domains',
  'provinces',
  'municipalities',
  'text',
] as const satisfies readonly (keyof Filters)[];

/**
 * Says which shared filters (from the link, the map or the network) narrow a
 * list, with a link that drops them. Shows nothing without filters.
 */
export function FilterNote() {
  const { t } = useTranslation('dashboards');
  const [filters] = useFilters();
  const [params] = useSearchParams();
  if (isEmpty(filters)) return null;

  const parts = NAMES.flatMap((name) => {
    const value = filters[name];
    const text = Array.isArray(value) ? value.join(', ') : value;
    return text === '' ? [] : [`${t(`filters.${name}`)}: ${text}`];
  });
  const cleared = withFilters(params, EMPTY_FILTERS).toString();

  return (
    <Paragraph className="dsv-filter-note">
      {t('filters.active', { filters: parts.join('; ') })}{' '}
      <Link className="utrecht-link utrecht-link--html-a" to={{ search: cleared ? `?${cleared}` : '' }}>
        {t('filters.clear')}
      </Link>
    </Paragraph>
  );
}
