import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useLanguage } from '../i18n/useLanguage';
import { languageSearch } from '../i18n/language';
import { PlacePage } from '../layout/PlacePage';
import { HOME_PATH } from './places';

export function NotFoundPage() {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <PlacePage title={t('pages.notFound.title')} intro={t('pages.notFound.intro')}>
      <p>
        <Link className="utrecht-link utrecht-link--html-a" to={{ pathname: HOME_PATH, search: languageSearch(language) }}>
          {t('pages.notFound.home')}
        </Link>
      </p>
    </PlacePage>
  );
}
