import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDataLabel } from './texts';
import { Link, useLocation, useNavigate } from 'react-router';
import { languageSearch } from '../i18n/language';
import { useLanguage } from '../i18n/useLanguage';
import { signOut } from './auth';
import './living.css';
import { useMe } from './useMe';

/** In the header: "Inloggen", or who is signed in (with the role) and "Uitloggen". */
export function AccountMenu() {
  const { t } = useTranslation('living');
  const label = useDataLabel();
  const { me } = useMe();
  const search = languageSearch(useLanguage());
  const location = useLocation();
  const navigate = useNavigate();

  if (me === undefined) return null;
  if (me === null) {
    const back = new URLSearchParams(search);
    back.set('terug', `${location.pathname}${location.search}`);
    return (
      <Link className="dsv-account utrecht-link utrecht-link--html-a" to={{ pathname: '/inloggen', search: `?${back}` }}>
        {t('account.signIn')}
      </Link>
    );
  }
  return (
    <div className="dsv-account">
      <span className="dsv-account__who">
        {me.email} <span className="dsv-account__role">({label('roles', me.role)})</span>
      </span>
      <Button
        type="button"
        appearance="subtle-button"
        onClick={() => void signOut().then(() => navigate({ pathname: location.pathname, search: location.search }))}
      >
        {t('account.signOut')}
      </Button>
    </div>
  );
}
