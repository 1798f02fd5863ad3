import L from 'leaflet';
import { useEffect } from 'react';
import type { AreaCrowding } from '../../data/queries/crowding';
import { classOf, type CrowdingClass } from '../data/crowdingClasses';
import { useLeafletMap } from '../leaflet/MapContext';
import { textContent } from '../leaflet/textContent';
import type { CrowdingMetric } from '../state/mapUrl';

/** Crowding sits under the partnerships (overlay pane 400, markers 600). */
const PANE = 'dsv-crowding';
export const CROWDING_FILL = '#1b4f8a';
const STYLE = { color: '#fff', weight: 1, fillColor: CROWDING_FILL, fillOpacity: 0.45 } as const;

interface CrowdingLayerProps {
  areas: readonly AreaCrowding[];
  metric: CrowdingMetric;
  classes: readonly CrowdingClass[];
  /** "Utrecht: 12 samenwerkingsverbanden" */
  label: (area: AreaCrowding, value: number) => string;
}

/** Controller: graduated circles at each municipality's position, sized by class of the chosen measure. */
export function CrowdingLayer({ areas, metric, classes, label }: CrowdingLayerProps) {
  const map = useLeafletMap();

  useEffect(
    function drawCrowding() {
      if (!map.getPane(PANE)) map.createPane(PANE).style.zIndex = '350';
      const group = L.layerGroup().addTo(map);
      for (const area of areas) {
        const value = area[metric];
        const range = classOf(classes, value);
        if (!area.location || !range) continue;
        L.circleMarker([area.location.lat, area.location.lon], { ...STYLE, radius: range.radius, pane: PANE })
          .bindTooltip(() => textContent(label(area, value)))
          .addTo(group);
      }
      return function removeCrowding() {
        group.remove();
      };
    },
    [map, areas, metric, classes, label],
  );

  return null;
}
