import { Heading3, Paragraph } from '@utrecht/component-library-react';
import type { Core } from 'cytoscape';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useLabels } from '../../ui/labels';
import { AGGREGATE_ABOVE } from '../data/aggregate';
import type { GraphModel } from '../data/graphModel';
import { withNetworkLabels } from '../data/networkLabels';
import { isolateSelection } from '../data/isolate';
import { useGraphActions } from '../state/useGraphActions';
import type { SetView } from '../state/useNetworkView';
import { MAX_OPEN, type ViewState } from '../state/viewState';
import { EdgesTable } from './EdgesTable';
import { GraphFigure } from './GraphFigure';
import { GraphToolbar } from './GraphToolbar';
import { Legend } from './Legend';
import { NetworkWorkspace } from './NetworkWorkspace';
import { NodesTable } from './NodesTable';
import { SelectionPanel } from './SelectionPanel';
import { useGraphTexts } from './useGraphTexts';
import { useNetworkInfo } from './useNetworkInfo';

interface GraphViewProps {
  /** The whole graph of the mode; focus mode narrows what is shown. */
  graph: GraphModel;
  view: ViewState;
  setView: SetView;
  caption: string;
  busy: boolean;
  /** The mode's own controls, shown in the filter panel. */
  controls?: ReactNode;
}

/**
 * One graph, shown three ways that stay in step: the chart, the legend and
 * selection beside it, and the same nodes and links as tables. All of them
 * act through the URL (useGraphActions).
 */
export function GraphView({ graph: data, view, setView, caption, busy, controls }: GraphViewProps) {
  const labels = useLabels();
  const graph = useMemo(() => withNetworkLabels(data, labels), [data, labels]);
  const { names, palette } = useNetworkInfo();
  const texts = useGraphTexts(names);
  const actions = useGraphActions(view.mode, setView);
  const [cy, setCy] = useState<Core | null>(null);
  const tablesId = useId();
  const shown = useMemo(() => (view.isolate ? isolateSelection(graph, view.selected) : graph), [graph, view.isolate, view.selected]);
  const groupable = shown.nodes.length > AGGREGATE_ABOVE && !shown.groups?.length;
  const grouping = useMemo(() => ({ enabled: !view.allNodes, open: view.open }), [view.allNodes, view.open]);
  const openCluster = useCallback(
    (key: string) => setView((v) => ({ open: v.open.includes(key) ? v.open : [...v.open, key].slice(-MAX_OPEN) })),
    [setView],
  );

  return (
    <NetworkWorkspace
      mode={view.mode}
      controls={controls}
      stage={
        <div className="dsv-network__view">
          <GraphToolbar
            texts={texts}
            graph={shown}
            cy={cy}
            isolate={view.isolate}
            onIsolate={(isolate) => setView({ isolate })}
            allNodes={groupable ? view.allNodes : undefined}
            onAllNodes={(allNodes) => setView({ allNodes, open: [] })}
            fileName={`netwerk-${view.mode}`}
          />
          <GraphFigure
            texts={texts}
            graph={shown}
            caption={caption}
            busy={busy}
            selected={view.selected}
            actions={actions}
            palette={palette}
            grouping={grouping}
            onOpenCluster={openCluster}
            onCy={setCy}
          />
        </div>
      }
      details={
        <div className="dsv-network__side">
          <SelectionPanel texts={texts} graph={graph} selected={view.selected} actions={actions} />
          <Legend texts={texts} graph={shown} palette={palette} hasSelection={view.selected.length > 0} />
        </div>
      }
      tables={
        <section aria-labelledby={tablesId}>
          <Heading3 id={tablesId}>{texts.t('table.heading')}</Heading3>
          <Paragraph>{texts.t('table.intro')}</Paragraph>
          <NodesTable texts={texts} graph={shown} selected={view.selected} actions={actions} />
          <EdgesTable texts={texts} graph={shown} />
        </section>
      }
    />
  );
}
