import { useTranslation } from 'react-i18next';
import { isBusy } from '../data/result';
import { useLoadingLabel } from '../data/useLoadingLabel';
import { ErrorState } from '../layout/ErrorState';
import type { MapData } from './state/useMapData';

interface MapStatusProps {
  data: MapData;
  inView: number;
}

/** One polite line: how many partnerships match, how many are in view, how many have no location. */
export function MapStatus({ data, inView }: MapStatusProps) {
  const { t } = useTranslation('map');
  const { pointsQuery, points, matching } = data;
  const loadingLabel = useLoadingLabel(pointsQuery, t('status.loading'));

  if (pointsQuery.status === 'error') {
    return (
      <ErrorState
        title={t('status.errorTitle')}
        help={t('status.errorHelp')}
        detail={t('status.errorDetail', { message: pointsQuery.error.message })}
        retryLabel={t('status.retry')}
        onRetry={pointsQuery.retry}
      />
    );
  }
  const loading = isBusy(pointsQuery);
  const withoutLocation = matching - points.length;
  return (
    <p className="dsv-map-status" role="status" aria-busy={loading}>
      {loading ? (
        loadingLabel
      ) : (
        <>
          <strong data-testid="map-count">{t('status.onMap', { count: points.length })}</strong>
          {', '}
          <span data-testid="map-in-view">{t('status.inView', { count: inView })}</span>
          {'. '}
          {withoutLocation > 0 && t('status.noLocation', { count: withoutLocation })}
        </>
      )}
    </p>
  );
}
