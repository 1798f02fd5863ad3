import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { ExportButtons } from '../../ui/export/ExportButtons';
import { useExportDates, withDates } from '../../ui/export/exportDates';
import { dataUrlToBlob, saveFile } from '../../ui/export/saveFile';
import { useSheetActions } from '../../ui/export/useSheetActions';
import { useLabels } from '../../ui/labels';
import { sheetRows } from '../../ui/table/columns';
import type { MapPoint } from '../data/mapPoint';
import { toGeoJson } from '../data/exportFormats';
import { usePointColumns } from '../tables/usePointColumns';
import { mapToPng } from './pngExport';

interface ExportActionsProps {
  /** Every partnership on the map that matches the filters (not only those in view). */
  points: readonly MapPoint[];
  /** The element the PNG shows: the map and its legend. */
  figure: RefObject<HTMLElement | null>;
}

const FILE = 'samenwerkingsverbanden';

/** Save the partnerships that match the filters as CSV, XLSX or GeoJSON, and the map view as PNG: all through the kit's export. */
export function ExportActions({ points, figure }: ExportActionsProps) {
  const { t } = useTranslation('map');
  const { t: tu } = useTranslation('ui');
  const headingId = useId();
  const labels = useLabels();
  const columns = usePointColumns();
  const sheet = useSheetActions();
  const dates = useExportDates();
  const title = t('export.title');
  const tables = sheet({
    title,
    name: FILE,
    count: points.length,
    rows: () => sheetRows(columns, points),
  });

  async function savePng() {
    if (!figure.current) throw new Error(tu('export.noChart'));
    saveFile(dataUrlToBlob(await mapToPng(figure.current)), { name: withDates('kaartbeeld', dates), extension: 'png' });
  }

  return (
    <section aria-labelledby={headingId} className="dsv-export">
      <Heading2 id={headingId}>{t('export.heading')}</Heading2>
      <Paragraph>{t('export.intro', { count: points.length })}</Paragraph>
      <ExportButtons
        title={title}
        actions={[
          ...tables,
          {
            label: tu('export.geojson', { count: points.length }),
            run: () =>
              saveFile(new Blob([JSON.stringify(toGeoJson(points, labels))], { type: 'application/geo+json' }), {
                name: withDates(FILE, dates),
                extension: 'geojson',
              }),
          },
          { label: t('export.png'), run: savePng },
        ]}
      />
    </section>
  );
}
