import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

/** Marks a view that is not built yet. */
export function UnderConstruction() {
  const { t } = useTranslation();
  return <Paragraph className="dsv-placeholder">{t('placeholder')}</Paragraph>;
}
