import { CircleMarker, Pane, Tooltip } from 'react-leaflet';
import type { AreaCrowding } from '../api/crowding';
import { classOf, type CrowdingClass } from '../data/crowdingClasses';
import type { CrowdingMetric } from '../state/mapUrl';

/** Crowding sits under the partnerships (overlay pane 400, markers 600). */
const PANE = 'dsv-crowding';
export const CROWDING_FILL = '#1b4f8a';

interface CrowdingLayerProps {
  areas: readonly AreaCrowding[];
  metric: CrowdingMetric;
  classes: readonly CrowdingClass[];
  /** "Utrecht: 12 samenwerkingsverbanden" */
  label: (area: AreaCrowding, value: number) => string;
}

/** Graduated circles at each municipality's position, sized by class of the chosen measure. */
export function CrowdingLayer({ areas, metric, classes, label }: CrowdingLayerProps) {
  return (
    <Pane name={PANE} style={{ zIndex: 350 }}>
      {areas.map((area) => {
        const value = area[metric];
        const range = classOf(classes, value);
        if (!area.location || !range) return null;
        return (
          <CircleMarker
            key={area.code}
            center={[area.location.lat, area.location.lon]}
            radius={range.radius}
            pathOptions={{ color: '#fff', weight: 1, fillColor: CROWDING_FILL, fillOpacity: 0.45 }}
          >
            <Tooltip>{label(area, value)}</Tooltip>
          </CircleMarker>
        );
      })}
    </Pane>
  );
}
