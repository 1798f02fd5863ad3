import { useTranslation } from 'react-i18next';
import { LoadingState } from '../layout/LoadingState';

/** What shows while a place's code loads. */
export function PageFallback() {
  const { t } = useTranslation();
  return <LoadingState label={t('networks.loading')} />;
}
