import { SkipLink } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'main';

/** The frame every place shares: skip link, header, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();

  return (
    <div className="dsv-app">
      <SkipLink href={`#${MAIN_ID}`}>{t('skipLink')}</SkipLink>
      <SiteHeader />
      <main id={MAIN_ID} tabIndex={-1} className="dsv-main">
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
