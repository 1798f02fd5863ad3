import cytoscape, { type Core } from 'cytoscape';
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import { aggregate, AGGREGATE_ABOVE, NO_AGGREGATION } from '../data/aggregate';
import { detectCommunities, linkGraph } from '../data/communities';
import type { GraphModel } from '../data/graphModel';
import { CyContext } from './CyContext';
import { canvasOptions, rendererFor, type Renderer } from './cyStyle';
import { EdgeLayerController } from './EdgeLayerController';
import { ElementsController } from './ElementsController';
import { toElements, type ElementOptions } from './elements';
import { KeyboardController } from './KeyboardController';
import { LabelDetailController } from './LabelDetailController';
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
  /** Draw a graph of more than AGGREGATE_ABOVE nodes as one node per community, but for the `open` ones. */
  grouping: { enabled: boolean; open: readonly string[] };
  /** A community's node was clicked or got Enter: draw its nodes. */
  onOpenCluster: (key: string) => void;
  /** A community's node in words, for the screen reader. */
  describeCluster: (name: string, count: number) => string;
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
  const { graph, selected, options, grouping, onCy, onLayout } = props;
  const boxRef = useRef<HTMLDivElement>(null);
  const canvasRef = useRef<HTMLDivElement>(null);
  const [cy, setCy] = useState<Core | null>(null);
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const [layoutRequest, setLayoutRequest] = useState(0);
  const [active, setActive] = useState<string | null>(null);
  const helpId = useId();
  // Communities (Louvain, seeded) only for a graph too big to read node by node; a grouped graph keeps its boxes.
  const communityOf = useMemo(
    () =>
      grouping.enabled && graph.nodes.length > AGGREGATE_ABOVE && !graph.groups?.length
        ? detectCommunities(
            linkGraph(
              graph.nodes.map((n) => n.key),
              graph.edges,
            ),
          )
        : null,
    [graph, grouping.enabled],
  );
  const aggregation = useMemo(
    () => (communityOf ? aggregate(graph, communityOf, new Set(grouping.open), new Set(selected)) : NO_AGGREGATION),
    [graph, communityOf, grouping.open, selected],
  );
  const elements = useMemo(() => toElements(graph, options, aggregation), [graph, options, aggregation]);
  // Cytoscape takes its renderer only when it is made: a new instance when the choice changes.
  const renderer: Renderer = rendererFor(elements.length);
  const [elementCount, setElementCount] = useState(() => elements.length);
  if (rendererFor(elementCount) !== renderer) setElementCount(elements.length);
  const [drawnWith, setDrawnWith] = useState<Renderer | null>(null);

  useEffect(
    function createCytoscape() {
      const { instance, renderer } = createInstance(canvasRef.current, elementCount);
      setCy(instance);
      setDrawnWith(renderer);
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
  const { onNodeTap, onActivate, onOpenCluster, describe, describeCluster } = props;
  const nodeTapped = useCallback(
    (key: string, additive: boolean) => {
      setActive(key);
      if (key.startsWith('cluster:')) onOpenCluster(key);
      else onNodeTap(key, additive);
    },
    [onNodeTap, onOpenCluster],
  );
  const activated = useCallback(
    (key: string) => (key.startsWith('cluster:') ? onOpenCluster(key) : onActivate(key)),
    [onActivate, onOpenCluster],
  );
  const activeNode = active && elements.some((e) => e.data.id === active) ? active : null;
  const spoken = useMemo(() => {
    if (!activeNode) return '';
    const cluster = aggregation.clusters.find((c) => c.key === activeNode);
    return cluster ? describeCluster(cluster.name, cluster.members.length) : describe(activeNode);
  }, [activeNode, aggregation, describe, describeCluster]);

  return (
    <div
      ref={boxRef}
      className="dsv-network__canvas-box"
      tabIndex={0}
      role="group"
      aria-label={props.label}
      aria-describedby={helpId}
      data-renderer={drawnWith ?? undefined}
    >
      <div ref={canvasRef} className="dsv-network__canvas" />
      <p id={helpId} className="dsv-visually-hidden">
        {props.help}
      </p>
      <p className="dsv-visually-hidden" aria-live="polite">
        {spoken}
      </p>
      {cy && box && (
        // A new instance gets new controllers: what they remember (e.g. the nodes laid out) was of the old one.
        <CyContext.Provider value={cy} key={elementCount}>
          <EdgeLayerController />
          <ElementsController elements={elements} onStructureChange={structureChanged} />
          <LayoutController request={layoutRequest} onStatus={onLayout} />
          <SelectionController selected={selected} elements={elements} />
          <TapController onNodeTap={nodeTapped} onMoreTap={props.onMore} onBackgroundTap={props.onClear} />
          <KeyboardController
            target={box}
            active={activeNode}
            onActiveChange={setActive}
            onActivate={activated}
            onToggleSelect={props.onToggleSelect}
            onClear={props.onClear}
            onMore={props.onMore}
          />
          <ResizeController />
          <LabelScaleController />
          <LabelDetailController elements={elements} />
        </CyContext.Provider>
      )}
    </div>
  );
}

/** A Cytoscape instance for `elementCount` elements: with WebGL when it is large and the browser has it; the 2D canvas if WebGL fails. */
function createInstance(container: HTMLElement | null, elementCount: number): { instance: Core; renderer: Renderer } {
  const renderer = rendererFor(elementCount);
  if (renderer === 'webgl') {
    try {
      return { instance: cytoscape(canvasOptions(container, elementCount, renderer)), renderer };
    } catch {
      container?.replaceChildren();
    }
  }
  return { instance: cytoscape(canvasOptions(container, elementCount)), renderer: 'canvas' };
}
