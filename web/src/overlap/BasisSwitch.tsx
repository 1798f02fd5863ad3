import { Fieldset, FieldsetLegend, FormField, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { BASES, type OverlapBasis } from './api';

interface BasisSwitchProps {
  basis: OverlapBasis;
  onChange: (basis: OverlapBasis) => void;
}

/** What a network's set is made of: its partnerships, their parties or their municipalities. */
export function BasisSwitch({ basis, onChange }: BasisSwitchProps) {
  const { t } = useTranslation('overlap');
  const id = useId();
  return (
    <Fieldset className="dsv-basis">
      <FieldsetLegend>{t('overlap.basis.legend')}</FieldsetLegend>
      <div className="dsv-basis__options">
        {BASES.map((b) => (
          <FormField
            key={b}
            type="radio"
            input={<RadioButton id={`${id}-${b}`} name={`${id}-basis`} value={b} checked={basis === b} onChange={() => onChange(b)} />}
            label={
              <FormLabel htmlFor={`${id}-${b}`} type="radio" checked={basis === b}>
                {t(`overlap.basis.${b}`)}
              </FormLabel>
            }
          />
        ))}
      </div>
    </Fieldset>
  );
}
