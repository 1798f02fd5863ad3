import { useId, type ReactNode, type Ref } from 'react';
import { CHART } from './chartStyle';

interface ChartSvgProps {
  svgRef: Ref<SVGSVGElement>;
  width: number;
  height: number;
  /** Names the chart for screen readers (`<title>`); the table next to it has the numbers. */
  title: string;
  description: string;
  children: ReactNode;
}

/**
 * The frame of every chart: an `<svg role="img">` named by its title and
 * description, sized by its view box so the SVG and PNG exports match the page.
 */
export function ChartSvg({ svgRef, width, height, title, description, children }: ChartSvgProps) {
  const titleId = useId();
  const descId = useId();
  return (
    <svg
      ref={svgRef}
      role="img"
      aria-labelledby={`${titleId} ${descId}`}
      viewBox={`0 0 ${width} ${height}`}
      width={width}
      height={height}
      fontFamily={CHART.font}
    >
      <title id={titleId}>{title}</title>
      <desc id={descId}>{description}</desc>
      {children}
    </svg>
  );
}
