import { DateField } from '../ui/DateField';
import { useAsOf } from './useAsOf';
import { useFilterTexts } from './useFilterTexts';

/**
 * "Stand per": the date every view with an as-of question shows (default
 * today), in the URL as `?per=`. A field of its own, so it stands in the
 * filter panel and above views that have no filter panel.
 */
export function AsOfField() {
  const t = useFilterTexts();
  const [{ date, isToday }, setAsOf] = useAsOf();
  return (
    <DateField
      name="per"
      label={t('asOf.label')}
      help={t('asOf.help')}
      value={date}
      onChange={setAsOf}
      reset={{ label: t('asOf.today'), disabled: isToday, onReset: () => setAsOf(null) }}
    />
  );
}
