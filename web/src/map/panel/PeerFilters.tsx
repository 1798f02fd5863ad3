import { FormField, FormLabel, Select, SelectOption } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useLabels } from '../../ui/labels';
import type { Peer } from '../api/peers';

interface PeerFiltersProps {
  peers: readonly Peer[];
  network: string | null;
  theme: string | null;
  onNetwork: (key: string | null) => void;
  onTheme: (name: string | null) => void;
}

/** Narrows the peers to one network and to one theme in common; the choices are those the peers have. */
export function PeerFilters({ peers, network, theme, onNetwork, onTheme }: PeerFiltersProps) {
  const { t } = useTranslation('map');
  const labels = useLabels();
  const networkId = useId();
  const themeId = useId();
  const networks = [...new Set(peers.flatMap((p) => p.partnership.networks.map((n) => n.key)))].sort();
  const themes = [...new Set(peers.flatMap((p) => p.themesInCommon))].sort((a, b) => labels.theme(a).localeCompare(labels.theme(b)));
  return (
    <div className="dsv-peers__filters">
      <FormField className="dsv-control">
        <FormLabel htmlFor={networkId}>{t('peers.filterNetwork')}</FormLabel>
        <Select id={networkId} value={network ?? ''} onChange={(e) => onNetwork(e.target.value || null)}>
          <SelectOption value="">{t('peers.anyNetwork')}</SelectOption>
          {networks.map((key) => (
            <SelectOption key={key} value={key}>
              {labels.network(key)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
      <FormField className="dsv-control">
        <FormLabel htmlFor={themeId}>{t('peers.filterTheme')}</FormLabel>
        <Select id={themeId} value={theme ?? ''} onChange={(e) => onTheme(e.target.value || null)}>
          <SelectOption value="">{t('peers.anyTheme')}</SelectOption>
          {themes.map((name) => (
            <SelectOption key={name} value={name}>
              {labels.theme(name)}
            </SelectOption>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
