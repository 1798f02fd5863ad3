import { Button, ButtonGroup, Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { MapPoint } from '../data/mapPoint';
import { exportName, saveBlob, saveUrl } from '../data/download';
import { toCsv, toGeoJson } from '../data/exportFormats';
import { mapToPng } from './pngExport';

interface ExportActionsProps {
  /** The partnerships in view. */
  points: readonly MapPoint[];
  /** The element the PNG shows: the map and its legend. */
  figure: RefObject<HTMLElement | null>;
}

/** Lets spreadsheet programs read the CSV as UTF-8 (Fryslân, Súdwest-Fryslân). */
const BOM = '\uFEFF';

type PngState = { status: 'idle' } | { status: 'busy' } | { status: 'error'; message: string };

/** Save what is in view: the partnerships as CSV or GeoJSON, the map as PNG. */
export function ExportActions({ points, figure }: ExportActionsProps) {
  const { t } = useTranslation('map');
  const headingId = useId();
  const [png, setPng] = useState<PngState>({ status: 'idle' });

  async function savePng() {
    if (!figure.current) return;
    setPng({ status: 'busy' });
    try {
      saveUrl(await mapToPng(figure.current), exportName('png'));
      setPng({ status: 'idle' });
    } catch (error) {
      setPng({ status: 'error', message: error instanceof Error ? error.message : String(error) });
    }
  }

  return (
    <section aria-labelledby={headingId} className="dsv-export">
      <Heading2 id={headingId}>{t('export.heading')}</Heading2>
      <Paragraph>{t('export.intro', { count: points.length })}</Paragraph>
      <ButtonGroup>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => saveBlob(new Blob([BOM, toCsv(points)], { type: 'text/csv;charset=utf-8' }), exportName('csv'))}
        >
          {t('export.csv')}
        </Button>
        <Button
          type="button"
          appearance="secondary-action-button"
          onClick={() => saveBlob(new Blob([JSON.stringify(toGeoJson(points))], { type: 'application/geo+json' }), exportName('geojson'))}
        >
          {t('export.geojson')}
        </Button>
        <Button type="button" appearance="secondary-action-button" disabled={png.status === 'busy'} onClick={() => void savePng()}>
          {png.status === 'busy' ? t('export.busy') : t('export.png')}
        </Button>
      </ButtonGroup>
      {png.status === 'error' && <Paragraph role="alert">{t('export.error', { message: png.message })}</Paragraph>}
    </section>
  );
}
