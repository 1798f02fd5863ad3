import { Button, Checkbox, FormLabel } from '@utrecht/component-library-react';
import type { Core } from 'cytoscape';
import { useId } from 'react';
import { graphPng } from '../canvas/edgeLayer';
import { fitGraph } from '../canvas/fit';
import type { GraphModel } from '../data/graphModel';
import { saveFile } from '../../ui/export/saveFile';
import type { GraphTexts } from './useGraphTexts';

interface GraphToolbarProps {
  texts: GraphTexts;
  /** The graph as shown (after focus mode): what the exports contain. */
  graph: GraphModel;
  cy: Core | null;
  isolate: boolean;
  onIsolate: (isolate: boolean) => void;
  /** A big chart: whether every node is drawn (not one per community); undefined for a chart small enough to draw whole. */
  allNodes?: boolean;
  onAllNodes: (allNodes: boolean) => void;
  /** File name part of the PNG: `dsv-kaart-<fileName>-<date>.png`. */
  fileName: string;
}

/** Focus mode, fit, and the PNG of the chart; the tables below export the nodes and links. */
export function GraphToolbar({ texts: { t }, cy, isolate, onIsolate, allNodes, onAllNodes, fileName }: GraphToolbarProps) {
  const isolateId = useId();
  const allNodesId = useId();
  const allNodesHelpId = useId();

  async function savePng() {
    if (!cy) return;
    const blob = await graphPng(cy, { scale: 2, maxSide: 8000, background: '#ffffff' });
    saveFile(blob, { name: fileName, extension: 'png' });
  }

  return (
    <div className="dsv-network__toolbar" role="group" aria-label={t('toolbar.label')}>
      <span className="dsv-network__check">
        <Checkbox id={isolateId} checked={isolate} onChange={(event) => onIsolate(event.currentTarget.checked)} />
        <FormLabel htmlFor={isolateId} type="checkbox">
          {t('toolbar.isolate')}
        </FormLabel>
      </span>
      {allNodes !== undefined && (
        <>
          <span className="dsv-network__check">
            <Checkbox
              id={allNodesId}
              checked={allNodes}
              aria-describedby={allNodesHelpId}
              onChange={(event) => onAllNodes(event.currentTarget.checked)}
            />
            <FormLabel htmlFor={allNodesId} type="checkbox">
              {t('toolbar.allNodes')}
            </FormLabel>
          </span>
          <span id={allNodesHelpId} className="dsv-network__note dsv-network__toolbar-note">
            {t('toolbar.allNodesHelp')}
          </span>
        </>
      )}
      <Button type="button" appearance="secondary-action-button" disabled={!cy} onClick={() => cy && fitGraph(cy)}>
        {t('toolbar.fit')}
      </Button>
      <Button type="button" appearance="secondary-action-button" disabled={!cy} onClick={() => void savePng()}>
        {t('toolbar.png')}
      </Button>
    </div>
  );
}
