import { Button } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAsOf } from '../filters/useAsOf';
import { ExportDatesContext } from '../ui/export/exportDates';
import { useFormat } from '../ui/format';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { useTimeline, type QuarterCount } from './useTimeline';

/**
 * The timeline as a table (its text alternative), with a button per quarter
 * that makes its counting day the as-of date; `ready` as for TimelineStrip.
 */
export function TimelineTable({ ready = true }: { ready?: boolean }) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const [{ date }, setAsOf] = useAsOf();
  const timeline = useTimeline(ready);
  const newestFirst = useMemo(() => (timeline.status === 'success' ? [...timeline.data.quarters].reverse() : []), [timeline]);

  const columns = useMemo<Column<QuarterCount>[]>(
    () => [
      {
        key: 'quarter',
        label: t('timeline.columns.quarter'),
        value: (q) => t('timeline.quarter', { year: q.year, quarter: q.quarter }),
        rowHeader: true,
      },
      { key: 'date', label: t('timeline.columns.date'), value: (q) => q.end },
      { key: 'partnerships', label: t('timeline.columns.partnerships'), value: (q) => q.partnerships, format: 'integer' },
      {
        key: 'choose',
        label: t('timeline.columns.choose'),
        value: () => null,
        sortable: false,
        exported: false,
        render: (q) =>
          q.end === date ? (
            t('timeline.chosen')
          ) : (
            <Button type="button" appearance="subtle-button" onClick={() => setAsOf(q.end)}>
              {t('timeline.choose', { date: format.date(q.end) })}
            </Button>
          ),
      },
    ],
    [t, format, date, setAsOf],
  );

  return (
    <Section title={t('timeline.tableTitle')} intro={t('timeline.tableIntro')} busy={timeline.status === 'loading'}>
      <QueryView result={timeline}>
        {(data) => (
          // Each row has its own date: the export names no single "Stand per".
          <ExportDatesContext.Provider value={null}>
            {data.illustrative && <p className="dsv-note">{t('timeline.illustrative')}</p>}
            <DataTable
              id="tijdlijn"
              caption={t('timeline.caption')}
              columns={columns}
              rows={newestFirst}
              rowKey={(q) => q.end}
              isCurrent={(q) => q.end === date}
              serverOrder={{ key: 'date', direction: 'descending' }}
            />
          </ExportDatesContext.Provider>
        )}
      </QueryView>
    </Section>
  );
}
