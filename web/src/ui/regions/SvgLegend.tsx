import { CHART, CHART_TEXT } from '../chart/chartStyle';

/** One swatch of a map legend and what it stands for. */
export interface LegendItem {
  fill: string;
  text: string;
}

/** A choropleth's legend inside its SVG (so the PNG and SVG exports carry it): a title, then a swatch a line. */
export function SvgLegend({ x, y, title, items }: { x: number; y: number; title: string; items: readonly LegendItem[] }) {
  return (
    <g transform={`translate(${x},${y})`}>
      <text x={0} y={0} {...CHART_TEXT} fontWeight={700}>
        {title}
      </text>
      {items.map((item, i) => (
        <g key={item.text} transform={`translate(0,${12 + i * 20})`}>
          <rect width={16} height={12} fill={item.fill} stroke="#4a5560" />
          <text x={24} y={10} {...CHART_TEXT} fill={CHART.text}>
            {item.text}
          </text>
        </g>
      ))}
    </g>
  );
}
