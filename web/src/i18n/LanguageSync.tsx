import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLanguage } from './useLanguage';

/**
 * Controller: keeps i18next and `<html lang>` in step with the URL's language.
 * Renders nothing.
 */
export function LanguageSync() {
  const language = useLanguage();
  const { i18n } = useTranslation();

  useEffect(
    function syncLanguage() {
      if (i18n.language !== language) void i18n.changeLanguage(language);
      document.documentElement.lang = language;
    },
    [i18n, language],
  );

  return null;
}
