import { Button, FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../format';

interface PagerProps {
  caption: string;
  /** Zero-based. */
  page: number;
  pages: number;
  /** Index of the first row shown, and how many are shown. */
  start: number;
  shown: number;
  total: number;
  pageSize: number;
  pageSizes: readonly number[];
  onPage: (page: number) => void;
  onPageSize: (size: number) => void;
}

/**
 * Under a table: the row count ("1–25 van 342", a live region so a new
 * filter's count is heard), rows per page, and previous / next. The buttons
 * stay focusable at either end (`aria-disabled`), so focus is never lost.
 */
export function Pager({ caption, page, pages, start, shown, total, pageSize, pageSizes, onPage, onPageSize }: PagerProps) {
  const { t } = useTranslation('ui');
  const format = useFormat();
  const id = useId();
  const range =
    total === 0
      ? t('table.none')
      : t('table.range', { from: format.integer(start + 1), to: format.integer(start + shown), total: format.integer(total) });
  const first = page <= 0;
  const last = page >= pages - 1;

  return (
    <div className="dsv-pager">
      <p className="dsv-pager__count" role="status" data-total={total}>
        {range}
      </p>
      {pageSizes.length > 1 && total > Math.min(...pageSizes.filter((n) => n > 0)) && (
        <FormField className="dsv-pager__size">
          <FormLabel htmlFor={id}>{t('table.rows')}</FormLabel>
          <Select id={id} value={String(pageSize)} onChange={(e) => onPageSize(Number(e.target.value))}>
            {pageSizes.map((n) => (
              <SelectOption key={n} value={String(n)}>
                {n === 0 ? t('table.all') : format.integer(n)}
              </SelectOption>
            ))}
          </Select>
        </FormField>
      )}
      {pages > 1 && (
        <nav className="dsv-pager__nav" aria-label={t('table.pages', { caption })}>
          <Button type="button" appearance="secondary-action-button" aria-disabled={first} onClick={() => !first && onPage(page - 1)}>
            {t('table.previous')}
          </Button>
          <span>{t('table.page', { page: format.integer(page + 1), pages: format.integer(pages) })}</span>
          <Button type="button" appearance="secondary-action-button" aria-disabled={last} onClick={() => !last && onPage(page + 1)}>
            {t('table.next')}
          </Button>
        </nav>
      )}
    </div>
  );
}
