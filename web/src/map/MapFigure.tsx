import { forwardRef, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from './api/peers';
import { crowdingClasses } from './data/crowdingClasses';
import type { PointProps } from './data/clusterIndex';
import { CrowdingLegend } from './legend/CrowdingLegend';
import { LayerSwitch } from './legend/LayerSwitch';
import { NetworkLegend } from './legend/NetworkLegend';
import { CrowdingLayer } from './layers/CrowdingLayer';
import type { ClusterTexts } from './layers/ClusterLayer';
import { FitCircle, type FitRequest } from './layers/FitCircle';
import { PeersLayer } from './layers/PeersLayer';
import { HighlightMarker, SelectionMarker } from './layers/SelectionMarker';
import type { MapMove } from './layers/ViewSync';
import { MapPanelControl } from './leaflet/MapPanelControl';
import { MapCanvas } from './MapCanvas';
import type { CrowdingLayer as Layer, MapView } from './state/mapUrl';
import type { MapData } from './state/useMapData';

interface MapFigureProps {
  data: MapData;
  view: MapView;
  /** Where the selected partnership is, when it has a location. */
  selectedAt: { lat: number; lon: number } | null;
  /** Where the partnership of the table row in focus is. */
  highlightedAt: { lat: number; lon: number } | null;
  peers: readonly Peer[];
  fit: FitRequest | null;
  onMove: (move: MapMove) => void;
  onSelect: (id: string) => void;
  onStack: (points: PointProps[]) => void;
  onLayer: (layer: Layer) => void;
}

/** The map with its layers, and on it the legend and the layer switch: what the PNG export shows. */
export const MapFigure = forwardRef<HTMLElement, MapFigureProps>(function MapFigure(
  { data, view, selectedAt, highlightedAt, peers, fit, onMove, onSelect, onStack, onLayer },
  ref,
) {
  const { t, i18n } = useTranslation('map');
  const headingId = useId();
  const helpId = useId();
  const metric = view.layer === 'none' ? null : view.layer;
  const classes = useMemo(() => (metric ? crowdingClasses(data.areas.map((a) => a[metric])) : []), [data.areas, metric]);
  const names = data.networkNames;
  const compact = useMemo(() => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }), [i18n.language]);

  const texts = useMemo<ClusterTexts & { map: string; zoomIn: string; zoomOut: string }>(
    () => ({
      map: t('map.label'),
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      cluster: (count) => t('map.cluster', { count }),
      badge: (count) => (count < 1000 ? String(count) : compact.format(count)),
      point: (name, networks) => t('map.point', { name, networks: networks.map((k) => names.get(k) ?? k).join(', ') }),
      networkLine: (key, count) => t('map.networkLine', { network: names.get(key) ?? key, count }),
      multiLine: (count) => t('map.multiLine', { count }),
    }),
    [t, names, compact],
  );

  return (
    <section ref={ref} className="dsv-map-figure" aria-labelledby={headingId}>
      <h2 id={headingId} className="dsv-visually-hidden">
        {t('map.heading')}
      </h2>
      <p id={helpId} className="dsv-visually-hidden">
        {t('map.help')}
      </p>
      <MapCanvas
        lat={view.lat}
        lon={view.lon}
        zoom={view.zoom}
        settings={data.settings}
        index={data.index}
        palette={data.palette}
        texts={texts}
        describedBy={helpId}
        onMove={onMove}
        onSelect={onSelect}
        onStack={onStack}
      >
        {metric && (
          <CrowdingLayer
            areas={data.areas}
            metric={metric}
            classes={classes}
            label={(area, value) => t('map.crowdingTip', { name: area.name, value, metric: t(`layer.${metric}`) })}
          />
        )}
        {selectedAt && view.radiusKm !== null && (
          <PeersLayer center={selectedAt} radiusKm={view.radiusKm} peers={peers} onSelect={onSelect} />
        )}
        {selectedAt && <SelectionMarker lat={selectedAt.lat} lon={selectedAt.lon} />}
        {highlightedAt && <HighlightMarker lat={highlightedAt.lat} lon={highlightedAt.lon} />}
        <FitCircle request={fit} />
        <MapPanelControl position="topright" className="dsv-map-layers" summary={t('layer.heading')}>
          <LayerSwitch value={view.layer} onChange={onLayer} />
        </MapPanelControl>
        <MapPanelControl position="bottomright" className="dsv-legend" summary={t('legend.heading')}>
          <NetworkLegend networks={data.networks} palette={data.palette} />
          {metric && <CrowdingLegend metric={t(`layer.${metric}`)} classes={classes} />}
        </MapPanelControl>
      </MapCanvas>
    </section>
  );
});
