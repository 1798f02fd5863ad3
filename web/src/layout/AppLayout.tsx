import { SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { isWorkspace } from '../app/places';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'main';

/** The frame every place shares: skip link, header, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const workspace = isWorkspace(useLocation().pathname);

  return (
    <div className="dsv-app">
      <SkipLink href={`#${MAIN_ID}`}>{t('skipLink')}</SkipLink>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className={workspace ? 'dsv-main dsv-main--workspace' : 'dsv-main'}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
