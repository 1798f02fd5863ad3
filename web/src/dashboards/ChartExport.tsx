import type { RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadPng, downloadSvg } from './export/chart';
import { ExportGroup } from './ExportGroup';

interface ChartExportProps {
  title: string;
  name: string;
  svg: RefObject<SVGSVGElement | null>;
}

/** PNG and SVG downloads of a chart drawn as SVG. */
export function ChartExport({ title, name, svg }: ChartExportProps) {
  const { t } = useTranslation('dashboards');
  const current = () => {
    if (!svg.current) throw new Error(t('export.noChart'));
    return svg.current;
  };
  return (
    <ExportGroup
      title={title}
      actions={[
        { label: t('export.png'), run: () => downloadPng(current(), name) },
        { label: t('export.svg'), run: () => downloadSvg(current(), name) },
      ]}
    />
  );
}
