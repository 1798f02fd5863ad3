import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PLACES } from '../app/places';
import { languageSearch } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import { LIVING_PAGES } from '../living/pages';
import { atLeast, useMe } from '../living/useMe';

/**
 * The four places. NavLink marks the current one with `aria-current="page"`;
 * every link carries the language so switching places keeps it, and nothing
 * else: a place opens as its own page, not with another place's view state.
 */
export function MainNav() {
  const { t } = useTranslation();
  const search = languageSearch(useLanguage());
  const { t: tLiving } = useTranslation('living');
  const { me } = useMe();
  const living = LIVING_PAGES.filter((p) => p.least === null || atLeast(me?.role, p.least));

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
        {living.map(({ id, path }) => (
          <li key={id}>
            <NavLink className="dsv-nav__link" to={{ pathname: path, search }} end>
              {tLiving(id === 'changes' ? 'nav.changes' : id === 'review' ? 'nav.review' : 'nav.import')}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
