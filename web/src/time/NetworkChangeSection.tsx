import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useGql } from '../data/useGql';
import { ChartFigure } from '../ui/chart/ChartFigure';
import { useFormat } from '../ui/format';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import { QueryView } from '../ui/QueryView';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';
import { NetworkChangeDocument, type NetworkChangeData, type NetworkChangeRow } from './changeApi';
import { NetworkChangeChart } from './NetworkChangeChart';

/** A network's change with the name shown for it. */
export interface NamedNetworkChange extends NetworkChangeRow {
  name: string;
}

/** `networkChange` between two dates: joined and left per network, as diverging bars and as a table. */
export function NetworkChangeSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const result = useGql(NetworkChangeDocument, { from, to }, { keep: true });
  const period = { from: format.date(from), to: format.date(to) };

  return (
    <Section title={t('change.networks.title')} intro={t('change.networks.intro', period)} busy={result.status === 'loading'}>
      <QueryView result={result}>{(data) => <NetworkChanges data={data} from={from} to={to} />}</QueryView>
    </Section>
  );
}

function NetworkChanges({ data, from, to }: { data: NetworkChangeData; from: string; to: string }) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const labels = useLabels();
  const svg = useRef<SVGSVGElement>(null);
  const names = useMemo(() => new Map(data.networks.map((n) => [n.key, n.name])), [data]);
  const rows = useMemo<NamedNetworkChange[]>(
    () =>
      data.networkChange
        .map((r) => ({ ...r, name: labels.network(r.network, names.get(r.network)) }))
        .sort((a, b) => a.name.localeCompare(b.name, labels.language)),
    [data, labels, names],
  );
  const period = { from: format.date(from), to: format.date(to) };
  const columns = useMemo<Column<NamedNetworkChange>[]>(
    () => [
      { key: 'network', label: t('change.networks.columns.network'), value: (r) => r.name, rowHeader: true },
      { key: 'key', label: 'key', value: (r) => r.network, shown: false },
      { key: 'before', label: t('change.networks.columns.before', { date: period.from }), value: (r) => r.before, format: 'integer' },
      { key: 'joined', label: t('change.networks.columns.joined'), value: (r) => r.joined, format: 'integer' },
      { key: 'left', label: t('change.networks.columns.left'), value: (r) => r.left, format: 'integer' },
      { key: 'after', label: t('change.networks.columns.after', { date: period.to }), value: (r) => r.after, format: 'integer' },
      {
        key: 'difference',
        label: t('change.networks.columns.difference'),
        value: (r) => r.after - r.before,
        format: 'integer',
        render: (r) => format.signed(r.after - r.before),
      },
    ],
    [t, period.from, period.to, format],
  );
  const title = t('change.networks.chart', period);

  return (
    <>
      {data.dataInfo.illustrative && <p className="dsv-note">{t('change.illustrative')}</p>}
      <ChartFigure title={title} name="netwerkverandering" svg={svg}>
        <NetworkChangeChart
          svgRef={svg}
          rows={rows}
          format={format.signed}
          title={title}
          description={t('change.networks.description')}
          axis={{ joined: t('change.networks.joinedAxis'), left: t('change.networks.leftAxis') }}
        />
      </ChartFigure>
      <DataTable
        id="netwerkverandering"
        caption={t('change.networks.caption', period)}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.network}
      />
    </>
  );
}
