import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useExploreGraph } from '../api/useGraphs';
import { parseNodeKey } from '../state/nodeKey';
import { GraphQueryView } from '../view/GraphQueryView';
import { NetworkWorkspace } from '../view/NetworkWorkspace';
import type { ModeProps } from './NetworksMode';
import { SearchStart } from './SearchStart';

/** Explore mode: start from a search hit or a link from the map, then expand node by node. */
export function ExploreMode({ view, setView, filters }: ModeProps) {
  const { t } = useTranslation('network');
  const query = useExploreGraph(view.expanded, filters);
  const focusName =
    (view.focus && query.data?.nodes.find((n) => n.key === view.focus)?.name) || (view.focus && parseNodeKey(view.focus)?.id) || '';
  const start = (key: string) => setView({ focus: key, expanded: [{ key, pages: 1 }], selected: [key], isolate: false }, { push: true });

  const search = <SearchStart find={view.find} onFind={(find) => setView({ find })} onStart={start} />;
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
      query={query}
      view={view}
      setView={setView}
      caption={t('figure.captions.explore', { name: focusName })}
      controls={search}
    />
  );
}
