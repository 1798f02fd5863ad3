import { useTranslation } from 'react-i18next';
import type { QueryState } from './result';
import { DATA_NAMESPACE } from './texts';

/**
 * What a loading view says: the view's own `label` ("Laden…"), or, while the
 * server is still preparing its data, that the data is being prepared, so a
 * fresh start never reads as "nothing to show".
 */
export function useLoadingLabel(result: QueryState<unknown> | undefined, label: string): string {
  const { t } = useTranslation(DATA_NAMESPACE);
  return result?.status === 'loading' && result.preparing ? t('preparing') : label;
}
