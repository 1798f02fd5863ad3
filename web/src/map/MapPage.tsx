import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../filters/FilterBar';
import { useFilters } from '../filters/useFilters';
import { PlacePage } from '../layout/PlacePage';
import { usePartnership, usePeers, useLastData } from './api/hooks';
import type { AreaCrowding } from './api/crowding';
import { pointsIn, type Bbox } from './data/bounds';
import type { PointProps } from './data/clusterIndex';
import { ExportActions } from './export/ExportActions';
import type { FitRequest } from './layers/FitCircle';
import type { MapMove } from './layers/ViewSync';
import { LayerSwitch } from './legend/LayerSwitch';
import { MapFigure } from './MapFigure';
import { MapSidePanel } from './MapSidePanel';
import { MapStatus } from './MapStatus';
import { roundCoord } from './state/mapUrl';
import { useMapData } from './state/useMapData';
import { useMapView } from './state/useMapView';
import { useStableCallback } from '../lib/useStableCallback';
import { CrowdingTable } from './tables/CrowdingTable';
import { PartnershipsTable } from './tables/PartnershipsTable';
import './map.css';

/** How close "show on map" brings a municipality. */
const MUNICIPALITY_ZOOM = 11;

/** The map place: filters, the map with its side panel, layer and export tools, and the table alternatives. */
export function MapPage() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('map');
  const [filters, setFilters] = useFilters();
  const [view, setView] = useMapView();
  const data = useMapData(filters);
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const [stack, setStack] = useState<PointProps[] | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const [fit, setFit] = useState<FitRequest | null>(null);
  const figure = useRef<HTMLElement>(null);

  const detail = usePartnership(view.selected);
  const peersQuery = usePeers(view.selected, view.radiusKm);
  const peers = useLastData(peersQuery) ?? [];
  const selectedAt = detail.status === 'success' ? (detail.data?.location ?? null) : null;
  const inView = useMemo(() => pointsIn(data.points, bbox), [data.points, bbox]);

  // The latest view, for the map's move handler, which must stay the same function.
  const latest = useRef(view);
  latest.current = view;
  const onMove = useCallback(
    (move: MapMove) => {
      setBbox(move.bbox);
      const v = latest.current;
      if (roundCoord(move.lat) === roundCoord(v.lat) && roundCoord(move.lon) === roundCoord(v.lon) && move.zoom === v.zoom) return;
      setView({ lat: move.lat, lon: move.lon, zoom: move.zoom });
    },
    [setView],
  );
  const onSelect = useCallback(
    (id: string) => {
      setStack(null);
      setFocusPanel(true);
      setView({ selected: id });
    },
    [setView],
  );
  const onShowArea = useCallback((a: AreaCrowding) => a.location && setView({ ...a.location, zoom: MUNICIPALITY_ZOOM }), [setView]);
  const onFilterArea = useStableCallback((a: AreaCrowding) => setFilters({ municipalities: [a.code] }));

  return (
    <PlacePage title={t('pages.map.title')} intro={tm('intro')}>
      <FilterBar municipalityNames={data.municipalityNames} />
      <MapStatus data={data} inView={inView.length} />
      <div className="dsv-map-layout">
        <MapFigure
          ref={figure}
          data={data}
          view={view}
          selectedAt={selectedAt}
          peers={peers}
          fit={fit}
          onMove={onMove}
          onSelect={onSelect}
          onStack={setStack}
        />
        <MapSidePanel
          selectedId={view.selected}
          radiusKm={view.radiusKm}
          detail={detail}
          peers={peersQuery}
          stack={stack}
          palette={data.palette}
          focusOnOpen={focusPanel}
          onSelect={onSelect}
          onClose={() => setView({ selected: null })}
          onRadius={(radiusKm) => {
            setView({ radiusKm });
            if (radiusKm !== null && selectedAt) setFit({ ...selectedAt, radiusKm });
          }}
          onCloseStack={() => setStack(null)}
        />
      </div>
      <div className="dsv-map-tools">
        <LayerSwitch value={view.layer} onChange={(layer) => setView({ layer })} />
        <ExportActions points={data.points} figure={figure} />
      </div>
      <PartnershipsTable
        points={data.points}
        bbox={bbox}
        inView={inView.length}
        networkNames={data.networkNames}
        palette={data.palette}
        selectedId={view.selected}
        onSelect={onSelect}
      />
      <CrowdingTable areas={data.areas} onShow={onShowArea} onFilter={onFilterArea} />
    </PlacePage>
  );
}
