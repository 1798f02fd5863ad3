import { NavBar, NavList } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { PLACES } from '../app/places';
import { languageSearch } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';

/**
 * The four places. NavLink marks the current one with `aria-current="page"`;
 * every link carries the language so switching places keeps it.
 */
export function MainNav() {
  const { t } = useTranslation();
  const search = languageSearch(useLanguage());

  return (
    <NavBar className="dsv-nav" aria-label={t('nav.label')}>
      <NavList>
        {PLACES.map(({ id, path }) => (
          <li key={id} className="utrecht-nav-list__item">
            <NavLink className="utrecht-link utrecht-nav-list__link" to={{ pathname: path, search }} end>
              {t(`nav.${id}`)}
            </NavLink>
          </li>
        ))}
      </NavList>
    </NavBar>
  );
}
