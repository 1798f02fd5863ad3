import type L from 'leaflet';
import { useState, type ReactNode } from 'react';
import { MapControl } from './MapControl';

interface MapPanelControlProps {
  position: L.ControlPosition;
  className: string;
  /** The always-visible line that opens and closes the panel. */
  summary: string;
  children: ReactNode;
}

/** Wide enough that an open legend leaves most of the map free. */
const WIDE = '(min-width: 48em)';

/**
 * A foldable panel on the map (legend, layers): open on wide screens, folded
 * on a phone, where it would cover the map. A native disclosure, so keyboard
 * and screen readers know it without help.
 */
export function MapPanelControl({ position, className, summary, children }: MapPanelControlProps) {
  const [open] = useState(() => window.matchMedia(WIDE).matches);

  return (
    <MapControl position={position} className={className}>
      <details className="dsv-map-panel" open={open}>
        <summary className="dsv-map-panel__summary">{summary}</summary>
        {/* Focusable, so a long legend scrolls by keyboard too. */}
        <div className="dsv-map-panel__body" role="group" aria-label={summary} tabIndex={0}>
          {children}
        </div>
      </details>
    </MapControl>
  );
}
