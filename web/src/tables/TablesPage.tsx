import { useTranslation } from 'react-i18next';
import { PlacePage } from '../layout/PlacePage';
import { UnderConstruction } from '../layout/UnderConstruction';

export function TablesPage() {
  const { t } = useTranslation();

  return (
    <PlacePage title={t('pages.tables.title')} intro={t('pages.tables.intro')}>
      <UnderConstruction />
    </PlacePage>
  );
}
