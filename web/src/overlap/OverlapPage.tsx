import { useTranslation } from 'react-i18next';
import { PlacePage } from '../layout/PlacePage';
import { UnderConstruction } from '../layout/UnderConstruction';

export function OverlapPage() {
  const { t } = useTranslation();

  return (
    <PlacePage title={t('pages.overlap.title')} intro={t('pages.overlap.intro')}>
      <UnderConstruction />
    </PlacePage>
  );
}
