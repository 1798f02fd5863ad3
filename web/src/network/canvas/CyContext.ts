import type { Core } from 'cytoscape';
import { createContext, useContext } from 'react';

export const CyContext = createContext<Core | null>(null);

/** The Cytoscape instance of the enclosing GraphCanvas. */
export function useCy(): Core {
  const cy = useContext(CyContext);
  if (!cy) throw new Error('useCy: no Cytoscape instance. Use it in a controller rendered inside <GraphCanvas>.');
  return cy;
}
