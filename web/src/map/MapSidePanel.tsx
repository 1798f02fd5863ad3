import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import type { QueryResult } from '../data/result';
import type { PartnershipDetail } from './api/partnership';
import type { Peer } from './api/peers';
import type { PointProps } from './data/clusterIndex';
import type { NetworkPalette } from './data/networkColors';
import { PartnershipPanel } from './panel/PartnershipPanel';
import { PeersSection } from './panel/PeersSection';
import { StackList } from './panel/StackList';

interface MapSidePanelProps {
  selectedId: string | null;
  radiusKm: number | null;
  detail: QueryResult<PartnershipDetail | null>;
  peers: QueryResult<Peer[]>;
  stack: PointProps[] | null;
  palette: NetworkPalette;
  focusOnOpen: boolean;
  onSelect: (id: string) => void;
  onClose: () => void;
  onRadius: (radiusKm: number | null) => void;
  onCloseStack: () => void;
}

/** Beside the map: a stack to pick from, the selected partnership with its peers, or a hint. */
export function MapSidePanel(props: MapSidePanelProps) {
  const { t } = useTranslation('map');
  const { selectedId, radiusKm, detail, peers, stack, palette, focusOnOpen, onSelect, onClose, onRadius, onCloseStack } = props;

  return (
    <aside className="dsv-map-side" aria-label={t('panel.heading')}>
      {stack && <StackList points={stack} onSelect={onSelect} onClose={onCloseStack} />}
      {!stack && selectedId && (
        <PartnershipPanel key={selectedId} detail={detail} palette={palette} focusOnOpen={focusOnOpen} onClose={onClose}>
          <PeersSection
            me={detail.status === 'success' && detail.data ? { id: detail.data.id, name: detail.data.name } : null}
            radiusKm={radiusKm}
            hasLocation={detail.status === 'success' && detail.data?.location != null}
            peers={radiusKm === null ? null : peers}
            onRadius={onRadius}
          />
        </PartnershipPanel>
      )}
      {!stack && !selectedId && (
        <div className="dsv-panel">
          <Heading2>{t('panel.heading')}</Heading2>
          <Paragraph>{t('panel.empty')}</Paragraph>
        </div>
      )}
    </aside>
  );
}
