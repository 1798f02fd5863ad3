import { Alert } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/**
 * Says that the data is illustrative. Shown on every page for now; later the
 * server tells whether the loaded data is illustrative. A note, not a live
 * alert: it is there from the start and does not change.
 */
export function IllustrativeBanner() {
  const { t } = useTranslation();

  return (
    <div className="dsv-banner">
      <Alert type="warning" role="note">
        <p className="dsv-banner__text">{t('banner.illustrative')}</p>
      </Alert>
    </div>
  );
}
