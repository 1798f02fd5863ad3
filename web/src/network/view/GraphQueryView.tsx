import { useTranslation } from 'react-i18next';
import type { KeptQuery } from '../../data/useKept';
import type { GraphModel } from '../data/graphModel';
import { ErrorState } from '../../layout/ErrorState';
import { LoadingState } from '../../layout/LoadingState';
import { useLoadingLabel } from '../../data/useLoadingLabel';
import type { SetView } from '../state/useNetworkView';
import type { ViewState } from '../state/viewState';
import { GraphView } from './GraphView';

interface GraphQueryViewProps {
  query: KeptQuery<GraphModel>;
  view: ViewState;
  setView: SetView;
  caption: string;
}

/** A mode's graph with its loading and error states; a reload keeps the previous graph on screen. */
export function GraphQueryView({ query, view, setView, caption }: GraphQueryViewProps) {
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
  if (!query.data) return error || <LoadingState label={loadingLabel} />;
  return (
    <>
      {error}
      <GraphView graph={query.data} view={view} setView={setView} caption={caption} busy={query.loading} />
    </>
  );
}
