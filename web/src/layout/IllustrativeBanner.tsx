import { useTranslation } from 'react-i18next';

/**
 * Says that the data is illustrative, on every page, as a thin strip under the
 * header. A note, not a live alert: it is there from the start and does not change.
 */
export function IllustrativeBanner() {
  const { t } = useTranslation();

  return (
    <p className="dsv-banner" role="note">
      {t('banner.illustrative')}
    </p>
  );
}
