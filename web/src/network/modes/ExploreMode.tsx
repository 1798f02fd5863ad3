import { Paragraph } from '@utrecht/component-library-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toPartnershipFilter } from '../../filters/filters';
import { useBridges, useCommunityMembers } from '../api/answers';
import { useExploreGraph } from '../api/useGraphs';
import { markKeys, withCommunities } from '../data/graphModel';
import { ExploreHighlights } from './ExploreHighlights';
import { parseNodeKey } from '../state/nodeKey';
import { GraphQueryView } from '../view/GraphQueryView';
import { NetworkWorkspace } from '../view/NetworkWorkspace';
import type { ModeProps } from './NetworksMode';
import { SearchStart } from './SearchStart';

/** Explore mode: start from a search hit or a link from the map, then expand node by node. */
export function ExploreMode({ view, setView, filters }: ModeProps) {
  const { t } = useTranslation('network');
  const query = useExploreGraph(view.expanded, filters);
  const filter = toPartnershipFilter(filters);
  const bridges = useBridges(filter, view.bridges);
  const communities = useCommunityMembers(filter, view.communities);
  const bridgeKeys = view.bridges && bridges.status === 'success' ? bridges.data : null;
  const communityOf = view.communities && communities.status === 'success' ? communities.data : null;
  const data = useMemo(() => {
    if (!query.data) return undefined;
    const coloured = communityOf ? withCommunities(query.data, communityOf) : query.data;
    return bridgeKeys ? markKeys(coloured, bridgeKeys) : coloured;
  }, [query.data, bridgeKeys, communityOf]);
  const focusName =
    (view.focus && query.data?.nodes.find((n) => n.key === view.focus)?.name) || (view.focus && parseNodeKey(view.focus)?.id) || '';
  const start = (key: string) => setView({ focus: key, expanded: [{ key, pages: 1 }], selected: [key], isolate: false }, { push: true });

  const search = (
    <>
      <SearchStart find={view.find} onFind={(find) => setView({ find })} onStart={start} />
      {view.expanded.length > 0 && <ExploreHighlights view={view} setView={setView} />}
    </>
  );
  if (view.expanded.length === 0) {
    return (
      <NetworkWorkspace
        mode={view.mode}
        controls={search}
        stage={<Paragraph className="dsv-network__empty">{t('explore.empty')}</Paragraph>}
      />
    );
  }
  return (
    <GraphQueryView
      query={{ ...query, data }}
      view={view}
      setView={setView}
      caption={t('figure.captions.explore', { name: focusName })}
      controls={search}
    />
  );
}
