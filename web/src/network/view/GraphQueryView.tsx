import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeptQuery } from '../../data/useKept';
import type { GraphModel } from '../data/graphModel';
import { ErrorState } from '../../layout/ErrorState';
import { LoadingState } from '../../layout/LoadingState';
import { useLoadingLabel } from '../../data/useLoadingLabel';
import type { SetView } from '../state/useNetworkView';
import type { ViewState } from '../state/viewState';
import { GraphView } from './GraphView';
import { NetworkWorkspace } from './NetworkWorkspace';

interface GraphQueryViewProps {
  query: KeptQuery<GraphModel>;
  view: ViewState;
  setView: SetView;
  caption: string;
  /** The mode's own controls, shown in the filter panel. */
  controls?: ReactNode;
}

/** A mode's graph with its loading and error states; a reload keeps the previous graph on screen. */
export function GraphQueryView({ query, view, setView, caption, controls }: GraphQueryViewProps) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation();
  const loadingLabel = useLoadingLabel(query.preparing ? { status: 'loading', preparing: true } : undefined, tc('networks.loading'));
  const error = query.error && (
    <ErrorState
      title={t('error.title')}
      help={t('error.help')}
      detail={t('error.detail', { message: query.error.message })}
      retryLabel={t('error.retry')}
      onRetry={query.retry}
    />
  );
  if (!query.data) return <NetworkWorkspace mode={view.mode} controls={controls} stage={error || <LoadingState label={loadingLabel} />} />;
  return (
    <GraphView
      graph={query.data}
      view={view}
      setView={setView}
      caption={caption}
      busy={query.loading}
      controls={
        <>
          {error}
          {controls}
        </>
      }
    />
  );
}
