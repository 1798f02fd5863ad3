import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LIVING_PAGES } from './pages';
import { atLeast, useMe } from './useMe';

/** The menu items only some roles see (review, import): they need the signed-in user, so they load after the shell. */
export function RoleNavItems({ search }: { search: string }) {
  const { t } = useTranslation('living');
  const { me } = useMe();
  return LIVING_PAGES.filter((p) => p.least !== null && atLeast(me?.role, p.least)).map(({ id, path }) => (
    <li key={id}>
      <NavLink className="dsv-nav__link" to={{ pathname: path, search }} end>
        {t(id === 'review' ? 'nav.review' : 'nav.import')}
      </NavLink>
    </li>
  ));
}
