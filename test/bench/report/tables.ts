import type { TimeResult } from '../scenarios/time-bench.js';
import type { ClientResult, ClientTiming } from '../client/result.js';
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

const SERVER_OF = { computed: 'ours, cold (computed)', cached: 'ours, warm (cached)', bare: 'bare driver' } as const;

/** The first read after a write on the warm server, and the read after it. */
export function writeThenReadTable(r: TierResult): string {
  if (!r.writeThenRead) return 'First read after a write: not measured in this run.';
  const burst = r.writeThenRead.some((w) => w.burstMs !== undefined);
  return table(
    [
      'operation',
      'first read after a write, ms',
      'the next read, ms',
      ...(burst ? ['32 clients at once after a write: the last answered, ms'] : []),
    ],
    r.writeThenRead.map((w) => [w.operation, w.firstMs, w.nextMs, ...(burst ? [w.burstMs ?? '–'] : [])]),
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
        SERVER_OF[c.mode ?? 'computed'],
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
      ...c.network.flatMap((g) => {
        const ours = g.oursWebgl
          ? `ours: force layout (ForceAtlas2, Barnes–Hut) in a worker, drawn at once and as it settles, plain links on the edge layer above 3,000 elements (which paints a large new graph's first picture, nodes as dots, before Cytoscape's); ${g.ours.drawn.webgl ? 'WebGL' : '2D canvas (WebGL is software here)'}`
          : 'ours (planLayout: fcose draft in a worker, preset)';
        const row = (variant: string, t: ClientTiming | undefined, speed = '') =>
          t ? [['', variant, t.runs, `${t.lowerBound ? '> ' : ''}${t.medianMs}`, phases(t.phases), drawn(t.drawn), speed]] : [];
        const rows = [
          ...row(ours, g.ours, g.speedup === undefined ? '' : `${g.speedupIsLowerBound ? '≥ ' : ''}${g.speedup}×`),
          ...row('ours with WebGL forced on (SwiftShader)', g.oursWebgl),
          ...row('before: fcose draft in a worker, preset, 2D canvas (a grid above 10,000 nodes)', g.before),
          ...(g.fcoseDefault
            ? row('fcose defaults (animate off)', g.fcoseDefault)
            : [['', 'fcose defaults: not run (see 5,000)', '', '', '', '', '']]),
        ];
        rows[0]![0] = `network, ${n(g.nodes)} nodes / ${n(g.edges)} edges`;
        return rows;
      }),
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
