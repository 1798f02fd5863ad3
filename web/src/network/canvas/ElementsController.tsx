import type { ElementDefinition } from 'cytoscape';
import { useEffect } from 'react';
import { useCy } from './CyContext';
import { syncElementsDrawingFirst } from './syncElements';

interface ElementsControllerProps {
  elements: ElementDefinition[];
  /** Called when a sync added or removed nodes or links: the layout may need to change. */
  onStructureChange: () => void;
}

/** Controller: keeps Cytoscape's elements equal to `elements`, a large new graph painted first by the edge layer (syncElementsDrawingFirst). Renders nothing. */
export function ElementsController({ elements, onStructureChange }: ElementsControllerProps) {
  const cy = useCy();

  useEffect(
    function keepElementsInSync() {
      if (syncElementsDrawingFirst(cy, elements)) onStructureChange();
    },
    [cy, elements, onStructureChange],
  );

  return null;
}
