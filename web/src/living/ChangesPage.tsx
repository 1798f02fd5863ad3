import { FormField, FormFieldTextbox, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../data/queries/regions';
import { useFilterOptions } from '../filters/useFilterOptions';
import { ErrorState } from '../layout/ErrorState';
import { LoadingState } from '../layout/LoadingState';
import { PlacePage } from '../layout/PlacePage';
import { useGql } from '../data/useGql';
import { useUrlParam } from '../ui/url/useUrlParam';
import { ChangesQuery } from './api';
import { HistoryTable } from './HistoryTable';

interface Option {
  value: string;
  label: string;
}

/** A select of the filter options (in groups, if given), written to the URL. */
function FilterSelect({
  label,
  value,
  options = [],
  groups = [],
  onChange,
}: {
  label: string;
  value: string | null;
  options?: Option[];
  groups?: { label: string; options: Option[] }[];
  onChange: (v: string | null) => void;
}) {
  const { t } = useTranslation('living');
  const id = useId();
  const list = (items: Option[]) =>
    items.map((o) => (
      <SelectOption key={o.value} value={o.value}>
        {o.label}
      </SelectOption>
    ));
  return (
    <FormField type="text">
      <div className="utrecht-form-field__label">
        <FormLabel htmlFor={id}>{label}</FormLabel>
      </div>
      <div className="utrecht-form-field__input">
        <Select id={id} value={value ?? ''} onChange={(e) => onChange((e.target as HTMLSelectElement).value || null)}>
          <SelectOption value="">{t('changes.all')}</SelectOption>
          {list(options)}
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {list(g.options)}
            </optgroup>
          ))}
        </Select>
      </div>
    </FormField>
  );
}

/** `/wijzigingen`: the newest changes, filtered by network, region (province, GGD or zorgkantoor), user and date (all in the URL). */
export function ChangesPage() {
  const { t } = useTranslation('living');
  const [network, setNetwork] = useUrlParam('netwerk');
  const [region, setRegion] = useUrlParam('regio');
  const [by, setBy] = useUrlParam('door');
  const [since, setSince] = useUrlParam('vanaf');
  const options = useFilterOptions();
  const regions = useRegions();
  const sinceDate = since && /^\d{4}-\d{2}-\d{2}$/.test(since) ? `${since}T00:00:00.000Z` : null;
  const changes = useGql(ChangesQuery, { network, region, by: by || null, since: sinceDate, first: 500 }, { keep: true });
  const networks = options.status === 'success' ? options.data.networks.map((n) => ({ value: n.key, label: n.name })) : [];
  const regionGroups =
    regions.status === 'success'
      ? (['PROVINCE', 'GGD', 'ZORGKANTOOR'] as const).map((type) => ({
          label: t(`changes.regionType.${type}`),
          options: regions.data.byType[type].map((r) => ({ value: r.code, label: r.name })),
        }))
      : [];

  return (
    <PlacePage title={t('changes.title')} intro={t('changes.intro')}>
      <form className="dsv-filters-row" role="search" aria-label={t('changes.filters')} onSubmit={(e) => e.preventDefault()}>
        <FilterSelect label={t('changes.network')} value={network} options={networks} onChange={setNetwork} />
        <FilterSelect label={t('changes.region')} value={region} groups={regionGroups} onChange={setRegion} />
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
