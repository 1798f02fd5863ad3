import { PageHeader } from '@utrecht/component-library-react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HOME_PATH } from '../app/places';
import { languageSearch } from '../i18n/language';
import { LanguageToggle } from '../i18n/LanguageToggle';
import { useLanguage } from '../i18n/useLanguage';
import { IllustrativeBanner } from './IllustrativeBanner';
import { MainNav } from './MainNav';

/**
 * One compact bar — brand, the four places, the language switch — then the
 * illustrative-data notice as a thin strip, so the map and graph start near
 * the top of the viewport.
 */
// Who is signed in needs the data client: the account menu loads after the shell.
const AccountMenu = lazy(() => import('../living/AccountMenu').then((m) => ({ default: m.AccountMenu })));

export function SiteHeader() {
  const { t } = useTranslation();
  const language = useLanguage();

  return (
    <PageHeader className="dsv-header">
      <div className="dsv-header__bar">
        <Link className="dsv-brand" to={{ pathname: HOME_PATH, search: languageSearch(language) }}>
          <span className="dsv-brand__name">{t('app.name')}</span>
          <span className="dsv-brand__tagline">{t('app.tagline')}</span>
        </Link>
        <MainNav />
        <Suspense fallback={null}>
          <AccountMenu />
        </Suspense>
        <LanguageToggle />
      </div>
      <IllustrativeBanner />
    </PageHeader>
  );
}
