import { useTranslation } from 'react-i18next';
import { PlacePage } from '../layout/PlacePage';
import { UnderConstruction } from '../layout/UnderConstruction';

export function NetworkPage() {
  const { t } = useTranslation();

  return (
    <PlacePage title={t('pages.network.title')} intro={t('pages.network.intro')}>
      <UnderConstruction />
    </PlacePage>
  );
}
