import { Checkbox, FieldsetLegend } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useDisclosure } from './useDisclosure';

export interface FilterChoice<T extends string | number> {
  value: T;
  label: string;
}

interface FilterGroupProps<T extends string | number> {
  legend: string;
  /** "2 gekozen": shown next to the legend when something is chosen. */
  chosenLabel: string;
  choices: readonly FilterChoice<T>[];
  selected: readonly T[];
  onChange: (selected: T[]) => void;
}

/**
 * One filter as a disclosure: a summary button that says how many are chosen,
 * opening a fieldset of checkboxes. Escape or a click elsewhere closes it.
 */
export function FilterGroup<T extends string | number>({ legend, chosenLabel, choices, selected, onChange }: FilterGroupProps<T>) {
  const id = useId();
  const ref = useDisclosure<HTMLDetailsElement>();
  const chosen = new Set(selected);

  function toggle(value: T, on: boolean) {
    const next = choices.map((c) => c.value).filter((v) => (v === value ? on : chosen.has(v)));
    onChange(next);
  }

  return (
    <details ref={ref} className="dsv-filter-group">
      <summary className="dsv-filter-group__summary">
        {legend}
        {selected.length > 0 && <span className="dsv-filter-group__count"> ({chosenLabel})</span>}
      </summary>
      <fieldset className="dsv-filter-group__panel utrecht-form-fieldset__fieldset">
        <FieldsetLegend className="dsv-visually-hidden">{legend}</FieldsetLegend>
        {choices.map((choice, index) => (
          <div key={String(choice.value)} className="dsv-filter-group__choice">
            <Checkbox id={`${id}-${index}`} checked={chosen.has(choice.value)} onChange={(e) => toggle(choice.value, e.target.checked)} />
            <label htmlFor={`${id}-${index}`}>{choice.label}</label>
          </div>
        ))}
      </fieldset>
    </details>
  );
}
