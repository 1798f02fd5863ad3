import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionType } from '../../data/queries/regions';
import { RegionCrowdingTable, type RegionRow } from '../../ui/regions/RegionCrowdingTable';

interface RegionCrowdingSectionProps {
  type: RegionType;
  rows: readonly RegionRow[];
  selected: readonly string[];
  onFilter: (row: RegionRow) => void;
  onFocusRow: (row: RegionRow | null) => void;
}

/** Below the map at a region level: crowding per region, the table alternative of the choropleth. */
export function RegionCrowdingSection({ type, rows, selected, onFilter, onFocusRow }: RegionCrowdingSectionProps) {
  const { t } = useTranslation('map');
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="dsv-map-section">
      <Heading2 id={headingId}>{t(`regionCrowding.heading.${type}`)}</Heading2>
      <Paragraph>{t('regionCrowding.intro')}</Paragraph>
      <RegionCrowdingTable id="drukte" type={type} rows={rows} selected={selected} onFilter={onFilter} onFocusRow={onFocusRow} />
    </section>
  );
}
