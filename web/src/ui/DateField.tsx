import { Button, FormLabel, Textbox } from '@utrecht/component-library-react';
import { useEffect, useId, useState } from 'react';
import { isIsoDate } from '../filters/asOf';
import './date-field.css';

/** How long typing may pause before a date is taken (a typed year passes 0002, 0020, 0202 on its way). */
const DEBOUNCE_MS = 400;
const MIN = '1990-01-01';
const MAX = '2100-12-31';

const usable = (text: string) => isIsoDate(text) && text >= MIN && text <= MAX;

interface DateFieldProps {
  label: string;
  help: string;
  /** yyyy-mm-dd. */
  value: string;
  onChange: (date: string) => void;
  /** A button that sets the default (e.g. "Vandaag"); disabled while the value is the default. */
  reset?: { label: string; disabled: boolean; onReset: () => void };
  /** `name` of the input, and `data-date-field` for tests and styles. */
  name: string;
}

/**
 * A calendar date field (the browser's date picker, typed dates too), taken
 * when it is a whole date and typing pauses; the value given wins when it
 * changes from elsewhere.
 */
export function DateField({ label, help, value, onChange, reset, name }: DateFieldProps) {
  const id = useId();
  const [draft, setDraft] = useState(value);

  useEffect(
    function followGivenDate() {
      setDraft(value);
    },
    [value],
  );

  useEffect(
    function applyAfterPause() {
      if (draft === value || !usable(draft)) return;
      const timer = window.setTimeout(() => onChange(draft), DEBOUNCE_MS);
      return function cancelPendingDate() {
        window.clearTimeout(timer);
      };
    },
    [draft, value, onChange],
  );

  return (
    <div className="dsv-date-field" data-date-field={name} data-date={value}>
      <FormLabel htmlFor={id}>{label}</FormLabel>
      <p id={`${id}-help`} className="dsv-date-field__help">
        {help}
      </p>
      <div className="dsv-date-field__row">
        <Textbox
          id={id}
          type="date"
          name={name}
          min={MIN}
          max={MAX}
          value={draft}
          aria-describedby={`${id}-help`}
          onChange={(e) => setDraft(e.target.value)}
          onBlur={() => usable(draft) || setDraft(value)}
        />
        {reset && (
          <Button type="button" appearance="subtle-button" disabled={reset.disabled} onClick={reset.onReset}>
            {reset.label}
          </Button>
        )}
      </div>
    </div>
  );
}
