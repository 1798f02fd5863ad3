import { useTranslation } from 'react-i18next';
import { PlacePage } from '../layout/PlacePage';
import { UnderConstruction } from '../layout/UnderConstruction';
import { NetworksOverview } from './NetworksOverview';

export function MapPage() {
  const { t } = useTranslation();

  return (
    <PlacePage title={t('pages.map.title')} intro={t('pages.map.intro')}>
      <UnderConstruction />
      <NetworksOverview />
    </PlacePage>
  );
}
