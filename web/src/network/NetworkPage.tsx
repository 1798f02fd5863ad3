import { Heading2, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../filters/FilterBar';
import { useFilters } from '../filters/useFilters';
import { PlacePage } from '../layout/PlacePage';
import { ExploreMode } from './modes/ExploreMode';
import { ModeNav } from './modes/ModeNav';
import { NetworksMode } from './modes/NetworksMode';
import { TablesMode } from './modes/TablesMode';
import { useNetworkView } from './state/useNetworkView';
import './network.css';

const MODE_VIEWS = { networks: NetworksMode, explore: ExploreMode, tables: TablesMode } as const;

/**
 * Netwerk: the graph views. Three modes (networks, explore, tables), the
 * shared filters, and everything else in the URL, so a link reproduces the
 * view and the map can link here (`?focus=partnership:<id>`).
 */
export function NetworkPage() {
  const { t } = useTranslation();
  const { t: tn } = useTranslation('network');
  const [view, setView] = useNetworkView();
  const [filters] = useFilters();
  const headingId = useId();
  const ModeView = MODE_VIEWS[view.mode];

  return (
    <PlacePage title={t('pages.network.title')} intro={tn('intro')}>
      <ModeNav mode={view.mode} />
      <FilterBar />
      <section className="dsv-network" aria-labelledby={headingId} data-mode={view.mode}>
        <Heading2 id={headingId}>{tn(`modes.${view.mode}`)}</Heading2>
        <Paragraph>{tn(`modeIntro.${view.mode}`)}</Paragraph>
        <Paragraph appearance="small">{tn(`filterScope.${view.mode}`)}</Paragraph>
        <ModeView view={view} setView={setView} filters={filters} />
      </section>
    </PlacePage>
  );
}
