import { scaleBand, scaleLinear } from 'd3-scale';
import type { Ref } from 'react';
import { CHART, CHART_TEXT } from '../ui/chart/chartStyle';
import { ChartSvg } from '../ui/chart/ChartSvg';
import type { NetworkIntersection } from './api';
import { combinationKey, type SetSize } from './upset';

interface UpSetChartProps {
  combinations: readonly NetworkIntersection[];
  sets: readonly SetSize[];
  label: (key: string) => string;
  format: (n: number) => string;
  title: string;
  description: string;
  axis: { combinations: string; sets: string };
  svgRef: Ref<SVGSVGElement>;
}

const SET_BARS = 100; // width of the set-size bars, left
const LABELS = 170; // network names between set bars and matrix
const COLUMN = 28;
const ROW = 24;
const BARS = 170; // height of the combination bars, top
const TOP = 24; // room for the axis title
const BOTTOM = 34; // room for the set-size axis title

/**
 * An UpSet plot (Lex et al. 2014), drawn by hand in SVG with d3-scale for the
 * geometry: UpSet.js (@upsetjs/react) is AGPL-licensed and unmaintained since
 * 2022, and no general chart library draws the dot matrix. Bars on top: each
 * combination's exclusive count; dots: which networks form it; bars left:
 * each network's set size.
 */
export function UpSetChart({ combinations, sets, label, format, title, description, axis, svgRef }: UpSetChartProps) {
  const matrixX = SET_BARS + LABELS;
  const width = matrixX + combinations.length * COLUMN + 8;
  const matrixY = TOP + BARS;
  const height = matrixY + sets.length * ROW + BOTTOM;

  const x = scaleBand<string>()
    .domain(combinations.map(combinationKey))
    .range([matrixX, width - 8])
    .padding(0.2);
  const y = scaleBand<string>()
    .domain(sets.map((s) => s.key))
    .range([matrixY, matrixY + sets.length * ROW]);
  const barHeight = scaleLinear()
    .domain([0, Math.max(1, ...combinations.map((c) => c.exclusive))])
    .range([0, BARS - 18]);
  const setWidth = scaleLinear()
    .domain([0, Math.max(1, ...sets.map((s) => s.size))])
    .range([0, SET_BARS - 40]);
  const dot = Math.min(x.bandwidth(), ROW) / 2 - 2;
  const text = CHART_TEXT;

  return (
    <ChartSvg svgRef={svgRef} width={width} height={height} title={title} description={description}>
      <text x={matrixX} y={14} {...text} fill={CHART.muted}>
        {axis.combinations}
      </text>
      {sets.map((s, i) => (
        <rect key={s.key} x={matrixX} y={y(s.key)} width={width - matrixX} height={ROW} fill={i % 2 ? '#ffffff' : CHART.empty} />
      ))}
      {combinations.map((c) => {
        const key = combinationKey(c);
        const cx = (x(key) ?? 0) + x.bandwidth() / 2;
        const members = sets.filter((s) => c.networks.includes(s.key)).map((s) => (y(s.key) ?? 0) + ROW / 2);
        const h = barHeight(c.exclusive);
        return (
          <g key={key}>
            <rect x={x(key)} y={matrixY - 4 - h} width={x.bandwidth()} height={h} fill={CHART.bar} />
            <text x={cx} y={matrixY - 8 - h} textAnchor="middle" {...text} fontSize={11}>
              {format(c.exclusive)}
            </text>
            {members.length > 1 && (
              <line x1={cx} x2={cx} y1={Math.min(...members)} y2={Math.max(...members)} stroke={CHART.dotOn} strokeWidth={3} />
            )}
            {sets.map((s) => (
              <circle
                key={s.key}
                cx={cx}
                cy={(y(s.key) ?? 0) + ROW / 2}
                r={dot}
                fill={c.networks.includes(s.key) ? CHART.dotOn : CHART.dotOff}
              />
            ))}
          </g>
        );
      })}
      {sets.map((s) => {
        const cy = (y(s.key) ?? 0) + ROW / 2;
        const w = setWidth(s.size);
        return (
          <g key={s.key}>
            <rect x={SET_BARS - w} y={cy - ROW / 2 + 4} width={w} height={ROW - 8} fill={CHART.setBar} />
            <text x={SET_BARS - w - 4} y={cy} dy="0.35em" textAnchor="end" {...text} fontSize={11}>
              {format(s.size)}
            </text>
            <text x={matrixX - 8} y={cy} dy="0.35em" textAnchor="end" {...text}>
              {label(s.key)}
            </text>
          </g>
        );
      })}
      <text x={0} y={height - 10} {...text} fill={CHART.muted}>
        {axis.sets}
      </text>
    </ChartSvg>
  );
}
