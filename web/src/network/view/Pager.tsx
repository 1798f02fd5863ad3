import { Button } from '@utrecht/component-library-react';
import type { Paged } from './usePaged';
import type { GraphTexts } from './useGraphTexts';

interface PagerProps<T> {
  texts: GraphTexts;
  paged: Paged<T>;
  total: number;
  /** What is paged, for the group's name: "Knopen". */
  what: string;
}

/** "1–25 van 2.000" with previous and next; nothing when everything fits on one page. */
export function Pager<T>({ texts: { t, number }, paged, total, what }: PagerProps<T>) {
  if (paged.pages <= 1) return null;
  const range = { from: number(paged.start + 1), to: number(paged.start + paged.rows.length), total: number(total) };
  return (
    <div className="dsv-network__pager" role="group" aria-label={t('table.pages', { what })}>
      <Button type="button" appearance="secondary-action-button" disabled={paged.page === 0} onClick={() => paged.setPage(paged.page - 1)}>
        {t('table.previous')}
      </Button>
      <span aria-live="polite">{t('table.range', range)}</span>
      <Button
        type="button"
        appearance="secondary-action-button"
        disabled={paged.page >= paged.pages - 1}
        onClick={() => paged.setPage(paged.page + 1)}
      >
        {t('table.next')}
      </Button>
    </div>
  );
}
