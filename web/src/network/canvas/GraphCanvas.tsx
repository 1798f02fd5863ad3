import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { GraphModel } from '../data/graphModel';
import { CyContext } from './CyContext';
import { canvasOptions } from './cyStyle';
import { ElementsController } from './ElementsController';
import { toElements, type ElementOptions } from './elements';
import { KeyboardController } from './KeyboardController';
import { LabelScaleController } from './LabelScaleController';
import { LayoutController, type LayoutStatus } from './LayoutController';
import { ResizeController } from './ResizeController';
import { SelectionController } from './SelectionController';
import { TapController } from './TapController';

export interface GraphCanvasProps {
  graph: GraphModel;
  selected: readonly string[];
  options: ElementOptions;
  /** The accessible name of the graph box. */
  label: string;
  /** How to use it by keyboard. */
  help: string;
  /** A node in words, read out when the keyboard lands on it. */
  describe: (key: string) => string;
  onNodeTap: (key: string, additive: boolean) => void;
  onActivate: (key: string) => void;
  onToggleSelect: (key: string) => void;
  onClear: () => void;
  onMore: (owner: string) => void;
  onLayout: (status: LayoutStatus) => void;
  /** The instance once it exists (null again when it goes), e.g. for the PNG export. */
  onCy: (cy: Core | null) => void;
}

/**
 * The graph on a Cytoscape canvas (its own lazy chunk), driven by controllers
 * that render nothing. Everything it shows comes in through props; everything
 * the user does goes out through callbacks.
 */
export default function GraphCanvas(props: GraphCanvasProps) {
  const { graph, selected, options, onCy, onLayout } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [layoutRequest, setLayoutRequest] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const helpId = useId();
  const elements = useMemo(() => toElements(graph, options), [graph, options]);
  // Fixed when the canvas is made: Cytoscape takes these options only then.
  const [elementCount] = useState(() => elements.length);

  useEffect(
    function createCytoscape() {
      const instance = cytoscape(canvasOptions(canvasRef.current, elementCount));
      setCy(instance);
      setBox(boxRef.current);
      onCy(instance);
      return function destroyCytoscape() {
        onCy(null);
        instance.destroy();
        setCy(null);
      };
    },
    [elementCount, onCy],
  );

  const structureChanged = useCallback(() => setLayoutRequest((n) => n + 1), []);
  const { onNodeTap } = props;
  const nodeTapped = useCallback(
    (key: string, additive: boolean) => {
      setActive(key);
      onNodeTap(key, additive);
    },
    [onNodeTap],
  );
  const activeNode = active && elements.some((e) => e.data.id === active) ? active : null;

  return (
    <div ref={boxRef} className="dsv-network__canvas-box" tabIndex={0} role="group" aria-label={props.label} aria-describedby={helpId}>
      <div ref={canvasRef} className="dsv-network__canvas" />
      <p id={helpId} className="dsv-visually-hidden">
        {props.help}
      </p>
      <p className="dsv-visually-hidden" aria-live="polite">
        {activeNode ? props.describe(activeNode) : ''}
      </p>
      {cy && box && (
        <CyContext.Provider value={cy}>
          <ElementsController elements={elements} onStructureChange={structureChanged} />
          <LayoutController request={layoutRequest} onStatus={onLayout} />
          <SelectionController selected={selected} elements={elements} />
          <TapController onNodeTap={nodeTapped} onMoreTap={props.onMore} onBackgroundTap={props.onClear} />
          <KeyboardController
            target={box}
            active={activeNode}
            onActiveChange={setActive}
            onActivate={props.onActivate}
            onToggleSelect={props.onToggleSelect}
            onClear={props.onClear}
            onMore={props.onMore}
          />
          <ResizeController />
          <LabelScaleController />
        </CyContext.Provider>
      )}
    </div>
  );
}
