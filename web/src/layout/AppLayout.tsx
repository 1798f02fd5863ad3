import { useTranslation } from 'react-i18next';
import { Outlet, useLocation } from 'react-router';
import { isWorkspace } from '../app/places';
import { HeaderSize } from './HeaderSize';
import { SiteFooter } from './SiteFooter';
import { SiteHeader } from './SiteHeader';

export const MAIN_ID = 'main';

/** The frame every place shares: skip link, header, main content, footer. */
export function AppLayout() {
  const { t } = useTranslation();
  const workspace = isWorkspace(useLocation().pathname);

  return (
    <div className="dsv-app">
      {/* The component library's SkipLink wraps the link in a <p> whose margin shows above the header. */}
      <a className="utrecht-skip-link utrecht-skip-link--visible-on-focus" href={`#${MAIN_ID}`}>
        {t('skipLink')}
      </a>
      <SiteHeader />
      <HeaderSize selector=".dsv-header" />
      <main id={MAIN_ID} tabIndex={-1} className={workspace ? 'dsv-main dsv-main--workspace' : 'dsv-main'}>
        <Outlet />
      </main>
      <SiteFooter />
    </div>
  );
}
