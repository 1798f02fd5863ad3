import { FormField, FormFieldTextbox, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { PlacePage } from '../layout/PlacePage';
import { useGql } from '../data/useGql';
import { useUrlParam } from '../ui/url/useUrlParam';
import { ChangesQuery } from './api';
import { HistoryTable } from './HistoryTable';

/** A select of the filter options, written to the URL. */
function FilterSelect({
  label,
  value,
  options,
  onChange,
}: {
  label: string;
  value: string | null;
  options: { value: string; label: string }[];
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation('living');
  const id = useId();
  return (
    <FormField type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}>
          <SelectOption value="">{t('changes.all')}</SelectOption>
          {options.map((o) => (
            <SelectOption key={o.value} value={o.value}>
              {o.label}
            </SelectOption>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** `/wijzigingen`: the newest changes, filtered by network, province, user and date (all in the URL). */
export function ChangesPage() {
  const { t } = useTranslation('living');
  const [network, setNetwork] = useUrlParam('netwerk');
  const [province, setProvince] = useUrlParam('provincie');
  const [by, setBy] = useUrlParam('door');
  const [since, setSince] = useUrlParam('vanaf');
  const options = useFilterOptions();
  const sinceDate = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00.000Z` : null;
  const changes = useGql(ChangesQuery, { network, province, by: by || null, since: sinceDate, first: 500 }, { keep: true });
  const networks = options.status === 'success' ? options.data.networks.map((n) => ({ value: n.key, label: n.name })) : [];
  const provinces = options.status === 'success' ? options.data.provinces.map((p) => ({ value: p, label: p })) : [];

  return (
    <PlacePage title={t('changes.title')} intro={t('changes.intro')}>
      <form className="dsv-filters-row" role="search" aria-label={t('changes.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label={t('changes.network')} value={network} options={networks} onChange={setNetwork} />
        <FilterSelect label={t('changes.province')} value={province} options={provinces} onChange={setProvince} />
        <FormFieldTextbox
          label={t('changes.by')}
          name="door"
          type="email"
          value={by ?? ''}
          onChange={(e) => setBy((e.target as HTMLInputElement).value || null)}
        />
        <FormFieldTextbox
          label={t('changes.since')}
          name="vanaf"
          type="date"
          value={since ?? ''}
          onChange={(e) => setSince((e.target as HTMLInputElement).value || null)}
        />
      </form>
      {changes.status === 'loading' && <LoadingState label={t('changes.loading')} />}
      {changes.status === 'error' && (
        <ErrorState
          title={t('changes.error')}
          help=""
          detail={changes.error.message}
          retryLabel={t('record.retry')}
          onRetry={changes.retry}
        />
      )}
      {changes.status === 'success' && (
        <HistoryTable id="wijzigingen" caption={t('changes.caption')} changes={changes.data.changes} showRecord />
      )}
    </PlacePage>
  );
}
