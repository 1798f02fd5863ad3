import { Button } from '@utrecht/component-library-react';
import { useId, type FormEvent } from 'react';
import { AsOfField } from './AsOfField';
import { EMPTY_FILTERS, isEmpty } from './filters';
import { FilterGroups } from './FilterGroups';
import { FilterText } from './FilterText';
import { MunicipalityChips } from './MunicipalityChips';
import { RegionFilters } from './RegionFilters';
import { useLoadingLabel } from '../data/useLoadingLabel';
import { InlineQueryState } from '../ui/InlineQueryState';
import { useFilterOptions } from './useFilterOptions';
import { useFilters } from './useFilters';
import { useFilterTexts } from './useFilterTexts';
import './filter-bar.css';

interface FilterBarProps {
  /** Names for the CBS codes in the `gm` filter, when the view knows them. */
  municipalityNames?: ReadonlyMap<string, string>;
  /** Offer the as-of date ("Stand per"): only where the view's questions take one. */
  asOf?: boolean;
}

/**
 * The as-of date ("Stand per") and the shared filters (network, theme, phase,
 * domain, province, region, municipality, free text) as one search form. Every change goes into the URL through
 * useFilters(), so each view that reads the filters follows it.
 *
 * Usage: `<FilterBar />` (with `asOf` where the view follows the date) anywhere
 * under the router; read the result with `useFilters()` and `useAsOf()`.
 */
export function FilterBar({ municipalityNames, asOf = false }: FilterBarProps) {
  const t = useFilterTexts();
  const headingId = useId();
  const [filters, setFilters] = useFilters();
  const options = useFilterOptions();
  const loadingLabel = useLoadingLabel(options, t('loading'));

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get('q');
    if (typeof text === 'string') setFilters({ text: text.trim() });
  }

  return (
    <form role="search" className="dsv-filter-bar" aria-labelledby={headingId} onSubmit={submit}>
      <h2 id={headingId} className="dsv-visually-hidden">
        {t('heading')}
      </h2>
      {asOf && <AsOfField />}
      <FilterText label={t('text.label')} value={filters.text} onChange={(text) => setFilters({ text })} />
      {options.status === 'success' && <FilterGroups t={t} options={options.data} filters={filters} setFilters={setFilters} />}
      <InlineQueryState
        result={options}
        className="dsv-filter-bar__note"
        texts={{ loading: loadingLabel, error: t('error'), retry: t('retry') }}
      />
      <RegionFilters t={t} selected={filters.regions} onChange={(regions) => setFilters({ regions })} />
      <MunicipalityChips
        codes={filters.municipalities}
        names={municipalityNames}
        onChange={(municipalities) => setFilters({ municipalities })}
      />
      <Button type="button" appearance="secondary-action-button" disabled={isEmpty(filters)} onClick={() => setFilters(EMPTY_FILTERS)}>
        {t('clear')}
      </Button>
    </form>
  );
}
