import { useTranslation } from 'react-i18next';
import { useRegionCrowding, type RegionType } from '../data/queries/regions';
import { useFilters } from '../filters/useFilters';
import { Section } from '../ui/page/Section';
import { RegionLevelChoice, useRegionLevel } from './RegionLevelChoice';
import { QueryView } from '../ui/QueryView';
import { RegionCrowdingTable } from '../ui/regions/RegionCrowdingTable';

const TYPES = ['GGD', 'ZORGKANTOOR'] as const satisfies readonly RegionType[];

/** Crowding per GGD-regio or zorgkantoorregio (DESIGN.md §9.1), with a filter button per region. */
export function RegionCrowdingRankings() {
  const { t } = useTranslation('overlap');
  const [type, setType] = useRegionLevel('regio-niveau', TYPES);
  const crowding = useRegionCrowding(type);
  const [filters, setFilters] = useFilters();

  return (
    <Section title={t('regionCrowding.title')} intro={t('regionCrowding.intro')} busy={crowding.status === 'loading'}>
      <RegionLevelChoice types={TYPES} type={type} onChange={setType} />
      <QueryView result={crowding}>
        {(rows) => (
          <RegionCrowdingTable
            id="regios"
            type={type}
            rows={rows
              .filter((r) => r.region.type === type)
              .map(({ region, ...counts }) => ({ code: region.code, name: region.name, ...counts }))}
            selected={filters.regions}
            onFilter={(r) =>
              setFilters({
                regions: filters.regions.includes(r.code) ? filters.regions.filter((c) => c !== r.code) : [...filters.regions, r.code],
              })
            }
          />
        )}
      </QueryView>
    </Section>
  );
}
