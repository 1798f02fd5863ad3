import { Paragraph } from '@utrecht/component-library-react';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FilterBar } from '../filters/FilterBar';
import { FollowsAsOf } from '../filters/FollowsAsOf';
import { useFilters } from '../filters/useFilters';
import { Workspace } from '../layout/workspace/Workspace';
import { useStableCallback } from '../lib/useStableCallback';
import { useLastData } from '../data/useKept';
import { usePartnership, usePeers } from './api/hooks';
import type { AreaCrowding } from '../data/queries/crowding';
import { pointsIn, type Bbox } from './data/bounds';
import type { PointProps } from './data/clusterIndex';
import { ExportActions } from './export/ExportActions';
import type { FitRequest } from './layers/FitCircle';
import type { MapMove } from './layers/ViewSync';
import { MapFigure } from './MapFigure';
import { MapSidePanel } from './MapSidePanel';
import { MapStatus } from './MapStatus';
import { PeersTableSection } from './panel/PeersTableSection';
import { roundCoord } from './state/mapUrl';
import { useMapData } from './state/useMapData';
import { useChoropleth } from './state/useChoropleth';
import { useMapView } from './state/useMapView';
import { REGION_TYPE_OF } from './state/mapUrl';
import { RegionCrowdingSection } from './tables/RegionCrowdingSection';
import { TimelineStrip } from '../time/TimelineStrip';
import { TimelineTable } from '../time/TimelineTable';
import { CrowdingTable } from './tables/CrowdingTable';
import { PartnershipsTable } from './tables/PartnershipsTable';
import './map.css';

/** How close "show on map" brings a municipality. */
const MUNICIPALITY_ZOOM = 11;

/**
 * The map place as a workspace: under the header, the filters (left, foldable),
 * the map filling the viewport, and the details (right); below the fold the
 * export tools and the table alternatives, reached by "Naar de tabel".
 */
export function MapPage() {
  const { t } = useTranslation();
  const { t: tm } = useTranslation('map');
  const [filters, setFilters] = useFilters();
  const [view, setView] = useMapView();
  const data = useMapData(filters);
  const choropleth = useChoropleth(view.level, data);
  const [bbox, setBbox] = useState<Bbox | null>(null);
  const [stack, setStack] = useState<PointProps[] | null>(null);
  const [focusPanel, setFocusPanel] = useState(false);
  const [fit, setFit] = useState<FitRequest | null>(null);
  const [highlighted, setHighlighted] = useState<string | null>(null);
  const figure = useRef<HTMLElement>(null);

  const detail = usePartnership(view.selected);
  const peersQuery = usePeers(view.selected, view.radiusKm);
  const peers = useLastData(peersQuery) ?? [];
  const selectedAt = detail.status === 'success' ? (detail.data?.location ?? null) : null;
  const inView = useMemo(() => pointsIn(data.points, bbox), [data.points, bbox]);
  const highlightedAt = useMemo(() => data.points.find((p) => p.id === highlighted) ?? null, [data.points, highlighted]);

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
  // A click on an outline chooses that municipality or region in the filters of every page; a second click drops it.
  const onPickArea = useStableCallback((code: string) => {
    const key = view.level === 'gemeente' ? 'municipalities' : 'regions';
    setFilters({ [key]: filters[key].length === 1 && filters[key][0] === code ? [] : [code] });
  });
  const onFilterRegion = useStableCallback((row: { code: string }) => onPickArea(row.code));
  // The area of the crowding table row in focus is outlined on the map, as a focused partnership row rings its marker.
  const [focusedArea, setFocusedArea] = useState<string | null>(null);
  const onFocusArea = useCallback((row: { code: string } | null) => setFocusedArea(row?.code ?? null), []);
  const selectedAreas = useMemo(
    () => [...filters.municipalities, ...filters.regions, ...(focusedArea ? [focusedArea] : [])],
    [filters.municipalities, filters.regions, focusedArea],
  );

  return (
    <Workspace
      title={t('pages.map.title')}
      status={<MapStatus data={data} inView={inView.length} />}
      filters={<FilterBar asOf municipalityNames={data.municipalityNames} />}
      stage={
        <>
          <MapFigure
            ref={figure}
            data={data}
            choropleth={choropleth}
            view={view}
            selectedAreas={selectedAreas}
            selectedAt={selectedAt}
            highlightedAt={highlightedAt}
            peers={peers}
            fit={fit}
            onMove={onMove}
            onSelect={onSelect}
            onStack={setStack}
            onLayer={(layer) => setView({ layer })}
            onLevel={(level) => setView({ level })}
            onPoints={(points) => setView({ points })}
            onPickArea={onPickArea}
          />
          <TimelineStrip ready={data.pointsQuery.status !== 'loading'} />
        </>
      }
      details={
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
      }
      intro={<Paragraph appearance="lead">{tm('intro')}</Paragraph>}
      tables={
        <FollowsAsOf>
          <PeersTableSection
            me={detail.status === 'success' && detail.data ? { id: detail.data.id, name: detail.data.name } : null}
            radiusKm={view.radiusKm}
            peers={peersQuery}
            onSelect={onSelect}
          />
          <PartnershipsTable
            points={data.points}
            bbox={bbox}
            inView={inView.length}
            networkNames={data.networkNames}
            palette={data.palette}
            selectedId={view.selected}
            onSelect={onSelect}
            onHighlight={setHighlighted}
          />
          <ExportActions points={data.points} figure={figure} />
          <TimelineTable ready={data.pointsQuery.status !== 'loading'} />
          {view.level === 'gemeente' ? (
            <CrowdingTable
              areas={data.areas}
              regions={choropleth.regionIndex}
              onShow={onShowArea}
              onFilter={onFilterArea}
              onFocusRow={onFocusArea}
            />
          ) : (
            <RegionCrowdingSection
              type={REGION_TYPE_OF[view.level]}
              rows={choropleth.rows}
              selected={filters.regions}
              onFilter={onFilterRegion}
              onFocusRow={onFocusArea}
            />
          )}
        </FollowsAsOf>
      }
    />
  );
}
