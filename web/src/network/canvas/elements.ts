import type { ElementDefinition } from 'cytoscape';
import { bundles, NO_AGGREGATION, type Aggregation } from '../data/aggregate';
import { LARGE_GRAPH } from './edgeLayer';
import type { GraphModel, GraphNode } from '../data/graphModel';
import { colorOf, communityColor, domainColor, KIND_COLORS, type NetworkPalette } from '../data/palette';

export interface ElementOptions {
  palette: NetworkPalette;
  formatJaccard: (jaccard: number) => string;
  /** "+12": the label of the node that loads more neighbours. */
  moreLabel: (count: number) => string;
  /** "Zilveren Kruis e.a. (120)": the label of a node that stands for a community of `count` nodes around `name`. */
  clusterLabel: (name: string, count: number) => string;
}

/** A partnership shows up to this many networks as pie slices. */
export const PIE_SLICES = 8;

/** The key of the pseudo-node that loads more of `owner`'s neighbours. */
export const moreKey = (owner: string) => `more:${owner}`;

function fill(n: GraphNode, palette: NetworkPalette): string {
  if (n.community !== null) return communityColor(n.community);
  if (n.kind === 'network' || n.kind === 'partnership') return n.networks[0] ? colorOf(palette, n.networks[0]) : KIND_COLORS.partnership;
  if (n.kind === 'party') return domainColor(n.domain);
  return KIND_COLORS[n.kind];
}

/** Pie slices for a partnership in several networks; zero-sized slices otherwise. */
function pie(n: GraphNode, palette: NetworkPalette): Record<string, string | number> {
  const slices = n.kind === 'partnership' && n.community === null && n.networks.length > 1 ? n.networks.slice(0, PIE_SLICES) : [];
  const data: Record<string, string | number> = {};
  for (let i = 0; i < PIE_SLICES; i++) {
    data[`p${i + 1}c`] = slices[i] ? colorOf(palette, slices[i]!) : '#000000';
    data[`p${i + 1}s`] = slices[i] ? 100 / slices.length : 0;
  }
  return data;
}

/**
 * The graph as Cytoscape elements: sizes, colours and labels resolved here, the
 * stylesheet only maps them. With an aggregation, the nodes of each of its
 * clusters are drawn as one node, their links to the rest as one link per pair.
 */
export function toElements(graph: GraphModel, options: ElementOptions, aggregation: Aggregation = NO_AGGREGATION): ElementDefinition[] {
  const hidden = aggregation.clusterOf;
  const maxWeight = graph.nodes.reduce((m, n) => Math.max(m, n.weight), 1);
  const maxShared = graph.edges.reduce((m, e) => (e.kind === 'overlap' ? Math.max(m, e.shared ?? 0) : m), 1);
  const duplicated = new Set(graph.edges.flatMap((e) => (e.kind === 'duplicate' ? [e.source, e.target] : [])));
  const elements: ElementDefinition[] = [];
  // Groups first: Cytoscape needs a parent before its children.
  for (const g of graph.groups ?? [])
    elements.push({ group: 'nodes', data: { id: g.key, kind: 'group', label: g.label, size: 1, color: '#f3f5f7' } });
  const marking = graph.nodes.some((n) => n.marked);
  for (const n of graph.nodes) {
    if (hidden.has(n.key)) continue;
    const scale = Math.sqrt(Math.max(0, n.weight) / maxWeight);
    const size = n.kind === 'network' ? 30 + 60 * scale : 16 + 28 * scale;
    // "JZOJP-samenwerkingsverbanden (De juiste zorg op de juiste plek)" → "JZOJP-samenwerkingsverbanden (44)": the legend and tables have the full name.
    const label = n.kind === 'network' ? `${n.name.replace(/\s*\(.*\)\s*$/, '')} (${n.weight})` : n.name;
    const classes = [
      n.emphasis && 'emphasis',
      n.expanded && 'expanded',
      duplicated.has(n.key) && 'duplicate',
      n.marked && 'marked',
      marking && !n.marked && 'unmarked',
    ]
      .filter(Boolean)
      .join(' ');
    elements.push({
      group: 'nodes',
      data: {
        id: n.key,
        kind: n.kind,
        label,
        size,
        color: fill(n, options.palette),
        ...pie(n, options.palette),
        ...(n.parent ? { parent: n.parent } : {}),
        ...(aggregation.homeOf.has(n.key) ? { home: aggregation.homeOf.get(n.key) } : {}),
      },
      classes,
    });
    if (n.more > 0) {
      const id = moreKey(n.key);
      elements.push({
        group: 'nodes',
        data: { id, kind: 'more', owner: n.key, label: options.moreLabel(n.more), size: 22, color: KIND_COLORS.more },
      });
      elements.push({ group: 'edges', data: { id: `${id}|edge`, source: n.key, target: id, kind: 'more', width: 1, label: '' } });
    }
  }
  for (const c of aggregation.clusters) {
    elements.push({
      group: 'nodes',
      data: {
        id: c.key,
        kind: 'cluster',
        label: options.clusterLabel(c.name, c.members.length),
        size: Math.min(110, 28 + 4 * Math.sqrt(c.members.length)),
        color: communityColor(Number(c.key.slice('cluster:'.length))),
        count: c.members.length,
      },
      classes: c.marked ? 'marked' : marking ? 'unmarked' : '',
    });
  }
  for (const b of bundles(graph, aggregation)) {
    const width = Math.min(8, 1 + Math.log2(b.count));
    elements.push({ group: 'edges', data: { id: b.key, source: b.source, target: b.target, kind: 'bundle', width, label: '' } });
  }
  for (const e of graph.edges) {
    if (hidden.has(e.source) || hidden.has(e.target)) continue;
    const width = e.kind === 'overlap' ? 1.5 + 10.5 * ((e.shared ?? 0) / maxShared) : e.kind === 'duplicate' ? 6 : 1;
    const label = e.jaccard === null ? '' : options.formatJaccard(e.jaccard);
    elements.push({ group: 'edges', data: { id: e.key, source: e.source, target: e.target, kind: e.kind, width, label } });
  }
  if (elements.length > LARGE_GRAPH) markLabelDetail(elements);
  return elements;
}

/** Kinds whose labels show only when zoomed in (cyStyle's min-zoomed-font-size); the others always show theirs. */
const ZOOMED_LABELS = new Set(['partnership', 'party', 'table', 'municipality']);

/**
 * In a large graph, the nodes whose labels show only when zoomed in get `lod`
 * (they take part in the level of detail) and start `far` (no label, no thin
 * outline): Cytoscape measures every label it has, shown or not, and a large
 * graph starts zoomed out (5,000 nodes: the first frame 1.13 → 0.98 s on a
 * quiet machine). LabelDetailController takes `far` off when the user zooms in.
 */
function markLabelDetail(elements: ElementDefinition[]): void {
  for (const def of elements) {
    if (def.group !== 'nodes' || !ZOOMED_LABELS.has(def.data.kind as string)) continue;
    const classes = Array.isArray(def.classes) ? def.classes.join(' ') : (def.classes ?? '');
    if (/\b(emphasis|marked)\b/.test(classes)) continue;
    def.classes = `${classes} lod far`.trim();
  }
}
