import {
  FormField,
  FormFieldErrorMessage,
  FormFieldTextarea,
  FormFieldTextbox,
  FormLabel,
  Select,
  SelectOption,
} from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import type { FieldSpec } from './fields';

interface FieldControlProps {
  spec: FieldSpec;
  value: string;
  error: string | undefined;
  onChange: (value: string) => void;
}

/** One form field from the NL Design System components: label, help, the field-level error, the control. */
export function FieldControl({ spec, value, error, onChange }: FieldControlProps) {
  const { t } = useTranslation('living');
  const text = useDataLabel();
  const id = useId();
  const label = text('fields', spec.name);
  const help = text('help', spec.name, '') || undefined;
  const common = { label, name: spec.name, invalid: !!error, errorMessage: error, description: help, value };
  const changed = (e: { target: EventTarget }) => onChange((e.target as HTMLInputElement).value);

  if (spec.kind === 'select') {
    return (
      <FormField invalid={!!error} type="text">
        <div className="utrecht-form-field__label">
          <FormLabel htmlFor={id}>{label}</FormLabel>
        </div>
        {error && <FormFieldErrorMessage id={`${id}-error`}>{error}</FormFieldErrorMessage>}
        <div className="utrecht-form-field__input">
          <Select
            id={id}
            name={spec.name}
            value={value}
            invalid={!!error}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={changed}
          >
            <SelectOption value="">{t('form.none')}</SelectOption>
            {spec.options!.map((o) => (
              <SelectOption key={o} value={o}>
                {text(`options.${spec.name}`, o)}
              </SelectOption>
            ))}
          </Select>
        </div>
      </FormField>
    );
  }
  if (spec.kind === 'textarea' || spec.kind === 'list' || spec.kind === 'members' || spec.kind === 'networks' || spec.kind === 'seats') {
    return <FormFieldTextarea {...common} rows={spec.kind === 'textarea' ? 4 : 3} onChange={changed} />;
  }
  const type = spec.kind === 'number' || spec.kind === 'date' ? spec.kind : 'text';
  return <FormFieldTextbox {...common} type={type} required={spec.required} onChange={changed} />;
}
