import { scaleLinear } from 'd3-scale';
import type { Ref } from 'react';
import { CHART, CHART_TEXT } from '../ui/chart/chartStyle';
import { ChartSvg } from '../ui/chart/ChartSvg';
import type { NamedNetworkChange } from './NetworkChangeSection';

interface NetworkChangeChartProps {
  rows: readonly NamedNetworkChange[];
  format: (n: number) => string;
  title: string;
  description: string;
  axis: { joined: string; left: string };
  svgRef: Ref<SVGSVGElement>;
}

const LABELS = 300; // network names, left
const SIDE = 180; // each half of the bars
const ROW = 26;
const TOP = 24; // room for the axis titles
const NUMBER = 40; // room for a value beside its bar

/** Colours of the two directions: the brand blue for joined, a dark orange for left (both ≥ 3:1 on white). */
const JOINED = CHART.bar;
const LEFT = '#b35806';

/**
 * Diverging bars per network: to the left those that left, to the right
 * those that joined, from one zero line and on one scale.
 */
export function NetworkChangeChart({ rows, format, title, description, axis, svgRef }: NetworkChangeChartProps) {
  const zero = LABELS + NUMBER + SIDE;
  const width = zero + SIDE + NUMBER;
  const height = TOP + rows.length * ROW + 8;
  const size = scaleLinear()
    .domain([0, Math.max(1, ...rows.flatMap((r) => [r.joined, r.left]))])
    .range([0, SIDE]);
  const text = CHART_TEXT;
  const label = (name: string) => (name.length > 44 ? `${name.slice(0, 43)}…` : name);

  return (
    <ChartSvg svgRef={svgRef} width={width} height={height} title={title} description={description}>
      <text x={zero - 6} y={14} textAnchor="end" {...text} fill={CHART.muted}>
        {axis.left}
      </text>
      <text x={zero + 6} y={14} {...text} fill={CHART.muted}>
        {axis.joined}
      </text>
      {rows.map((r, i) => {
        const y = TOP + i * ROW;
        const left = size(r.left);
        const joined = size(r.joined);
        return (
          <g key={r.network}>
            {i % 2 === 0 && <rect x={0} y={y} width={width} height={ROW} fill={CHART.empty} />}
            <text x={LABELS - 8} y={y + ROW / 2 + 4} textAnchor="end" {...text}>
              {label(r.name)}
            </text>
            <rect x={zero - left} y={y + 5} width={left} height={ROW - 10} fill={LEFT} />
            <text x={zero - left - 4} y={y + ROW / 2 + 4} textAnchor="end" {...text} fontSize={11}>
              {format(-r.left)}
            </text>
            <rect x={zero} y={y + 5} width={joined} height={ROW - 10} fill={JOINED} />
            <text x={zero + joined + 4} y={y + ROW / 2 + 4} {...text} fontSize={11}>
              {format(r.joined)}
            </text>
          </g>
        );
      })}
      <line x1={zero} x2={zero} y1={TOP - 4} y2={height - 4} stroke={CHART.text} />
    </ChartSvg>
  );
}
