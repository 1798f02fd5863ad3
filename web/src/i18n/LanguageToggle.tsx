import { latestSearch } from '../lib/latestSearch';
import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { languageFrom, withLanguage } from './language';

/**
 * Switches between Dutch and English by changing `?lang` in the URL, so the
 * choice survives reloads and shared links. The label names the other
 * language in that language ("English", "Nederlands").
 */
export function LanguageToggle() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const other = languageFrom(params) === 'nl' ? 'en' : 'nl';

  return (
    <Button type="button" appearance="secondary-action-button" lang={other} onClick={() => setParams(withLanguage(latestSearch(), other))}>
      {t('language.other')}
    </Button>
  );
}
