import { Paragraph } from '@utrecht/component-library-react';
import type { Core } from 'cytoscape';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import type { LayoutStatus } from '../canvas/LayoutController';
import type { GraphModel } from '../data/graphModel';
import type { GraphActions } from '../state/useGraphActions';
import { LoadingState } from '../../layout/LoadingState';
import type { NetworkPalette } from '../data/palette';
import type { GraphTexts } from './useGraphTexts';

// Cytoscape and its layout load with the first graph, not with the page.
const GraphCanvas = lazy(() => import('../canvas/GraphCanvas'));

interface GraphFigureProps {
  texts: GraphTexts;
  graph: GraphModel;
  caption: string;
  /** A new answer is on its way; the graph shown is the previous one. */
  busy: boolean;
  selected: readonly string[];
  actions: GraphActions;
  palette: NetworkPalette;
  /** A big chart: one node per community, but for the open ones (see GraphCanvas). */
  grouping: { enabled: boolean; open: readonly string[] };
  onOpenCluster: (key: string) => void;
  onCy: (cy: Core | null) => void;
}

/**
 * The chart: a figure with its caption and live counts. Its data attributes state what is
 * drawn, for tests and tools: `data-nodes` and `data-edges` of the graph (as the tables list
 * them), `data-layout` (none, running, drawn: a first picture while it settles, done) and
 * `data-engine`; once laid out, `data-drawn` (nodes of the data on the canvas) and
 * `data-clusters` (nodes that each stand for a community).
 */
export function GraphFigure({ texts, graph, caption, busy, selected, actions, palette, grouping, onOpenCluster, onCy }: GraphFigureProps) {
  const { t } = texts;
  const [layout, setLayout] = useState<LayoutStatus | null>(null);
  const byKey = useMemo(() => new Map(graph.nodes.map((n) => [n.key, n])), [graph]);
  const options = useMemo(
    () => ({
      palette,
      formatJaccard: texts.jaccard,
      moreLabel: (count: number) => `+${texts.number(count)}`,
      clusterLabel: (name: string, count: number) => t('figure.clusterLabel', { name, count: texts.number(count) }),
    }),
    [palette, texts, t],
  );
  const describeCluster = useCallback(
    (name: string, count: number) => t('figure.clusterDescription', { name, count: texts.number(count) }),
    [texts, t],
  );
  const describe = useCallback(
    (key: string) => {
      const owner = key.startsWith('more:') ? byKey.get(key.slice('more:'.length)) : undefined;
      if (owner) return t('selection.more', { left: texts.number(owner.more) });
      return byKey.has(key) ? texts.describe(byKey.get(key)!) : '';
    },
    [byKey, texts, t],
  );
  const { activate, toggle, clear } = actions;
  const more = actions.more ?? activate;
  const tapped = useCallback((key: string, additive: boolean) => (additive ? toggle(key) : activate(key)), [toggle, activate]);
  const counts = { nodes: texts.number(graph.nodes.length), edges: texts.number(graph.edges.length) };

  return (
    <figure
      className="dsv-network__figure"
      aria-busy={busy}
      data-nodes={graph.nodes.length}
      data-edges={graph.edges.length}
      data-layout={layout?.state === 'running' && layout.drawn ? 'drawn' : (layout?.state ?? 'none')}
      data-engine={layout?.engine}
      data-drawn={layout?.state === 'done' ? layout.drawn : undefined}
      data-clusters={layout?.state === 'done' ? layout.clusters : undefined}
    >
      <figcaption className="dsv-network__caption">
        <strong>{caption}</strong>{' '}
        <span role="status">
          {t('figure.counts', counts)} {busy && t('figure.updating')}
          {!busy && layout?.state === 'running' && t(layout.drawn ? 'figure.layoutSettling' : 'figure.layoutRunning')}
          {!busy && layout?.state === 'done' && layout.ms > 0 && t('figure.layoutDone', { ms: texts.number(layout.ms) })}
          {!busy &&
            layout?.state === 'done' &&
            layout.clusters > 0 &&
            ` ${t('figure.grouped', { clusters: texts.number(layout.clusters) })}`}
        </span>
      </figcaption>
      {graph.nodes.length === 0 ? (
        <Paragraph>{t('figure.empty')}</Paragraph>
      ) : (
        <Suspense fallback={<LoadingState label={t('figure.loadingChart')} />}>
          <GraphCanvas
            graph={graph}
            selected={selected}
            options={options}
            label={t('figure.canvasLabel', counts)}
            help={t('figure.help')}
            describe={describe}
            onNodeTap={tapped}
            onActivate={activate}
            onToggleSelect={toggle}
            onClear={clear}
            onMore={more}
            grouping={grouping}
            onOpenCluster={onOpenCluster}
            describeCluster={describeCluster}
            onLayout={setLayout}
            onCy={onCy}
          />
        </Suspense>
      )}
    </figure>
  );
}
