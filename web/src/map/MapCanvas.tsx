import 'leaflet/dist/leaflet.css';
import type { ReactNode } from 'react';
import { MapContainer, ZoomControl } from 'react-leaflet';
import type { MapSettings } from './api/mapSettings';
import type { ClusterIndex, PointProps } from './data/clusterIndex';
import type { NetworkPalette } from './data/networkColors';
import { BaseTiles } from './layers/BaseTiles';
import { ClusterLayer, type ClusterTexts } from './layers/ClusterLayer';
import { MapLabels } from './layers/MapLabels';
import { SizeWatcher } from './layers/SizeWatcher';
import { ViewSync, type MapMove } from './layers/ViewSync';
import { MAX_ZOOM, MIN_ZOOM, ZOOM_SNAP } from './state/mapUrl';

interface MapCanvasProps {
  lat: number;
  lon: number;
  zoom: number;
  settings: MapSettings | null;
  index: ClusterIndex;
  palette: NetworkPalette;
  texts: ClusterTexts & { map: string; zoomIn: string; zoomOut: string };
  describedBy: string;
  onMove: (move: MapMove) => void;
  onSelect: (id: string) => void;
  onStack: (points: PointProps[]) => void;
  /** More layers: crowding, peers, the selection. */
  children?: ReactNode;
}

/** The Leaflet map with its base map, the clustered partnerships and whatever layers the page adds. */
export function MapCanvas({
  lat,
  lon,
  zoom,
  settings,
  index,
  palette,
  texts,
  describedBy,
  onMove,
  onSelect,
  onStack,
  children,
}: MapCanvasProps) {
  return (
    <MapContainer
      className="dsv-map__canvas"
      center={[lat, lon]}
      zoom={zoom}
      minZoom={MIN_ZOOM}
      maxZoom={MAX_ZOOM}
      zoomSnap={ZOOM_SNAP}
      zoomControl={false}
      worldCopyJump={false}
    >
      <ZoomControl position="topleft" zoomInTitle={texts.zoomIn} zoomOutTitle={texts.zoomOut} />
      <BaseTiles settings={settings} />
      {children}
      <ClusterLayer index={index} palette={palette} texts={texts} onSelect={onSelect} onStack={onStack} />
      <MapLabels label={texts.map} describedBy={describedBy} />
      <ViewSync lat={lat} lon={lon} zoom={zoom} onMove={onMove} />
      <SizeWatcher />
    </MapContainer>
  );
}
