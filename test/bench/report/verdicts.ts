import type { ClientResult } from '../client/result.js';
import type { TierResult } from './result.js';

export interface Verdict {
  target: string;
  /** null: not measured at this tier. */
  pass: boolean | null;
  detail: string;
}

const list = (items: string[]) => (items.length > 0 ? items.join('; ') : 'all within');

/** The targets of issue 8, checked against one tier's numbers; never loosened. */
export function serverVerdicts(r: TierResult): Verdict[] {
  const over = r.operations.filter((o) => o.oursToBare.p50 > 1.2);
  const lists = r.operations.filter((o) => o.kind === 'list-detail');
  const slower = lists.filter((o) => (o.oursToNeo4jGraphql?.p50 ?? Infinity) > 0.8);
  const moreHits = lists.filter((o) => o.dbHits.ours.dbHits > (o.dbHits.neo4jGraphql?.dbHits ?? -1));
  const analytics = r.operations.filter((o) => o.kind === 'analytic');
  const aboveFloor = analytics.filter((o) => o.floorMultiple.ours > 2);
  const at32 = (mode: 'cached' | 'bare') =>
    new Map(r.concurrency.filter((c) => c.mode === mode).map((c) => [c.operation, c.runs.find((x) => x.connections === 32)]));
  const warm = at32('cached');
  const bare = at32('bare');
  const slowWarm = [...warm].filter(([, x]) => !x || x.reqPerSec < 500 || x.latency.p95 > 50);
  const notBeaten = [...warm].filter(([op, x]) => !x || (bare.get(op)?.reqPerSec ?? 0) >= x.reqPerSec);
  const measured = warm.size > 0;
  return [
    {
      target: 'warm, 32 clients: ≥ 500 req/s and p95 ≤ 50 ms for every operation (tier L)',
      pass: r.tier === 'L' && measured ? slowWarm.length === 0 : null,
      detail: measured
        ? `${r.tier === 'L' ? '' : 'target is for tier L; at this tier: '}${[...warm].map(([op, x]) => `${op} ${x?.reqPerSec ?? '–'} req/s p95 ${x?.latency.p95 ?? '–'} ms`).join('; ')}`
        : 'not measured',
    },
    {
      target: 'warm API beats the bare driver at 32 clients (req/s)',
      pass: measured && bare.size > 0 ? notBeaten.length === 0 : null,
      detail:
        measured && bare.size > 0
          ? `${[...warm].map(([op, x]) => `${op} ${x?.reqPerSec ?? '–'} vs ${bare.get(op)?.reqPerSec ?? '–'}`).join('; ')}${notBeaten.length > 0 ? `; not beaten: ${list(notBeaten.map(([op]) => op))}` : ''}`
          : 'not measured',
    },
    {
      target: 'memory with a warm cache ≤ 1 GB (tier L; the whole bench process)',
      pass: r.tier === 'L' && r.memory ? r.memory.rssMb <= 1024 : null,
      detail: r.memory ? `${r.memory.rssMb} MB resident` : 'not measured',
    },
    {
      target: 'GraphQL ≤ 1.2× bare driver (p50)',
      pass: over.length === 0,
      detail: `worst ${Math.max(...r.operations.map((o) => o.oursToBare.p50))}×; over: ${list(over.map((o) => `${o.key} ${o.oursToBare.p50}×`))}`,
    },
    {
      target: 'list/detail ≤ 0.8× @neo4j/graphql (p50)',
      pass: slower.length === 0,
      detail: lists.map((o) => `${o.key} ${o.oursToNeo4jGraphql?.p50 ?? 'n/a'}×`).join('; '),
    },
    {
      target: 'list/detail no more dbHits than @neo4j/graphql',
      pass: moreHits.length === 0,
      detail: lists.map((o) => `${o.key} ${o.dbHits.ours.dbHits} vs ${o.dbHits.neo4jGraphql?.dbHits ?? 'n/a'}`).join('; '),
    },
    {
      target: 'each analytic ≤ 2× the floor (tier L; GraphQL p50 / floor p50)',
      pass: r.tier === 'L' ? aboveFloor.length === 0 : null,
      detail: `${r.tier === 'L' ? '' : 'target is for tier L; at this tier: '}over 2×: ${list(aboveFloor.map((o) => `${o.key} ${o.floorMultiple.ours}× (Cypher alone ${o.floorMultiple.bare}×)`))}`,
    },
  ];
}

export function clientVerdicts(c: ClientResult): Verdict[] {
  const at5k = c.network.find((n) => n.nodes === 5000);
  return [
    {
      target: 'map ≥ 5× faster than Leaflet.markercluster at 50k points',
      pass: c.map.speedup >= 5,
      detail: `${c.map.speedup}× (ours ${c.map.ours.medianMs} ms, markercluster ${c.map.markercluster.medianMs} ms)`,
    },
    {
      target: 'network ≥ 3× faster than fcose defaults at 5k nodes',
      pass: at5k?.fcoseDefault && at5k.speedup !== undefined ? at5k.speedup >= 3 : null,
      detail:
        at5k?.fcoseDefault && at5k.speedup !== undefined
          ? `${at5k.speedupIsLowerBound ? '≥ ' : ''}${at5k.speedup}× (ours ${at5k.ours.medianMs} ms, fcose ${at5k.fcoseDefault.lowerBound ? 'stopped after ' : ''}${at5k.fcoseDefault.medianMs} ms)`
          : 'not measured',
    },
    {
      target: 'network at 5k nodes / 20k edges: first frame ≤ 1 s, settled ≤ 3 s',
      pass: at5k?.ours.phases.firstFrame !== undefined ? at5k.ours.phases.firstFrame <= 1000 && at5k.ours.medianMs <= 3000 : null,
      detail:
        at5k?.ours.phases.firstFrame !== undefined
          ? `first frame ${at5k.ours.phases.firstFrame} ms${at5k.ours.phases.cytoscapeFrame ? ` (Cytoscape's own ${at5k.ours.phases.cytoscapeFrame} ms)` : ''}, settled ${at5k.ours.medianMs} ms${at5k.before ? ` (before: ${at5k.before.medianMs} ms to the only frame)` : ''}`
          : 'not measured',
    },
    {
      target: 'tables graph default view laid out and drawn in ≤ 2 s',
      pass: c.tablesGraph ? c.tablesGraph.tables.medianMs <= 2000 : null,
      detail: c.tablesGraph
        ? `${c.tablesGraph.tables.medianMs} ms for ${c.tablesGraph.tables.drawn.nodes} tables (${c.tablesGraph.withParties.medianMs} ms with ${c.tablesGraph.withParties.drawn.nodes} nodes incl. shared parties)`
        : 'not measured',
    },
    {
      target: 'choropleth: 342 municipal polygons with classes drawn ≤ 100 ms after data',
      pass: c.choropleth ? c.choropleth.municipalities.medianMs <= 100 : null,
      detail: c.choropleth
        ? `${c.choropleth.municipalities.medianMs} ms (25 GGD regions merged and drawn: ${c.choropleth.regions.medianMs} ms)`
        : 'not measured',
    },
  ];
}

export const mark = (pass: boolean | null) => (pass === null ? 'n/a' : pass ? 'met' : 'MISSED');
