import { Button, Checkbox, FormLabel } from '@utrecht/component-library-react';
import type { Core } from 'cytoscape';
import { useId } from 'react';
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
  /** File name part of the PNG: `dsv-kaart-<fileName>-<date>.png`. */
  fileName: string;
}

/** Focus mode, fit, and the PNG of the chart; the tables below export the nodes and links. */
export function GraphToolbar({ texts: { t }, cy, isolate, onIsolate, fileName }: GraphToolbarProps) {
  const isolateId = useId();

  async function savePng() {
    if (!cy) return;
    const blob = await cy.png({ output: 'blob-promise', full: true, scale: 2, bg: '#ffffff', maxWidth: 8000, maxHeight: 8000 });
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
      <Button type="button" appearance="secondary-action-button" disabled={!cy} onClick={() => cy && fitGraph(cy)}>
        {t('toolbar.fit')}
      </Button>
      <Button type="button" appearance="secondary-action-button" disabled={!cy} onClick={() => void savePng()}>
        {t('toolbar.png')}
      </Button>
    </div>
  );
}
