import { FollowsAsOf } from '../filters/FollowsAsOf';
import { useFilters } from '../filters/useFilters';
import { ExploreMode } from './modes/ExploreMode';
import { NetworksMode } from './modes/NetworksMode';
import { TablesMode } from './modes/TablesMode';
import { useNetworkView } from './state/useNetworkView';
import './network.css';

const MODE_VIEWS = { networks: NetworksMode, explore: ExploreMode, tables: TablesMode } as const;

/**
 * Netwerk: the graph views. Three modes (networks, explore, tables), the
 * shared filters and the as-of date, and everything else in the URL, so a link reproduces the
 * view and the map can link here (`?focus=partnership:<id>`). Each mode lays
 * itself out in the network workspace (view/NetworkWorkspace).
 */
export function NetworkPage() {
  const [view, setView] = useNetworkView();
  const [filters] = useFilters();
  const ModeView = MODE_VIEWS[view.mode];
  return (
    <FollowsAsOf>
      <ModeView view={view} setView={setView} filters={filters} />
    </FollowsAsOf>
  );
}
