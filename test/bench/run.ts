import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './db/database.js';
import { isTierName, TIERS, type TierName } from './data/tiers.js';
import { DEFAULT_MEASURE } from './scenarios/latency.js';
import { runClient } from './client/run-client.js';
import { printTier, writeResultsMarkdown } from './report/report.js';
import { waitForQuiet } from './report/quiet.js';
import { runTier, runTierConcurrency, runTierTime } from './tier.js';
import type { TierResult } from './report/result.js';
import { load } from './report/machine.js';

const USAGE =
  'usage: pnpm bench [--tier S|M|L]… [--runs 200] [--seconds 10] [--no-client] [--no-server] [--only-concurrency] [--only-time] [--max-load 1.5]';

/**
 * `pnpm bench [--tier S|M|L]`: generates and loads each tier into its own
 * Neo4j, runs the server scenarios, then the client scenarios in Chromium;
 * prints a table and writes bench/results/<tier>-<date>.json and bench/RESULTS.md.
 */
async function main() {
  const { values } = parseArgs({
    options: {
      tier: { type: 'string', multiple: true, default: ['S'] },
      runs: { type: 'string', default: String(DEFAULT_MEASURE.runs) },
      seconds: { type: 'string', default: '10' },
      'no-client': { type: 'boolean', default: false },
      'no-server': { type: 'boolean', default: false },
      'max-load': { type: 'string' },
      'only-concurrency': { type: 'boolean', default: false },
      'only-time': { type: 'boolean', default: false },
    },
  });
  const tiers = values.tier.flatMap((t) => t.toUpperCase().split(','));
  const bad = tiers.find((t) => !isTierName(t));
  const runs = Number(values.runs);
  const seconds = Number(values.seconds);
  if (bad || !Number.isInteger(runs) || runs < 1 || !(seconds > 0 && seconds <= 60))
    throw new Error(`${bad ? `unknown tier "${bad}". ` : ''}${USAGE}`);
  const log = (m: string) => process.stderr.write(`${m}\n`);
  const resultsDir = join(repoRoot, 'bench', 'results');
  mkdirSync(resultsDir, { recursive: true });
  const day = new Date().toISOString().slice(0, 10);

  if (values['max-load']) await waitForQuiet(Number(values['max-load']), log);
  const client = values['no-client'] ? undefined : await runClient(log);
  if (values['no-server']) {
    if (client) {
      const path = join(resultsDir, `client-${day}.json`);
      writeFileSync(path, `${JSON.stringify({ date: new Date().toISOString(), loadAvg: load(), client }, null, 2)}\n`);
      log(`wrote ${path}`);
    }
  }
  for (const name of values['no-server'] ? [] : (tiers as TierName[])) {
    if (values['max-load']) await waitForQuiet(Number(values['max-load']), log);
    const opts = { measure: { ...DEFAULT_MEASURE, runs }, loadSeconds: seconds, connections: [1, 8, 32] };
    if (values['only-time']) {
      await addTime(resultsDir, name, () => runTierTime(TIERS[name], opts, log));
      continue;
    }
    if (values['only-concurrency']) {
      await redoConcurrency(resultsDir, name, day, () => runTierConcurrency(TIERS[name], opts, log));
      continue;
    }
    const result = await runTier(TIERS[name], opts, log);
    result.client = client;
    const path = join(resultsDir, `${name}-${day}.json`);
    writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(printTier(result));
    log(`wrote ${path}`);
  }
  writeResultsMarkdown(resultsDir, join(repoRoot, 'bench', 'RESULTS.md'));
}

/** The file name of a tier's newest result (`<tier>-<yyyy-mm-dd>.json`) in `dir`, if any. */
function newestResult(dir: string, tier: string): string | undefined {
  return readdirSync(dir)
    .filter((f) => new RegExp(`^${tier}-\\d{4}-\\d\\d-\\d\\d\\.json$`).test(f))
    .sort()
    .at(-1);
}

/**
 * Adds (or redoes) the time scenario in the newest result of a tier; the rest stays as
 * it was measured, and a note says when and on what this part was.
 */
async function addTime(resultsDir: string, tier: string, run: () => Promise<TierResult['time']>) {
  const newest = newestResult(resultsDir, tier);
  if (!newest) throw new Error(`--only-time adds to the newest bench/results/${tier}-<date>.json: run the whole tier first`);
  const path = join(resultsDir, newest);
  const result = JSON.parse(readFileSync(path, 'utf8')) as TierResult;
  const loadStart = load();
  result.time = await run();
  result.notes = result.notes.filter((n) => !n.startsWith('Time scenario'));
  result.notes.push(
    `Time scenario run alone at ${new Date().toISOString()} (load average ${loadStart.join(' / ')} → ${load().join(' / ')}), on the tier generated with dates; the other numbers are of ${result.date}.`,
  );
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(printTier(result));
}

/**
 * Redoes one scenario on the tier's newest result and writes it as today's;
 * the rest stays as it was measured, and a note says when each part was.
 */
async function redoConcurrency(
  dir: string,
  tier: string,
  day: string,
  run: () => Promise<Pick<TierResult, 'concurrency' | 'writeThenRead' | 'memory'>>,
) {
  const newest = newestResult(dir, tier);
  if (!newest) throw new Error(`--only-concurrency updates the newest result of tier ${tier} in ${dir}: run the whole tier first`);
  const before = JSON.parse(readFileSync(join(dir, newest), 'utf8')) as TierResult;
  const result = { ...before, ...(await run()) };
  const note = 'Concurrency, first read after a write and memory re-run alone at';
  result.notes = [
    // A note of an earlier re-run speaks of numbers this one replaces.
    ...before.notes.filter((n) => !n.startsWith(note)),
    `${note} ${new Date().toISOString()} (load average ${load().join(' / ')}); the rest is from ${before.date}.`,
  ];
  const path = join(dir, `${tier}-${day}.json`);
  writeFileSync(path, `${JSON.stringify(result, null, 2)}\n`);
  process.stdout.write(printTier(result));
}

main().catch((err: unknown) => {
  process.stderr.write(`[bench] ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
