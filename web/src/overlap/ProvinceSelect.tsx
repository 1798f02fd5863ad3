import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface ProvinceSelectProps {
  provinces: readonly string[];
  /** The chosen provinces (the shared filter may hold several); none for all. */
  value: readonly string[];
  onChange: (provinces: string[]) => void;
}

/** Narrows the crowding ranking to one province (the shared `prov` filter). */
export function ProvinceSelect({ provinces, value, onChange }: ProvinceSelectProps) {
  const { t, i18n } = useTranslation('overlap');
  const id = useId();
  const sorted = [...provinces].sort((a, b) => a.localeCompare(b, i18n.language));
  return (
    <FormField className="dsv-control">
      <FormLabel htmlFor={id}>{t('crowding.province')}</FormLabel>
      <Select id={id} value={value.join(',')} onChange={(e) => onChange(e.target.value ? e.target.value.split(',') : [])}>
        <SelectOption value="">{t('crowding.allProvinces')}</SelectOption>
        {value.length > 1 && <SelectOption value={value.join(',')}>{value.join(', ')}</SelectOption>}
        {sorted.map((p) => (
          <SelectOption key={p} value={p}>
            {p}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
