import type { ReactNode, RefObject } from 'react';
import { ChartExport } from './ChartExport';

interface ChartFigureProps {
  title: string;
  /** File name part of the PNG and SVG downloads. */
  name: string;
  svg: RefObject<SVGSVGElement | null>;
  /** The chart (an `<svg role="img">` that references `svg`). */
  children: ReactNode;
}

/**
 * A chart with its caption and PNG/SVG downloads. Its data is always also in
 * a table next to it (the chart's text alternative).
 */
export function ChartFigure({ title, name, svg, children }: ChartFigureProps) {
  return (
    <figure className="dsv-chart">
      <figcaption className="dsv-chart__caption">{title}</figcaption>
      <div className="dsv-chart__canvas">{children}</div>
      <ChartExport title={title} name={name} svg={svg} />
    </figure>
  );
}
