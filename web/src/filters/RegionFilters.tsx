import { Button } from '@utrecht/component-library-react';
import { useRegions, type RegionType } from '../data/queries/regions';
import { FilterGroup } from './FilterGroup';
import type { FilterText } from './useFilterTexts';

interface RegionFiltersProps {
  t: FilterText;
  /** The chosen region codes, of any type. */
  selected: readonly string[];
  onChange: (regions: string[]) => void;
}

const GROUPS: [RegionType, 'groups.ggd' | 'groups.zorgkantoor'][] = [
  ['GGD', 'groups.ggd'],
  ['ZORGKANTOOR', 'groups.zorgkantoor'],
];

/**
 * The region filter: a GGD-regio and a zorgkantoorregio group, and a removable
 * chip for each chosen region (a province chosen on the map shows as a chip).
 * Changing one type keeps the regions chosen of the others.
 */
export function RegionFilters({ t, selected, onChange }: RegionFiltersProps) {
  const regions = useRegions();
  if (regions.status !== 'success') return null;
  const { byType, byCode } = regions.data;

  return (
    <>
      {GROUPS.map(([type, legend]) => {
        const own = new Set(byType[type].map((r) => r.code));
        const chosen = selected.filter((code) => own.has(code));
        return (
          <FilterGroup
            key={type}
            legend={t(legend)}
            chosenLabel={t('chosen', { count: chosen.length })}
            choices={byType[type].map((r) => ({ value: r.code, label: r.name }))}
            selected={chosen}
            onChange={(codes) => onChange([...selected.filter((code) => !own.has(code)), ...codes])}
          />
        );
      })}
      {selected.length > 0 && (
        <div className="dsv-filter-chips" role="group" aria-label={t('groups.regions')}>
          <span aria-hidden="true">{t('groups.regions')}:</span>
          {selected.map((code) => {
            const name = byCode.get(code)?.name ?? code;
            return (
              <Button
                key={code}
                type="button"
                appearance="subtle-button"
                className="dsv-filter-chip"
                aria-label={t('removeRegion', { name })}
                onClick={() => onChange(selected.filter((c) => c !== code))}
              >
                {name} <span aria-hidden="true">✕</span>
              </Button>
            );
          })}
        </div>
      )}
    </>
  );
}
