import { FormField, FormLabel, Paragraph, Select, SelectOption } from '@utrecht/component-library-react';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from './useFormat';
import { ROW_LIMITS } from './useRowLimit';

interface RowLimitSelectProps {
  choice: number;
  onChange: (n: number) => void;
  /** All rows there are, to say "25 of 342 shown"; omitted when unknown. */
  total?: number;
  choices?: readonly number[];
  /** Other controls for the same table (filters), shown before this one. */
  children?: ReactNode;
}

/** Chooses how many rows a long table shows, and says how many there are. */
export function RowLimitSelect({ choice, onChange, total, choices = ROW_LIMITS, children }: RowLimitSelectProps) {
  const { t } = useTranslation('dashboards');
  const format = useFormat();
  const id = useId();
  return (
    <div className="dsv-controls">
      {children}
      <FormField className="dsv-control">
        <FormLabel htmlFor={id}>{t('rows.label')}</FormLabel>
        <Select id={id} value={String(choice)} onChange={(e) => onChange(Number(e.target.value))}>
          {choices.map((n) => (
            <SelectOption key={n} value={String(n)}>
              {n === 0 ? t('rows.all') : format.integer(n)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      {/* A live region, so a changed filter's new count is announced. */}
      <Paragraph className="dsv-count" role="status">
        {total !== undefined &&
          t('rows.shown', { shown: format.integer(choice === 0 ? total : Math.min(choice, total)), total: format.integer(total) })}
      </Paragraph>
    </div>
  );
}
