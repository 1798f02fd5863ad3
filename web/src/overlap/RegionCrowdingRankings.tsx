import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionCrowding, type RegionType } from '../data/queries/regions';
import { useFilters } from '../filters/useFilters';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import { RegionCrowdingTable } from '../ui/regions/RegionCrowdingTable';
import { useUrlParam } from '../ui/url/useUrlParam';

const TYPES = ['GGD', 'ZORGKANTOOR'] as const satisfies readonly RegionType[];

/** Crowding per GGD-regio or zorgkantoorregio (DESIGN.md §9.1), with a filter button per region. */
export function RegionCrowdingRankings() {
  const { t } = useTranslation('overlap');
  const id = useId();
  const [text, setText] = useUrlParam('regio-niveau');
  const type = TYPES.find((x) => x.toLowerCase() === text) ?? 'GGD';
  const crowding = useRegionCrowding(type);
  const [filters, setFilters] = useFilters();

  return (
    <Section title={t('regionCrowding.title')} intro={t('regionCrowding.intro')} busy={crowding.status === 'loading'}>
      <Fieldset className="dsv-basis">
        <FieldsetLegend>{t('regionMaps.level')}</FieldsetLegend>
        <div className="dsv-basis__options">
          {TYPES.map((x) => (
            <FormField
              key={x}
              type="radio"
              input={
                <RadioButton
                  id={`${id}-${x}`}
                  name={`${id}-type`}
                  value={x}
                  checked={type === x}
                  onChange={() => setText(x === 'GGD' ? null : x.toLowerCase())}
                />
              }
              label={
                <FormLabel htmlFor={`${id}-${x}`} type="radio" checked={type === x}>
                  {t(`regionMaps.type.${x}`)}
                </FormLabel>
              }
            />
          ))}
        </div>
      </Fieldset>
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
