import { FormField, FormFieldDescription, FormLabel } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';
import { JACCARD } from './useMinJaccard';

interface JaccardSliderProps {
  value: number;
  onChange: (value: number) => void;
}

/**
 * The duplicate-table threshold as a native range input, the same on Tafels, a party's page
 * and the tables graph: arrow keys, Page Up/Down,
 * Home and End work as everywhere; screen readers hear the value as written
 * in the UI language.
 */
export function JaccardSlider({ value, onChange }: JaccardSliderProps) {
  const { t } = useTranslation('ui');
  const format = useFormat();
  const id = useId();
  const text = format.jaccard(value);
  return (
    <FormField className="dsv-control dsv-slider">
      <FormLabel htmlFor={id}>{t('jaccard.threshold')}</FormLabel>
      <FormFieldDescription id={`${id}-help`}>{t('jaccard.thresholdHelp')}</FormFieldDescription>
      <div className="dsv-slider__row">
        <input
          id={id}
          className="dsv-slider__input"
          type="range"
          min={JACCARD.min}
          max={JACCARD.max}
          step={JACCARD.step}
          value={value}
          aria-valuetext={text}
          aria-describedby={`${id}-help`}
          onChange={(e) => onChange(Number(e.target.value))}
        />
        <output className="dsv-slider__value" htmlFor={id}>
          {text}
        </output>
      </div>
    </FormField>
  );
}
