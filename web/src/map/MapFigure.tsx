import { forwardRef, useCallback, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Peer } from './api/peers';
import { choroplethClasses, fillOf } from '../ui/regions/choropleth';
import type { PointProps } from './data/clusterIndex';
import { ChoroplethLegend } from './legend/ChoroplethLegend';
import { LayerSwitch } from './legend/LayerSwitch';
import { LevelSwitch } from './legend/LevelSwitch';
import { NetworkLegend } from './legend/NetworkLegend';
import { BoundaryLayer } from './layers/BoundaryLayer';
import type { ClusterTexts } from './layers/ClusterLayer';
import { FitCircle, type FitRequest } from './layers/FitCircle';
import { PeersLayer } from './layers/PeersLayer';
import { HighlightMarker, SelectionMarker } from './layers/SelectionMarker';
import type { MapMove } from './layers/ViewSync';
import { MapPanelControl } from './leaflet/MapPanelControl';
import { MapCanvas } from './MapCanvas';
import type { OutlineStyle } from './regions/outlineLayer';
import type { CrowdingLayer as Layer, MapLevel, MapView } from './state/mapUrl';
import type { Choropleth } from './state/useChoropleth';
import type { MapData } from './state/useMapData';

interface MapFigureProps {
  data: MapData;
  choropleth: Choropleth;
  view: MapView;
  /** The municipalities and regions in the filters: drawn as selected. */
  selectedAreas: readonly string[];
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
  onLevel: (level: MapLevel) => void;
  onPoints: (shown: boolean) => void;
  /** A municipality or region clicked on the map. */
  onPickArea: (code: string) => void;
}

/** The map with its layers, and on it the legend and the layer switches: what the PNG export shows. */
export const MapFigure = forwardRef<HTMLElement, MapFigureProps>(function MapFigure(props, ref) {
  const { data, choropleth, view, selectedAreas, selectedAt, highlightedAt, peers, fit } = props;
  const { onMove, onSelect, onStack, onLayer, onLevel, onPoints, onPickArea } = props;
  const { t, i18n } = useTranslation('map');
  const headingId = useId();
  const helpId = useId();
  const [tilesFailing, setTilesFailing] = useState(false);
  const metric = view.layer === 'none' ? null : view.layer;
  const { rows, names, outlines } = choropleth;
  const classes = useMemo(() => (metric ? choroplethClasses(rows.map((a) => a[metric])) : []), [rows, metric]);
  const values = useMemo(() => new Map(rows.map((r) => [r.code, r])), [rows]);
  const styles = useMemo(() => {
    const selected = new Set(selectedAreas);
    const map = new Map<string, OutlineStyle>();
    for (const outline of outlines ?? []) {
      const code = outline.properties.code;
      const row = values.get(code);
      const fill = metric ? (fillOf(classes, row?.[metric]) ?? 'hatch') : null;
      map.set(code, { fill, selected: selected.has(code) });
    }
    return map;
  }, [outlines, values, metric, classes, selectedAreas]);
  const tip = useCallback(
    (code: string) => {
      const name = names.get(code) ?? code;
      if (!metric) return name;
      const value = values.get(code)?.[metric];
      return t('map.crowdingTip', { name, value: value ?? t('legend.noData'), metric: t(`layer.${metric}`) });
    },
    [names, values, metric, t],
  );
  const networkNames = data.networkNames;
  const compact = useMemo(() => new Intl.NumberFormat(i18n.language, { notation: 'compact', maximumFractionDigits: 1 }), [i18n.language]);

  const texts = useMemo<ClusterTexts & { map: string; zoomIn: string; zoomOut: string }>(
    () => ({
      map: t('map.label'),
      zoomIn: t('map.zoomIn'),
      zoomOut: t('map.zoomOut'),
      cluster: (count) => t('map.cluster', { count }),
      badge: (count) => (count < 1000 ? String(count) : compact.format(count)),
      point: (name, networks) => t('map.point', { name, networks: networks.map((k) => networkNames.get(k) ?? k).join(', ') }),
      networkLine: (key, count) => t('map.networkLine', { network: networkNames.get(key) ?? key, count }),
      multiLine: (count) => t('map.multiLine', { count }),
    }),
    [t, networkNames, compact],
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
        showPoints={view.points}
        palette={data.palette}
        texts={texts}
        describedBy={helpId}
        onMove={onMove}
        onSelect={onSelect}
        onStack={onStack}
        onTilesFailing={setTilesFailing}
      >
        {outlines && <BoundaryLayer outlines={outlines} styles={styles} tip={tip} onPick={onPickArea} />}
        {selectedAt && view.radiusKm !== null && (
          <PeersLayer center={selectedAt} radiusKm={view.radiusKm} peers={peers} onSelect={onSelect} />
        )}
        {selectedAt && <SelectionMarker lat={selectedAt.lat} lon={selectedAt.lon} />}
        {highlightedAt && <HighlightMarker lat={highlightedAt.lat} lon={highlightedAt.lon} />}
        <FitCircle request={fit} />
        <MapPanelControl position="topleft" className="dsv-map-levels" summary={t('level.heading')}>
          <LevelSwitch value={view.level} onChange={onLevel} points={view.points} onPoints={onPoints} />
        </MapPanelControl>
        <MapPanelControl position="topright" className="dsv-map-layers" summary={t('layer.heading')}>
          <LayerSwitch value={view.layer} onChange={onLayer} />
        </MapPanelControl>
        <MapPanelControl position="bottomright" className="dsv-legend" summary={t('legend.heading')}>
          {view.points && <NetworkLegend networks={data.networks} palette={data.palette} />}
          {metric && (
            <ChoroplethLegend
              title={t('legend.choropleth', { metric: t(`layer.${metric}`), level: t(`level.per.${view.level}`) })}
              classes={classes}
            />
          )}
        </MapPanelControl>
      </MapCanvas>
      {(tilesFailing || choropleth.failed) && (
        <p className="dsv-map__notice" role="status">
          {tilesFailing ? t('map.tilesFailed') : t('map.boundariesError')}
        </p>
      )}
    </section>
  );
});
