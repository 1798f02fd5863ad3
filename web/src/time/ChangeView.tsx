import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportDatesContext } from '../ui/export/exportDates';
import { DateField } from '../ui/DateField';
import { CrowdingChangeSection } from './CrowdingChangeSection';
import { NetworkChangeSection } from './NetworkChangeSection';
import { PartnershipChangesSection } from './PartnershipChangesSection';
import { REPORT_DATE, usePeriod } from './usePeriod';
import './change.css';

/**
 * "Verandering in de tijd": two dates (default the report's 31 December 2021
 * and today) and what changed between them: networks joined and left,
 * crowding per area, partnerships that started or ended. Exports name both dates.
 */
export function ChangeView() {
  const { t } = useTranslation('time');
  const [period, setFrom, setTo] = usePeriod();
  const { from, to } = period;
  const dates = useMemo(() => ({ from, to }), [from, to]);

  return (
    <ExportDatesContext.Provider value={dates}>
      <Paragraph>{t('change.intro')}</Paragraph>
      <fieldset className="dsv-controls dsv-period" data-period={`${from}/${to}`}>
        <legend className="dsv-visually-hidden">{t('change.dates')}</legend>
        <DateField
          name="van"
          label={t('change.from.label')}
          help={t('change.from.help')}
          value={from}
          onChange={setFrom}
          reset={{ label: t('change.from.reset'), disabled: from === REPORT_DATE, onReset: () => setFrom(null) }}
        />
        <DateField
          name="tot"
          label={t('change.to.label')}
          help={t('change.to.help')}
          value={to}
          onChange={setTo}
          reset={{ label: t('change.to.reset'), disabled: period.toIsToday, onReset: () => setTo(null) }}
        />
      </fieldset>
      {from > to && (
        <p className="dsv-note" role="note">
          {t('change.reversed')}
        </p>
      )}
      <NetworkChangeSection from={from} to={to} />
      <CrowdingChangeSection from={from} to={to} />
      <PartnershipChangesSection from={from} to={to} />
    </ExportDatesContext.Provider>
  );
}
