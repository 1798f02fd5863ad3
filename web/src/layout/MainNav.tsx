import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PLACES } from '../app/places';
import { languageSearch } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import { LIVING_PAGES } from '../living/pages';

// Items for some roles only: they ask who is signed in, so they (and the data client) load after the shell.
const RoleNavItems = lazy(() => import('../living/RoleNavItems').then((m) => ({ default: m.RoleNavItems })));

/**
 * The four places. NavLink marks the current one with `aria-current="page"`;
 * every link carries the language so switching places keeps it, and nothing
 * else: a place opens as its own page, not with another place's view state.
 */
export function MainNav() {
  const { t } = useTranslation();
  const search = languageSearch(useLanguage());
  const { t: tLiving } = useTranslation('living');
  const open = LIVING_PAGES.filter((p) => p.least === null);

  return (
    <nav className="dsv-nav" aria-label={t('nav.label')}>
      <ul className="dsv-nav__list">
        {PLACES.map(({ id, path }) => (
          <li key={id}>
            <NavLink className="dsv-nav__link" to={{ pathname: path, search }} end>
              {t(`nav.${id}`)}
            </NavLink>
          </li>
        ))}
        {open.map(({ id, path }) => (
          <li key={id}>
            <NavLink className="dsv-nav__link" to={{ pathname: path, search }} end>
              {tLiving('nav.changes')}
            </NavLink>
          </li>
        ))}
        <Suspense fallback={null}>
          <RoleNavItems search={search} />
        </Suspense>
      </ul>
    </nav>
  );
}
