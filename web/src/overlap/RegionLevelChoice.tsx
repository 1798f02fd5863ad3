import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../data/queries/regions';
import { useUrlParam } from '../ui/url/useUrlParam';

/** A level of areas: municipalities, or the regions of one type. */
export type AreaLevel = 'MUNICIPALITY' | RegionType;

/** The region level a view shows, kept in the URL under `param` (the first type is the default and leaves it out). */
export function useRegionLevel<T extends AreaLevel>(param: string, types: readonly [T, ...T[]]): [T, (type: T) => void] {
  const [text, setText] = useUrlParam(param);
  const type = types.find((x) => x.toLowerCase() === text) ?? types[0];
  return [type, (x) => setText(x === types[0] ? null : x.toLowerCase())];
}

/** Radio buttons to choose the region level. */
export function RegionLevelChoice<T extends AreaLevel>({
  types,
  type,
  onChange,
}: {
  types: readonly T[];
  type: T;
  onChange: (type: T) => void;
}) {
  const { t } = useTranslation('overlap');
  const id = useId();
  return (
    <Fieldset className="dsv-basis">
      <FieldsetLegend>{t('regionMaps.level')}</FieldsetLegend>
      <div className="dsv-basis__options">
        {types.map((x) => (
          <FormField
            key={x}
            type="radio"
            input={<RadioButton id={`${id}-${x}`} name={`${id}-type`} value={x} checked={type === x} onChange={() => onChange(x)} />}
            label={
              <FormLabel htmlFor={`${id}-${x}`} type="radio" checked={type === x}>
                {t(`regionMaps.type.${x as AreaLevel}`)}
              </FormLabel>
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}
