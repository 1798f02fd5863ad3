import { FormField, FormFieldDescription, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface SeedInputProps {
  value: number;
  onChange: (value: number) => void;
}

/** The seed of the community detection: another seed may group the few in-between nodes otherwise. */
export function SeedInput({ value, onChange }: SeedInputProps) {
  const { t } = useTranslation('overlap');
  const id = useId();
  return (
    <FormField className="dsv-control">
      <FormLabel htmlFor={id}>{t('communities.seed')}</FormLabel>
      <FormFieldDescription id={`${id}-help`}>{t('communities.seedHelp')}</FormFieldDescription>
      <Textbox
        id={id}
        type="number"
        inputMode="numeric"
        min={0}
        max={999999999}
        value={value}
        aria-describedby={`${id}-help`}
        onChange={(e) => {
          const next = Number(e.target.value);
          if (Number.isInteger(next) && next >= 0 && next <= 999_999_999) onChange(next);
        }}
      />
    </FormField>
  );
}
