import 'leaflet/dist/leaflet.css';
import L from 'leaflet';
import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import type { MapSettings } from './api/mapSettings';
import type { ClusterIndex, PointProps } from './data/clusterIndex';
import type { NetworkPalette } from './data/networkColors';
import { BaseTiles } from './layers/BaseTiles';
import { ClusterLayer, type ClusterTexts } from './layers/ClusterLayer';
import { MapLabels } from './layers/MapLabels';
import { SizeWatcher } from './layers/SizeWatcher';
import { ViewSync, type MapMove } from './layers/ViewSync';
import { ZoomButtons } from './layers/ZoomButtons';
import { MapContext } from './leaflet/MapContext';
import { MAX_ZOOM, MIN_ZOOM, ZOOM_SNAP } from './state/mapUrl';

interface MapCanvasProps {
  lat: number;
  lon: number;
  zoom: number;
  settings: MapSettings | null;
  index: ClusterIndex;
  /** False hides the partnerships (clusters and points). */
  showPoints: boolean;
  palette: NetworkPalette;
  texts: ClusterTexts & { map: string; zoomIn: string; zoomOut: string };
  describedBy: string;
  onMove: (move: MapMove) => void;
  onSelect: (id: string) => void;
  onStack: (points: PointProps[]) => void;
  onTilesFailing: (failing: boolean) => void;
  /** More layers and controls: outlines and crowding, peers, the selection, the legend. */
  children?: ReactNode;
}

/**
 * The Leaflet map, made by hand in an effect (no wrapper library), and handed
 * to its layers through MapContext. The layers are controller components: they
 * render nothing and add and remove their Leaflet objects in effects.
 */
export function MapCanvas(props: MapCanvasProps) {
  const { lat, lon, zoom, settings, index, showPoints, palette, texts, describedBy, onMove, onSelect, onStack, onTilesFailing, children } =
    props;
  const box = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<L.Map | null>(null);
  // Only the first view makes the map; later ones reach it through ViewSync.
  const initial = useRef({ lat, lon, zoom });

  // A layout effect: the map goes away while its box is still in the page, so
  // nothing it does on the way out sees a box of size zero.
  useLayoutEffect(function createMap() {
    const { lat, lon, zoom } = initial.current;
    const created = L.map(box.current!, {
      center: [lat, lon],
      zoom,
      minZoom: MIN_ZOOM,
      maxZoom: MAX_ZOOM,
      zoomSnap: ZOOM_SNAP,
      zoomControl: false,
      worldCopyJump: false,
    });
    setMap(created);
    return function removeMap() {
      setMap(null);
      // No view reports a move of a map that is going away (that wrote the old page's URL back).
      created.off('moveend');
      created.remove();
    };
  }, []);

  return (
    <div ref={box} className="dsv-map__canvas">
      {map && (
        <MapContext.Provider value={map}>
          <ZoomButtons zoomIn={texts.zoomIn} zoomOut={texts.zoomOut} />
          <BaseTiles settings={settings} onFailing={onTilesFailing} />
          {children}
          {showPoints && <ClusterLayer index={index} palette={palette} texts={texts} onSelect={onSelect} onStack={onStack} />}
          <MapLabels label={texts.map} describedBy={describedBy} />
          <ViewSync lat={lat} lon={lon} zoom={zoom} onMove={onMove} />
          <SizeWatcher />
        </MapContext.Provider>
      )}
    </div>
  );
}
