import { Button } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';

interface PagerProps {
  /** Zero-based. */
  page: number;
  pages: number;
  caption: string;
  onPage: (page: number) => void;
}

/** Previous / next for a paged table, with "Pagina 2 van 7" in between. */
export function Pager({ page, pages, caption, onPage }: PagerProps) {
  const { t } = useTranslation('map');

  return (
    <nav className="dsv-pager" aria-label={t('table.pages', { caption })}>
      <Button type="button" appearance="secondary-action-button" disabled={page === 0} onClick={() => onPage(page - 1)}>
        {t('table.previous')}
      </Button>
      <span aria-live="polite">{t('table.page', { page: page + 1, pages })}</span>
      <Button type="button" appearance="secondary-action-button" disabled={page >= pages - 1} onClick={() => onPage(page + 1)}>
        {t('table.next')}
      </Button>
    </nav>
  );
}
