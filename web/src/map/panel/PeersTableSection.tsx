import { useTranslation } from 'react-i18next';
import type { QueryResult } from '../../data/result';
import { Section } from '../../ui/page/Section';
import type { Peer } from '../api/peers';
import { PeersTable } from './PeersTable';

/** The anchor of the peers table below the map; the panel links to it. */
export const PEERS_TABLE_ID = 'in-de-buurt';

interface PeersTableSectionProps {
  me: { id: string; name: string } | null;
  radiusKm: number | null;
  peers: QueryResult<Peer[]>;
  onSelect: (id: string) => void;
}

/** Below the map, at full width: the selected partnership's peers with what they share. */
export function PeersTableSection({ me, radiusKm, peers, onSelect }: PeersTableSectionProps) {
  const { t } = useTranslation('map');
  if (!me || radiusKm === null || peers.status !== 'success' || peers.data.length === 0) return null;
  return (
    <div id={PEERS_TABLE_ID} tabIndex={-1} className="dsv-anchor">
      <Section title={t('peers.tableTitle', { name: me.name })} intro={t('peers.tableIntro')}>
        <PeersTable me={me} peers={peers.data} radiusKm={radiusKm} onSelect={onSelect} />
      </Section>
    </div>
  );
}
