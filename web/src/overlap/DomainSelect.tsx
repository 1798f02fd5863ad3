import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CORE_DOMAINS, type CoreDomain } from '../lib/domains';
import { useLabels } from '../ui/labels';

interface DomainSelectProps {
  /** The core domain the listed partnerships lack; null for any of the four. */
  value: CoreDomain | null;
  onChange: (domain: CoreDomain | null) => void;
}

export function DomainSelect({ value, onChange }: DomainSelectProps) {
  const { t } = useTranslation('overlap');
  const label = useLabels().coreDomain;
  const id = useId();
  return (
    <FormField className="dsv-control">
      <FormLabel htmlFor={id}>{t('coverage.lacks')}</FormLabel>
      <Select
        id={id}
        value={value ?? ''}
        onChange={(e) => onChange((CORE_DOMAINS as readonly string[]).includes(e.target.value) ? (e.target.value as CoreDomain) : null)}
      >
        <SelectOption value="">{t('coverage.anyDomain')}</SelectOption>
        {CORE_DOMAINS.map((d) => (
          <SelectOption key={d} value={d}>
            {label(d)}
          </SelectOption>
        ))}
      </Select>
    </FormField>
  );
}
