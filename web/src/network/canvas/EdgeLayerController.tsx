import { useEffect } from 'react';
import { useCy } from './CyContext';
import { attachEdgeLayer } from './edgeLayer';

/** Controller: the edge layer under the canvas for as long as the instance lives (edgeLayer). Renders nothing. */
export function EdgeLayerController() {
  const cy = useCy();
  useEffect(() => attachEdgeLayer(cy), [cy]);
  return null;
}
