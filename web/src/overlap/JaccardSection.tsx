import { ChartFigure } from '../ui/chart/ChartFigure';
import type { Column } from '../ui/table/columns';
import { Section } from '../ui/page/Section';
import { DataTable } from '../ui/table/DataTable';
import type { NetworkPair, OverlapBasis, OverlapData } from './api';
import { JaccardMatrix } from './JaccardMatrix';
import { useOverlapChart } from './useOverlapChart';

/** The Jaccard heat matrix of every two networks, with the pairs as its table. */
export function JaccardSection({ data, basis }: { data: OverlapData; basis: OverlapBasis }) {
  const { t, label, format, svg, unit } = useOverlapChart(basis);
  const title = t('overlap.jaccard.chartTitle', { unit });

  const columns: Column<NetworkPair>[] = [
    { key: 'a', label: t('overlap.jaccard.a'), value: (p) => label(p.a), rowHeader: true },
    { key: 'b', label: t('overlap.jaccard.b'), value: (p) => label(p.b) },
    { key: 'shared', label: t('overlap.jaccard.shared', { unit }), value: (p) => p.shared, format: 'integer' },
    { key: 'jaccard', label: t('overlap.jaccard.jaccard'), value: (p) => p.jaccard, format: 'jaccard' },
  ];

  return (
    <Section title={t('overlap.jaccard.title')} intro={t('overlap.jaccard.intro', { unit })}>
      <ChartFigure title={title} name={`jaccard-${basis.toLowerCase()}`} svg={svg}>
        <JaccardMatrix
          svgRef={svg}
          keys={data.networks.map((n) => n.key)}
          pairs={data.pairs}
          label={label}
          format={format.jaccard}
          title={title}
          description={t('overlap.jaccard.description')}
          legend={t('overlap.jaccard.legend')}
        />
      </ChartFigure>
      <DataTable
        id="netwerkparen"
        caption={t('overlap.jaccard.tableCaption', { unit })}
        columns={columns}
        rows={data.pairs}
        rowKey={(p) => `${p.a}-${p.b}`}
        serverOrder={{ key: 'a', direction: 'ascending' }}
      />
    </Section>
  );
}
