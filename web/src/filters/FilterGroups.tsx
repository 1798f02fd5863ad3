import type { Filters } from './filters';
import { domainLabel, phaseLabel } from './filterLabels';
import type { FilterOptions } from './filterOptions';
import { FilterGroup } from './FilterGroup';
import type { FilterText } from './useFilterTexts';
import { useLabels } from '../ui/labels';

interface FilterGroupsProps {
  t: FilterText;
  options: FilterOptions;
  filters: Filters;
  setFilters: (change: Partial<Filters>) => void;
}

/** The checkbox filters: network, theme, phase, domain, province. */
export function FilterGroups({ t, options, filters, setFilters }: FilterGroupsProps) {
  const labels = useLabels();
  const chosen = (n: number) => t('chosen', { count: n });
  const plain = (values: readonly string[]) => values.map((v) => ({ value: v, label: v }));
  return (
    <>
      <FilterGroup
        legend={t('groups.networks')}
        chosenLabel={chosen(filters.networks.length)}
        choices={options.networks
          .map((n) => ({ value: n.key, label: labels.network(n.key, n.name) }))
          .sort((a, b) => a.label.localeCompare(b.label, labels.language))}
        selected={filters.networks}
        onChange={(networks) => setFilters({ networks })}
      />
      <FilterGroup
        legend={t('groups.themes')}
        chosenLabel={chosen(filters.themes.length)}
        choices={options.themes.map((v) => ({ value: v, label: labels.theme(v) }))}
        selected={filters.themes}
        onChange={(themes) => setFilters({ themes })}
      />
      <FilterGroup
        legend={t('groups.phases')}
        chosenLabel={chosen(filters.phases.length)}
        choices={options.phases.map((p) => ({ value: p, label: phaseLabel(labels, p) }))}
        selected={filters.phases}
        onChange={(phases) => setFilters({ phases })}
      />
      <FilterGroup
        legend={t('groups.domains')}
        chosenLabel={chosen(filters.domains.length)}
        choices={options.domains.map((d) => ({ value: d, label: domainLabel(labels, d) }))}
        selected={filters.domains}
        onChange={(domains) => setFilters({ domains })}
      />
      <FilterGroup
        legend={t('groups.provinces')}
        chosenLabel={chosen(filters.provinces.length)}
        choices={plain(options.provinces)}
        selected={filters.provinces}
        onChange={(provinces) => setFilters({ provinces })}
      />
    </>
  );
}
