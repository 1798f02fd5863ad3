import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegionCrowdingPerNetwork, useRegions, type RegionType } from '../data/queries/regions';
import { useFilterOptions } from '../filters/useFilterOptions';
import { CHART_TEXT } from '../ui/chart/chartStyle';
import { ChartFigure } from '../ui/chart/ChartFigure';
import { useLabels } from '../ui/labels';
import { Section } from '../ui/page/Section';
import { RegionLevelChoice, useRegionLevel } from './RegionLevelChoice';
import { QueryView } from '../ui/QueryView';
import { choroplethClasses, fillOf, ZERO_COLOUR, type ChoroplethClass } from '../ui/regions/choropleth';
import { heightFor, svgPaths } from '../ui/regions/svgPaths';
import { SvgLegend } from '../ui/regions/SvgLegend';
import { useBoundaries } from '../ui/regions/useBoundaries';
import type { Column } from '../ui/table/columns';
import { DataTable } from '../ui/table/DataTable';

const TYPES = ['GGD', 'ZORGKANTOOR', 'PROVINCE'] as const satisfies readonly RegionType[];
const CELL = 185;
const COLUMNS = 4;
const TITLE = 30;

interface Row {
  code: string;
  name: string;
  counts: Map<string, number>;
}

/**
 * "Where does each network work?": one small choropleth per network of the
 * partnerships it has per region (GGD-regio, zorgkantoorregio or provincie),
 * on one scale, with a table of the same numbers as its text alternative.
 */
export function NetworkRegionMaps() {
  const { t } = useTranslation('overlap');
  const [type, setType] = useRegionLevel('regiokaart', TYPES);
  const labels = useLabels();
  const options = useFilterOptions();
  const networks = useMemo(
    () =>
      options.status === 'success'
        ? options.data.networks
            .map((n) => ({ key: n.key, name: labels.network(n.key, n.name) }))
            .sort((a, b) => a.name.localeCompare(b.name, labels.language))
        : [],
    [options, labels],
  );
  const keys = useMemo(() => networks.map((n) => n.key), [networks]);
  const crowding = useRegionCrowdingPerNetwork(type, keys);

  return (
    <Section title={t('regionMaps.title')} intro={t('regionMaps.intro')} busy={crowding.status === 'loading'}>
      <RegionLevelChoice types={TYPES} type={type} onChange={setType} />
      <QueryView result={crowding}>{(data) => <Maps type={type} networks={networks} data={data} />}</QueryView>
    </Section>
  );
}

function Maps({
  type,
  networks,
  data,
}: {
  type: RegionType;
  networks: { key: string; name: string }[];
  data: Map<string, { region: { code: string; name: string }; partnerships: number }[]>;
}) {
  const { t } = useTranslation('overlap');
  const svg = useRef<SVGSVGElement>(null);
  const { boundaries } = useBoundaries();
  const regions = useRegions();
  const index = regions.status === 'success' ? regions.data : null;

  const rows = useMemo<Row[]>(() => {
    const byCode = new Map<string, Row>();
    for (const [key, list] of data)
      for (const r of list) {
        const row = byCode.get(r.region.code) ?? { code: r.region.code, name: r.region.name, counts: new Map() };
        row.counts.set(key, r.partnerships);
        byCode.set(r.region.code, row);
      }
    return [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  }, [data]);
  const classes = useMemo(() => choroplethClasses(rows.flatMap((r) => [...r.counts.values()])), [rows]);
  const paths = useMemo(() => {
    if (!boundaries || !index) return [];
    const groups = new Map(index.byType[type].map((r) => [r.code, r.municipalities.map((m) => m.code)]));
    return svgPaths(boundaries.regions(groups), CELL - 10);
  }, [boundaries, index, type]);

  const columns = useMemo<Column<Row>[]>(
    () => [
      { key: 'name', label: t(`regionMaps.type.${type}`), value: (r) => r.name, rowHeader: true },
      { key: 'code', label: t('regionMaps.code'), value: (r) => r.code },
      ...networks.map<Column<Row>>((n) => ({ key: n.key, label: n.name, value: (r) => r.counts.get(n.key) ?? 0, format: 'integer' })),
    ],
    [t, type, networks],
  );

  const height = heightFor(CELL - 10) + TITLE;
  const cells = networks.length + 1;
  const title = t('regionMaps.chart', { type: t(`regionMaps.per.${type}`) });
  return (
    <>
      <ChartFigure title={title} name={`netwerken-per-${type.toLowerCase()}`} svg={svg}>
        <svg
          ref={svg}
          role="img"
          aria-label={t('regionMaps.chartLabel', { type: t(`regionMaps.per.${type}`) })}
          width={CELL * COLUMNS}
          height={height * Math.ceil(cells / COLUMNS)}
          viewBox={`0 0 ${CELL * COLUMNS} ${height * Math.ceil(cells / COLUMNS)}`}
        >
          <rect width="100%" height="100%" fill="#fff" />
          {networks.map((n, i) => (
            <g key={n.key} transform={`translate(${(i % COLUMNS) * CELL + 5},${Math.floor(i / COLUMNS) * height})`}>
              <text x={0} y={18} {...CHART_TEXT} fontWeight={700}>
                {n.name.length > 24 ? `${n.name.slice(0, 23)}…` : n.name}
              </text>
              <g transform={`translate(0,${TITLE})`}>
                {paths.map((p) => (
                  <path
                    key={p.code}
                    d={p.d}
                    fill={fillOf(classes, data.get(n.key)?.find((r) => r.region.code === p.code)?.partnerships ?? null) ?? '#fff'}
                    stroke="#4a5560"
                    strokeWidth={0.5}
                  />
                ))}
              </g>
            </g>
          ))}
          <Legend
            classes={classes}
            x={(networks.length % COLUMNS) * CELL + 5}
            y={Math.floor(networks.length / COLUMNS) * height + TITLE}
            title={t('regionMaps.legend')}
            zero={t('regionMaps.zero')}
          />
        </svg>
      </ChartFigure>
      <DataTable
        id="netwerken-per-regio"
        exportName={`netwerken-per-${type.toLowerCase()}`}
        caption={t('regionMaps.caption', { type: t(`regionMaps.per.${type}`) })}
        columns={columns}
        rows={rows}
        rowKey={(r) => r.code}
      />
    </>
  );
}

function Legend({
  classes,
  x,
  y,
  title,
  zero,
}: {
  classes: readonly ChoroplethClass[];
  x: number;
  y: number;
  title: string;
  zero: string;
}) {
  const items = [
    ...[...classes].reverse().map((c) => ({ fill: c.colour, text: c.min === c.max ? `${c.min}` : `${c.min}–${c.max}` })),
    { fill: ZERO_COLOUR, text: zero },
  ];
  return <SvgLegend x={x} y={y} title={title} items={items} />;
}
