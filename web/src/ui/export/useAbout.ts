import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useFilters } from '../../filters/useFilters';
import { describeFilters } from '../filterText';
import { useLabels } from '../labels';
import { useRegionNames } from '../../data/queries/regions';
import { useExportDates, type ExportDates } from './exportDates';
import { isoDate } from './saveFile';
import type { AboutLine } from './sheet';

/**
 * The "about" block of this page's exports: title, the active filters (names
 * as on screen), the date(s) the data holds for (as of, or from and to), the
 * export date, data source (the link to this very view) and the
 * illustrative-data notice, in the UI language.
 */
export function useAbout(): (title: string, rows: number) => AboutLine[] {
  const { t } = useTranslation('ui');
  const { t: tApp } = useTranslation();
  const [filters] = useFilters();
  const labels = useLabels();
  const regionNames = useRegionNames();
  const dates = useExportDates();
  return useCallback(
    (title, rows) => [
      { label: t('about.title'), value: title },
      { label: t('about.rows'), value: String(rows) },
      { label: t('about.filters'), value: describeFilters(filters, labels, (f) => t(`filters.${f}`), regionNames) || t('about.none') },
      ...dateLines(dates, t),
      { label: t('about.date'), value: isoDate(new Date()) },
      { label: t('about.source'), value: t('about.sourceValue', { url: window.location.href }) },
      { label: t('about.notice'), value: tApp('banner.illustrative') },
    ],
    [t, tApp, filters, labels, regionNames, dates],
  );
}

/** "Stand per: 2021-12-31", or "Van: …" and "Tot: …" for a comparison; nothing for a view that follows no date. */
function dateLines(dates: ExportDates | null, t: (key: 'about.asOf' | 'about.from' | 'about.to') => string): AboutLine[] {
  if (!dates) return [];
  if ('from' in dates)
    return [
      { label: t('about.from'), value: dates.from },
      { label: t('about.to'), value: dates.to },
    ];
  return [{ label: t('about.asOf'), value: dates.asOf }];
}
