import { makePartnerships } from '../data/partnerships.js';
import { Rng } from '../data/random.js';
import { SEED } from '../data/tiers.js';
import { NETWORKS } from '../data/vocabulary.js';
import { makeWorld } from '../data/world.js';

/** The map's points: tier L's 50,000 generated partnerships, as the `mapPoints` query returns them. */
export function mapPoints(count: number) {
  return makePartnerships(count, makeWorld(SEED), SEED).rows.map((p) => ({
    id: p.id,
    name: p.name,
    lat: p.lat,
    lon: p.lon,
    phase: p.phase,
    networks: p.networks,
  }));
}

type Kind = 'partnership' | 'party' | 'table' | 'municipality';

const SHARE: [Kind, number][] = [
  ['partnership', 0.25],
  ['party', 0.55],
  ['table', 0.1],
  ['municipality', 0.1],
];
const LINKS: (readonly [readonly [Kind, string, Kind], number])[] = [
  [['party', 'MEMBER_OF', 'partnership'], 60],
  [['partnership', 'ACTIVE_IN', 'municipality'], 15],
  [['party', 'SITS_AT', 'table'], 15],
  [['table', 'COVERS', 'municipality'], 10],
];

/**
 * A network-view graph (web/src/network's GraphModel) of `nodes` nodes and
 * about four links per node, in communities of about 50 (as explored
 * neighbourhoods are), so that a layout has structure to find.
 */
export function networkGraph(nodes: number) {
  const rng = new Rng(SEED, 10 + nodes);
  const communities = Math.max(1, Math.round(nodes / 50));
  const byKind = new Map<Kind, string[][]>(SHARE.map(([k]) => [k, Array.from({ length: communities }, () => [])]));
  const list = [];
  for (const [kind, share] of SHARE) {
    for (let i = 0; i < Math.round(nodes * share); i++) {
      const id = `${kind.slice(0, 2)}-${i + 1}`;
      const key = `${kind}:${id}`;
      byKind.get(kind)![i % communities]!.push(key);
      list.push({
        key,
        kind,
        id,
        name: `${kind === 'party' ? 'Welzijn' : kind === 'table' ? 'Regietafel' : kind === 'municipality' ? 'Gemeente' : 'Samen Gezond'} ${i + 1}`,
        weight: 1,
        networks: kind === 'partnership' ? [rng.pick(NETWORKS).key, ...(rng.chance(0.15) ? [rng.pick(NETWORKS).key] : [])] : [],
        domain: kind === 'party' ? rng.pick(['care', 'social', 'citizens', 'business', 'financier-municipality']) : null,
        phase: kind === 'partnership' ? rng.int(1, 4) : null,
        level: kind === 'table' ? 'local' : null,
        theme: null,
        province: null,
        size: null,
        degree: null,
        emphasis: false,
        expanded: false,
        more: 0,
      });
    }
  }
  const edges = new Map<string, { key: string; source: string; target: string; kind: string; shared: null; jaccard: null }>();
  for (let tries = 0; edges.size < nodes * 4 && tries < nodes * 40; tries++) {
    const [from, kind, to] = rng.weighted(LINKS);
    const c = rng.int(0, communities - 1);
    const other = rng.chance(0.85) ? c : rng.int(0, communities - 1);
    const sources = byKind.get(from)![c]!;
    const targets = byKind.get(to)![other]!;
    if (sources.length === 0 || targets.length === 0) continue;
    const source = rng.pick(sources);
    const target = rng.pick(targets);
    const key = `${source}|${kind}|${target}`;
    edges.set(key, { key, source, target, kind, shared: null, jaccard: null });
  }
  const degree = new Map<string, number>();
  for (const e of edges.values()) for (const k of [e.source, e.target]) degree.set(k, (degree.get(k) ?? 0) + 1);
  for (const n of list) n.weight = degree.get(n.key) ?? 0;
  return { nodes: list, edges: [...edges.values()] };
}
