import type { TimeResult } from '../scenarios/time-bench.js';
import type { ClientResult } from '../client/result.js';
import type { Sample } from '../scenarios/stats.js';
import type { TierResult } from './result.js';
import { clientVerdicts, mark, serverVerdicts } from './verdicts.js';

/** A Markdown table (also readable as plain text in a terminal). */
export function table(head: string[], rows: (string | number)[][]): string {
  const line = (cells: (string | number)[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

const pct = (s: Sample | undefined) => (s ? `${s.p50} / ${s.p95} / ${s.p99}` : '–');
const n = (x: number) => x.toLocaleString('en');

export function datasetLine(r: TierResult): string {
  const d = r.dataset;
  const steps = Object.entries(r.load.steps)
    .map(([k, v]) => `${k} ${v.toFixed(1)} s`)
    .join(', ');
  return (
    `${n(d.partnerships!)} partnerships, ${n(d.parties!)} parties, ${n(d.memberships!)} memberships, ${n(d.tables!)} tables, ` +
    `${n(d.seats!)} seats, ${d.municipalities} municipalities, ${d.networks} networks. Loaded in **${r.load.seconds.toFixed(1)} s** (${steps}).`
  );
}

export function operationsTable(r: TierResult): string {
  return table(
    [
      'operation',
      'runs',
      '(a) ours p50/p95/p99 ms',
      '(b) bare',
      '(c) @neo4j/graphql',
      'a/b p50',
      'a/c p50',
      'dbHits a / b / c',
      '× floor (a / b)',
    ],
    r.operations.map((o) => [
      o.key,
      o.ours.runs,
      pct(o.ours),
      pct(o.bare),
      pct(o.neo4jGraphql),
      o.oursToBare.p50,
      o.oursToNeo4jGraphql?.p50 ?? '–',
      `${n(o.dbHits.ours.dbHits)} (${o.dbHits.ours.statements}) / ${n(o.dbHits.bare.dbHits)} (${o.dbHits.bare.statements}) / ${o.dbHits.neo4jGraphql ? `${n(o.dbHits.neo4jGraphql.dbHits)} (${o.dbHits.neo4jGraphql.statements})` : '–'}`,
      `${o.floorMultiple.ours} / ${o.floorMultiple.bare}`,
    ]),
  );
}

export function timeTable(rows: TimeResult[]): string {
  return table(
    [
      'operation',
      'runs',
      'undated p50/p95/p99 ms',
      'as of today',
      'as of the report’s day',
      'today / undated p50',
      'report / undated p50',
      'dbHits undated / today / report',
      'within 1.2×',
    ],
    rows.map((t) => [
      t.operation,
      t.undated.runs,
      pct(t.undated),
      pct(t.today),
      pct(t.report),
      t.ratio.today,
      t.ratio.report,
      `${n(t.dbHits.undated)} / ${n(t.dbHits.today)} / ${n(t.dbHits.report)}`,
      t.ratio.today <= 1.2 && t.ratio.report <= 1.2 ? 'yes' : 'no',
    ]),
  );
}

export function concurrencyTable(r: TierResult): string {
  return table(
    ['operation', 'server', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'requests', 'non-2xx / errors / timeouts'],
    r.concurrency.flatMap((c) =>
      c.runs.map((x) => [
        c.operation,
        c.mode ?? 'computed',
        x.connections,
        x.reqPerSec,
        x.latency.p50,
        x.latency.p95,
        x.latency.p99,
        x.requests,
        `${x.non2xx} / ${x.errors} / ${x.timeouts}`,
      ]),
    ),
  );
}

export function clientTable(c: ClientResult): string {
  const phases = (p: Record<string, number>) =>
    Object.entries(p)
      .map(([k, v]) => `${k} ${Math.round(v)}`)
      .join(', ');
  // `plan` is the layout planLayout chose, already named in the variant.
  const drawn = (p: Record<string, number>) =>
    Object.entries(p)
      .filter(([k]) => k !== 'plan')
      .map(([k, v]) => `${k} ${n(v)}`)
      .join(', ');
  return table(
    ['scenario', 'variant', 'runs', 'median ms', 'phases (median ms)', 'drawn', 'speed-up'],
    [
      [
        `map, ${n(c.map.points)} points`,
        'ours (supercluster + divIcons in view)',
        c.map.ours.runs,
        c.map.ours.medianMs,
        phases(c.map.ours.phases),
        drawn(c.map.ours.drawn),
        `${c.map.speedup}×`,
      ],
      [
        '',
        'Leaflet.markercluster',
        c.map.markercluster.runs,
        c.map.markercluster.medianMs,
        phases(c.map.markercluster.phases),
        drawn(c.map.markercluster.drawn),
        '',
      ],
      ...c.network.flatMap((g) => [
        [
          `network, ${n(g.nodes)} nodes / ${n(g.edges)} edges`,
          'ours (planLayout: fcose draft in a worker, preset)',
          g.ours.runs,
          g.ours.medianMs,
          phases(g.ours.phases),
          drawn(g.ours.drawn),
          `${g.speedupIsLowerBound ? '≥ ' : ''}${g.speedup}×`,
        ],
        [
          '',
          'fcose defaults (animate off)',
          g.fcoseDefault.runs,
          `${g.fcoseDefault.lowerBound ? '> ' : ''}${g.fcoseDefault.medianMs}`,
          phases(g.fcoseDefault.phases),
          drawn(g.fcoseDefault.drawn),
          '',
        ],
      ]),
      ...(c.tablesGraph
        ? [
            [
              'tables graph, default view (illustrative data)',
              'duplicate pairs at 0.5, boxed by region',
              c.tablesGraph.tables.runs,
              c.tablesGraph.tables.medianMs,
              phases(c.tablesGraph.tables.phases),
              drawn(c.tablesGraph.tables.drawn),
              '',
            ],
            [
              '',
              'with the parties at both tables',
              c.tablesGraph.withParties.runs,
              c.tablesGraph.withParties.medianMs,
              phases(c.tablesGraph.withParties.phases),
              drawn(c.tablesGraph.withParties.drawn),
              '',
            ],
          ]
        : []),
      ...(c.choropleth
        ? [
            ['choropleth, 342 municipalities', 'ours (one canvas, classed fills)', c.choropleth.municipalities],
            ['choropleth, 25 GGD regions', 'ours (merged from municipalities)', c.choropleth.regions],
          ].map(([scenario, variant, t]) => {
            const timing = t as ClientResult['map']['ours'];
            return [scenario as string, variant as string, timing.runs, timing.medianMs, phases(timing.phases), drawn(timing.drawn), ''];
          })
        : []),
    ],
  );
}

export function verdictTable(r: TierResult | undefined, c: ClientResult | undefined): string {
  const vs = [...(r ? serverVerdicts(r) : []), ...(c ? clientVerdicts(c) : [])];
  return table(
    ['target', 'verdict', 'numbers'],
    vs.map((v) => [v.target, mark(v.pass), v.detail]),
  );
}
