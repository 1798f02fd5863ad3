import { Fieldset, FieldsetLegend, FormLabel, RadioButton } from '@utrecht/component-library-react';
import { useId } from 'react';

interface ChoiceGroupProps<T extends string | number> {
  legend: string;
  /** A sentence under the legend that explains the choice. */
  hint?: string;
  value: T;
  choices: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}

/** A row of radio buttons: one choice, always visible (a few options only). */
export function ChoiceGroup<T extends string | number>({ legend, hint, value, choices, onChange }: ChoiceGroupProps<T>) {
  const name = useId();
  return (
    <Fieldset className="dsv-network__choices">
      <FieldsetLegend>{legend}</FieldsetLegend>
      {hint && <p className="dsv-network__hint">{hint}</p>}
      {choices.map((choice) => {
        const id = `${name}-${choice.value}`;
        return (
          <span key={choice.value} className="dsv-network__check">
            <RadioButton
              id={id}
              name={name}
              value={String(choice.value)}
              checked={choice.value === value}
              onChange={() => onChange(choice.value)}
            />
            <FormLabel htmlFor={id} type="radio">
              {choice.label}
            </FormLabel>
          </span>
        );
      })}
    </Fieldset>
  );
}
