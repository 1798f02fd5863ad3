import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useRegions } from '../data/queries/regions';
import type { AreaLevel } from '../overlap/RegionLevelChoice';
import { ChartFigure } from '../ui/chart/ChartFigure';
import { ChartSvg } from '../ui/chart/ChartSvg';
import { useFormat } from '../ui/format';
import { divergingClasses, divergingFill, type DivergingClass } from '../ui/regions/diverging';
import { heightFor, svgPaths } from '../ui/regions/svgPaths';
import { SvgLegend } from '../ui/regions/SvgLegend';
import { useBoundaries } from '../ui/regions/useBoundaries';
import type { CrowdingChangeRow } from './changeApi';

const MAP = 440;
const LEGEND = 190;
/** Areas without a row: hatched would be busy at this size; white with the outline says "nothing known". */
const NO_DATA = '#ffffff';

interface ChangeMapProps {
  level: AreaLevel;
  rows: readonly CrowdingChangeRow[];
  title: string;
  description: string;
  /** File name part of the PNG and SVG. */
  name: string;
}

/**
 * A diverging choropleth of the change in crowding per municipality or
 * region, drawn in SVG from the bundled boundaries like the per-network maps,
 * with its legend; the table beside it holds every number.
 */
export function ChangeMap({ level, rows, title, description, name }: ChangeMapProps) {
  const { t } = useTranslation('time');
  const format = useFormat();
  const svg = useRef<SVGSVGElement>(null);
  const { boundaries, failed } = useBoundaries();
  const regions = useRegions();
  const index = regions.status === 'success' ? regions.data : null;
  const deltas = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const classes = useMemo(() => divergingClasses(rows.map((r) => r.delta)), [rows]);
  const paths = useMemo(() => {
    if (!boundaries) return null;
    if (level === 'MUNICIPALITY') return svgPaths(boundaries.municipalities, MAP);
    if (!index) return null;
    const groups = new Map(index.byType[level].map((r) => [r.code, r.municipalities.map((m) => m.code)]));
    return svgPaths(boundaries.regions(groups), MAP);
  }, [boundaries, index, level]);

  if (failed) return <p className="dsv-note">{t('change.crowding.mapFailed')}</p>;
  if (!paths)
    return (
      <p className="dsv-note" role="status">
        {t('change.crowding.loadingMap')}
      </p>
    );
  const height = Math.ceil(heightFor(MAP));
  return (
    <ChartFigure title={title} name={name} svg={svg}>
      <ChartSvg svgRef={svg} width={MAP + LEGEND} height={height} title={title} description={description}>
        <g data-areas={paths.length} data-classed={paths.filter((p) => deltas.has(p.code)).length}>
          {paths.map((p) => {
            const row = deltas.get(p.code);
            return (
              <path
                key={p.code}
                d={p.d}
                data-code={p.code}
                fill={divergingFill(classes, row?.delta) ?? NO_DATA}
                stroke="#4a5560"
                strokeWidth={level === 'MUNICIPALITY' ? 0.3 : 0.6}
              >
                <title>
                  {t('change.crowding.tip', {
                    name: row?.name ?? p.code,
                    delta: row ? format.signed(row.delta) : t('change.crowding.noData'),
                  })}
                </title>
              </path>
            );
          })}
        </g>
        <Legend
          x={MAP + 16}
          y={24}
          classes={classes}
          signed={format.signed}
          title={t('change.crowding.legend')}
          none={t('change.crowding.noChange')}
        />
      </ChartSvg>
    </ChartFigure>
  );
}

function Legend({
  x,
  y,
  classes,
  signed,
  title,
  none,
}: {
  x: number;
  y: number;
  classes: readonly DivergingClass[];
  signed: (n: number) => string;
  title: string;
  none: string;
}) {
  // The largest increase on top, as on a thermometer.
  const items = [...classes].reverse().map((c) => ({
    fill: c.colour,
    text: c.min === 0 && c.max === 0 ? none : c.min === c.max ? signed(c.min) : `${signed(c.min)} … ${signed(c.max)}`,
  }));
  return <SvgLegend x={x} y={y} title={title} items={items} />;
}
