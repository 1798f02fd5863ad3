import type { ReactNode, RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { savePng, saveSvg } from '../export/chart';
import { ExportButtons } from '../export/ExportButtons';
import { useExportDates, withDates } from '../export/exportDates';

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
 * a table next to it (the chart's text alternative), which exports every row.
 */
export function ChartFigure({ title, name: what, svg, children }: ChartFigureProps) {
  const { t } = useTranslation('ui');
  const name = withDates(what, useExportDates());
  const current = () => {
    if (!svg.current) throw new Error(t('export.noChart'));
    return svg.current;
  };
  return (
    <figure className="dsv-chart">
      <figcaption className="dsv-chart__caption">{title}</figcaption>
      {/* On a phone the chart keeps its own size (labels stay readable) and scrolls sideways, by keyboard too. */}
      <div className="dsv-chart__canvas" role="region" aria-label={title} tabIndex={0}>
        {children}
      </div>
      <ExportButtons
        title={title}
        actions={[
          { label: t('export.png'), run: () => savePng(current(), name) },
          { label: t('export.svg'), run: () => saveSvg(current(), name) },
        ]}
      />
    </figure>
  );
}
