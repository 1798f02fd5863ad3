import { Button, Heading3, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LoadingState } from '../../layout/LoadingState';
import type { QueryResult } from '../../data/result';
import type { Peer } from '../api/peers';
import { DEFAULT_RADIUS_KM } from '../state/mapUrl';
import { PEERS_TABLE_ID } from './PeersTableSection';
import { RadiusSlider } from './RadiusSlider';

interface PeersSectionProps {
  /** The selected partnership; null while it loads. */
  me: { id: string; name: string } | null;
  /** Null while peers are off. */
  radiusKm: number | null;
  hasLocation: boolean;
  peers: QueryResult<Peer[]> | null;
  onRadius: (radiusKm: number | null) => void;
}

/** "Peers nearby": turn on, set the radius, see how many the API finds; the table below the map lists them. */
export function PeersSection({ me, radiusKm, hasLocation, peers, onRadius }: PeersSectionProps) {
  const { t } = useTranslation('map');
  const headingId = useId();

  return (
    <section aria-labelledby={headingId} className="dsv-peers">
      <Heading3 id={headingId}>{t('peers.heading')}</Heading3>
      {!hasLocation && <Paragraph>{t('peers.noLocation')}</Paragraph>}
      {hasLocation && (
        <Button
          type="button"
          appearance="secondary-action-button"
          aria-pressed={radiusKm !== null}
          onClick={() => onRadius(radiusKm === null ? DEFAULT_RADIUS_KM : null)}
        >
          {radiusKm === null ? t('peers.show') : t('peers.hide')}
        </Button>
      )}
      {hasLocation && radiusKm !== null && (
        <>
          <RadiusSlider value={radiusKm} onChange={onRadius} />
          <div aria-live="polite" aria-busy={peers?.status === 'loading'}>
            {peers?.status === 'loading' && <LoadingState label={t('peers.loading')} />}
            {peers?.status === 'error' && <Paragraph role="alert">{peers.error.message}</Paragraph>}
            {peers?.status === 'success' && (
              <Paragraph className="dsv-peers__count">
                {peers.data.length === 0 ? t('peers.none', { km: radiusKm }) : t('peers.count', { count: peers.data.length, km: radiusKm })}
              </Paragraph>
            )}
          </div>
          {me && peers?.status === 'success' && peers.data.length > 0 && (
            <Paragraph>
              <a className="utrecht-link utrecht-link--html-a" href={`#${PEERS_TABLE_ID}`}>
                {t('peers.toTable')}
              </a>
            </Paragraph>
          )}
        </>
      )}
    </section>
  );
}
