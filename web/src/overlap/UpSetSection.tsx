import { useMemo } from 'react';
import { ChartFigure } from '../ui/chart/ChartFigure';
import type { Column } from '../ui/table/columns';
import { Section } from '../ui/page/Section';
import { DataTable } from '../ui/table/DataTable';
import type { NetworkIntersection, OverlapBasis, OverlapData } from './api';
import { UpSetChart } from './UpSetChart';
import { useOverlapChart } from './useOverlapChart';
import { combinationKey, setSizes, type SetSize } from './upset';

/** More columns than this make the plot too small to read; the table keeps them all. */
const MAX_COMBINATIONS = 40;

/** The UpSet plot of network combinations, with its two tables as text alternative. */
export function UpSetSection({ data, basis }: { data: OverlapData; basis: OverlapBasis }) {
  const { t, label, format, svg, unit } = useOverlapChart(basis);
  const sets = useMemo(
    () =>
      setSizes(
        data.intersections,
        data.networks.map((n) => n.key),
      ),
    [data],
  );

  const combinationColumns: Column<NetworkIntersection>[] = [
    {
      key: 'networks',
      label: t('overlap.upset.networks'),
      value: (c) => c.networks.map((k) => label(k)).join(' + '),
      rowHeader: true,
    },
    { key: 'size', label: t('overlap.upset.size'), value: (c) => c.networks.length, format: 'integer' },
    { key: 'exclusive', label: t('overlap.upset.exclusive'), value: (c) => c.exclusive, format: 'integer' },
    { key: 'intersection', label: t('overlap.upset.intersection'), value: (c) => c.intersection, format: 'integer' },
  ];
  const setColumns: Column<SetSize>[] = [
    { key: 'network', label: t('overlap.upset.network'), value: (s) => label(s.key), rowHeader: true },
    { key: 'size', label: t('overlap.upset.setSize', { unit }), value: (s) => s.size, format: 'integer' },
  ];
  const title = t('overlap.upset.chartTitle', { unit });

  return (
    <Section title={t('overlap.upset.title')} intro={t('overlap.upset.intro', { unit })}>
      <ChartFigure title={title} name={`upset-${basis.toLowerCase()}`} svg={svg}>
        <UpSetChart
          svgRef={svg}
          combinations={data.intersections.slice(0, MAX_COMBINATIONS)}
          sets={sets}
          label={label}
          format={format.integer}
          title={title}
          description={t('overlap.upset.description')}
          axis={{ combinations: t('overlap.upset.axisCombinations', { unit }), sets: t('overlap.upset.axisSets') }}
        />
      </ChartFigure>
      {data.intersections.length > MAX_COMBINATIONS && (
        <p className="dsv-note">{t('overlap.upset.truncated', { shown: MAX_COMBINATIONS, total: data.intersections.length })}</p>
      )}
      <div className="dsv-columns">
        <DataTable
          id="combinaties"
          caption={t('overlap.upset.tableCaption', { unit })}
          columns={combinationColumns}
          rows={data.intersections}
          rowKey={combinationKey}
          serverOrder={{ key: 'exclusive', direction: 'descending' }}
        />
        <DataTable
          id="netwerkgrootte"
          caption={t('overlap.upset.setsCaption', { unit })}
          columns={setColumns}
          rows={sets}
          rowKey={(s) => s.key}
          serverOrder={{ key: 'size', direction: 'descending' }}
        />
      </div>
    </Section>
  );
}
