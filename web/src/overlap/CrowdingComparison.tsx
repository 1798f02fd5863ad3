import { Fieldset, FieldsetLegend, FormField, FormLabel, Paragraph, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlParam } from '../ui/url/useUrlParam';

const COMPARISONS = ['absoluut', 'provincie'] as const;
export type Comparison = (typeof COMPARISONS)[number];

/** How the municipalities' crowding is shown, from `?vergelijk=provincie` (default absolute, left out of the URL). */
export function useComparison(): [Comparison, (value: Comparison) => void] {
  const [text, setText] = useUrlParam('vergelijk');
  const value = COMPARISONS.find((c) => c === text) ?? 'absoluut';
  return [value, (v) => setText(v === 'absoluut' ? null : v)];
}

interface CrowdingComparisonProps {
  value: Comparison;
  onChange: (value: Comparison) => void;
}

/** Absolute counts, or against the median of the province; says which is shown, and that per inhabitant needs population data. */
export function CrowdingComparison({ value, onChange }: CrowdingComparisonProps) {
  const { t } = useTranslation('overlap');
  const id = useId();
  return (
    <>
      <Fieldset className="dsv-basis">
        <FieldsetLegend>{t('crowding.compare.legend')}</FieldsetLegend>
        <div className="dsv-basis__options">
          {COMPARISONS.map((c) => (
            <FormField
              key={c}
              type="radio"
              input={<RadioButton id={`${id}-${c}`} name={`${id}-compare`} value={c} checked={value === c} onChange={() => onChange(c)} />}
              label={
                <FormLabel htmlFor={`${id}-${c}`} type="radio" checked={value === c}>
                  {t(`crowding.compare.${c}`)}
                </FormLabel>
              }
            />
          ))}
        </div>
      </Fieldset>
      <Paragraph className="dsv-note" data-testid="crowding-shown">
        {t(`crowding.compare.shown.${value}`)} {t('crowding.compare.perInhabitant')}
      </Paragraph>
    </>
  );
}
