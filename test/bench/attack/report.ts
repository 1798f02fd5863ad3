import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format, resolveConfig } from 'prettier';
import type { Attack } from './attacks.js';
import { percentile, type Answer } from './client.js';

export interface AttackResults {
  machine: string;
  /** GraphQL worker threads of the loaded server. */
  workers: number;
  refused: { attack: Attack; answer: Answer; calls: number }[];
  quiet: { health: Answer[]; cheap: Answer[] };
  measured: { attack: Attack; answer: Answer }[];
  heaviest: { attack: Attack; answer: Answer };
  heavy: Answer[];
  loaded: { health: Answer[]; cheap: Answer[] };
  seconds: number;
  clients: number;
  rssMax: number;
  /** The machine's 1-minute load average before the run and at each probe during the load. */
  load: { before: number; during: number[] };
  /** How late the server's event loop ran its timers during the load. */
  loopDelayMs: { p50: number; p99: number; max: number };
}

const RESULTS = join(import.meta.dirname, '..', '..', '..', 'bench', 'RESULTS.md');
const HEADING = '## Attack run';

const ms = (v: number) => `${v.toFixed(v < 10 ? 1 : 0)} ms`;
// A GraphQL error names its code; a plain HTTP answer without one (a 503 from /healthz) shows its status alone.
const outcome = (a: Answer) => (a.code ? `${a.status} ${a.code}` : a.status === 200 ? '200 ok' : String(a.status));

function latency(answers: Answer[]): string {
  const t = answers.map((a) => a.ms);
  return `p50 ${ms(percentile(t, 50))}, p95 ${ms(percentile(t, 95))}, max ${ms(Math.max(...t))} (n = ${t.length})`;
}

function outcomes(answers: Answer[]): string {
  const counts = new Map<string, number>();
  for (const a of answers) counts.set(outcome(a), (counts.get(outcome(a)) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${n} × ${k}`).join(', ');
}

function loadRange(values: number[]): string {
  return `${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;
}

function section(r: AttackResults): string {
  const lines = [
    HEADING,
    '',
    `\`node --import tsx test/bench/attack/run.ts\` (${new Date().toISOString().slice(0, 10)}, ${r.machine}, shared with other work): our server in`,
    `production mode with its default limits, on loopback, against an embedded Neo4j (1 GB heap) holding a dataset 8× the`,
    `illustrative one (3,624 partnerships, 23,248 parties, 49,256 memberships, 3,464 tables).`,
    '',
    '**Refused before any Cypher runs** (each sent once, to GraphQL in the main thread, where round trips are counted):',
    '',
    '| request | answer | time | database round trips |',
    '| --- | --- | --- | --- |',
    ...r.refused.map(({ attack, answer, calls }) => `| ${attack.name} | ${outcome(answer)} | ${ms(answer.ms)} | ${calls} |`),
    '',
    '**Heavy requests within the limits** (each sent once, quiet server):',
    '',
    '| request | answer | time | bytes |',
    '| --- | --- | --- | --- |',
    ...r.measured.map(
      ({ attack, answer }) => `| ${attack.name} | ${outcome(answer)} | ${ms(answer.ms)} | ${answer.bytes.toLocaleString('en')} |`,
    ),
    '',
    `**Under load**: ${r.clients} clients sending the slowest accepted request ("${r.heaviest.attack.name}") back to back for ${r.seconds} s,`,
    'while one prober asks `/healthz` and another `{ networks { key } }`, each every 100 ms after its last answer. The',
    `server runs GraphQL in ${r.workers} worker threads (\`GRAPHQL_WORKERS\`, default: the cores, at most 4); its main thread`,
    'serves `/healthz`, files and the request log. The clients run in a worker thread of the run, so reading their answers',
    'does not take the server’s main thread.',
    '',
    '| | quiet | under load |',
    '| --- | --- | --- |',
    `| \`/healthz\` | ${latency(r.quiet.health)} | ${latency(r.loaded.health)} |`,
    `| \`/healthz\` answers | ${outcomes(r.quiet.health)} | ${outcomes(r.loaded.health)} |`,
    `| cheap query | ${latency(r.quiet.cheap)} | ${latency(r.loaded.cheap)} |`,
    `| heavy request | — | ${latency(r.heavy)}; ${outcomes(r.heavy)} |`,
    '',
    `Server process resident memory peaked at ${(r.rssMax / 2 ** 20).toFixed(0)} MB during the load. The machine's`,
    `1-minute load average was ${r.load.before.toFixed(1)} before the run and ${loadRange(r.load.during)} during the load.`,
    `The server's event loop ran late by p50 ${ms(r.loopDelayMs.p50)}, p99 ${ms(r.loopDelayMs.p99)}, max ${ms(r.loopDelayMs.max)} during the load.`,
    '',
  ];
  return lines.join('\n');
}

/**
 * Replaces this section of bench/RESULTS.md (or appends it), leaving every
 * other section as it is, formatted as the tree is (Prettier). Findings
 * written by hand after the tables go with the section on a rerun.
 */
export async function writeSection(results: AttackResults): Promise<void> {
  const text = readFileSync(RESULTS, 'utf8');
  const start = text.indexOf(`\n${HEADING}\n`);
  const body = section(results);
  const next = start < 0 ? -1 : text.indexOf('\n## ', start + HEADING.length + 2);
  const updated = start < 0 ? `${text.trimEnd()}\n\n${body}` : `${text.slice(0, start + 1)}${body}${next < 0 ? '' : text.slice(next)}`;
  const options = (await resolveConfig(RESULTS)) ?? {};
  writeFileSync(RESULTS, await format(updated, { ...options, filepath: RESULTS }));
}
