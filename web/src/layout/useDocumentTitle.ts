import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Sets the browser tab's title to "<page> – DSV-kaart" (WCAG 2.4.2). */
export function useDocumentTitle(pageTitle: string): void {
  const { t } = useTranslation();
  const appName = t('app.name');

  useEffect(
    function setDocumentTitle() {
      document.title = `${pageTitle} – ${appName}`;
    },
    [pageTitle, appName],
  );
}
