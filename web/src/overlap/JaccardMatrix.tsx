import { scaleBand, scaleLinear } from 'd3-scale';
import { useId, type Ref } from 'react';
import { CHART, CHART_TEXT } from '../ui/chart/chartStyle';
import { ChartSvg } from '../ui/chart/ChartSvg';
import type { NetworkPair } from './api';
import { jaccardLookup, textOn } from './matrix';

interface JaccardMatrixProps {
  keys: readonly string[];
  pairs: readonly NetworkPair[];
  label: (key: string) => string;
  format: (n: number) => string;
  title: string;
  description: string;
  legend: string;
  svgRef: Ref<SVGSVGElement>;
}

const LABELS = 170;
const TOP = 130; // column labels, slanted
const CELL = 54;
const LEGEND = 90;

/**
 * A heat matrix of the Jaccard index of every two networks, by hand in SVG
 * (d3-scale for geometry and colour): 49 labelled squares need no chart
 * library, and plain attributes keep the SVG/PNG export faithful. The
 * diagonal (a network with itself) is left grey.
 */
export function JaccardMatrix({ keys, pairs, label, format, title, description, legend, svgRef }: JaccardMatrixProps) {
  const gradientId = `jaccard-scale${useId().replace(/[^\w-]/g, '')}`;
  const lookup = jaccardLookup(pairs);
  const size = keys.length * CELL;
  const width = LABELS + size + LEGEND;
  const height = TOP + size + 10;
  const band = scaleBand<string>().domain(keys).range([0, size]);
  const max = Math.max(0.01, ...pairs.map((p) => p.jaccard));
  const colour = scaleLinear<string>().domain([0, max]).range([CHART.heatLow, CHART.heatHigh]);
  const text = CHART_TEXT;
  const legendX = LABELS + size + 24;

  return (
    <ChartSvg svgRef={svgRef} width={width} height={height} title={title} description={description}>
      {keys.map((k) => (
        <g key={k}>
          <text x={LABELS - 8} y={TOP + (band(k) ?? 0) + CELL / 2} dy="0.35em" textAnchor="end" {...text}>
            {label(k)}
          </text>
          <text transform={`translate(${LABELS + (band(k) ?? 0) + CELL / 2}, ${TOP - 8}) rotate(-40)`} {...text}>
            {label(k)}
          </text>
        </g>
      ))}
      {keys.flatMap((row) =>
        keys.map((col) => {
          const pair = row === col ? null : lookup(row, col);
          const value = pair?.jaccard ?? 0;
          const fill = row === col ? CHART.empty : colour(value);
          const cx = LABELS + (band(col) ?? 0);
          const cy = TOP + (band(row) ?? 0);
          return (
            <g key={`${row}-${col}`}>
              <rect x={cx} y={cy} width={CELL - 2} height={CELL - 2} fill={fill} />
              <text x={cx + CELL / 2 - 1} y={cy + CELL / 2 - 1} dy="0.35em" textAnchor="middle" {...text} fill={textOn(fill)}>
                {row === col ? '–' : pair ? format(value) : '0'}
              </text>
            </g>
          );
        }),
      )}
      <defs>
        <linearGradient id={gradientId} x1="0" x2="0" y1="1" y2="0">
          <stop offset="0" stopColor={CHART.heatLow} />
          <stop offset="1" stopColor={CHART.heatHigh} />
        </linearGradient>
      </defs>
      <text x={legendX} y={TOP - 12} {...text} fill={CHART.muted}>
        {legend}
      </text>
      <rect
        x={legendX}
        y={TOP}
        width={16}
        height={Math.max(0, size - 2)}
        fill={`url(#${gradientId})`}
        stroke={CHART.muted}
        strokeWidth={0.5}
      />
      <text x={legendX + 22} y={TOP + 6} {...text} fontSize={11}>
        {format(max)}
      </text>
      <text x={legendX + 22} y={TOP + size - 4} {...text} fontSize={11}>
        {format(0)}
      </text>
    </ChartSvg>
  );
}
