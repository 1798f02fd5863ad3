import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { regions } from '@dsv/seed';
import { launchBrowser } from '../../helpers/browser.js';
import { load } from '../report/machine.js';
import { buildPages, type PageName } from './build.js';
import { mapPoints, networkGraph } from './data.js';
import { duplicatesGraph } from './duplicates.js';
import type { PageRun } from './pages/page.js';
import type { ClientResult, ClientTiming } from './result.js';
import { serveDir } from './serve.js';

const MAP_POINTS = 50_000;
const GRAPH_SIZES = [1000, 5000, 20000];
/** fcose with its defaults: minutes at 1,000 nodes on a busy machine, not done in 5 at 5,000; not tried at 20,000 (the 5,000 bound says enough). */
const FCOSE_LIMITS_S: Record<number, number> = { 1000: 300, 5000: 120 };
/** A run that takes longer is stopped and reported as "more than" this (fcose defaults at 5,000 nodes take many minutes here). */
const RUN_TIMEOUT_MS = Number(process.env.BENCH_CLIENT_TIMEOUT_S ?? 300) * 1000;
/** Runs slower than this count their first run (no warm-up) and are run twice at most. */
const SLOW_MS = 20_000;

class RunTimeout extends Error {}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
  return Math.round(m * 10) / 10;
};

/** One run in a fresh page: load it, then time `window.bench(arg)`. */
async function runOnce(browser: Browser, url: string, arg: number, timeoutMs: number): Promise<PageRun> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  const failures: string[] = [];
  page.on('pageerror', (e) => failures.push(e.message));
  try {
    await page.goto(url);
    await page.waitForFunction(() => typeof window.bench === 'function', undefined, { timeout: 30_000 });
    const run = page.evaluate((a) => window.bench!(a), arg);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new RunTimeout(`${url}: no answer in ${timeoutMs / 1000} s`)), timeoutMs);
    });
    const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
    if (failures.length > 0) throw new Error(`${url}: ${failures.join('; ')}`);
    return result;
  } finally {
    await page.close();
  }
}

/**
 * A warm-up run (not counted), then `runs` runs, in fresh pages; medians. A
 * run slower than SLOW_MS counts itself (it warms nothing up that matters at
 * that length) and gets one more run at most; a run stopped at RUN_TIMEOUT_MS
 * gives a lower bound.
 */
export async function timePage(
  browser: Browser,
  base: string,
  name: PageName,
  arg: number,
  runs: number,
  log: (m: string) => void,
  timeoutMs = RUN_TIMEOUT_MS,
): Promise<ClientTiming> {
  const url = `${base}/${name}.html`;
  const results: PageRun[] = [];
  try {
    const first = await runOnce(browser, url, arg, timeoutMs);
    const slow = first.totalMs > SLOW_MS;
    if (slow) results.push(first);
    for (let i = results.length; i < (slow ? Math.min(2, runs) : runs); i++) results.push(await runOnce(browser, url, arg, timeoutMs));
  } catch (err) {
    if (!(err instanceof RunTimeout) || results.length > 0) throw err;
    log(`  ${name} (${arg}): stopped after ${timeoutMs / 1000} s`);
    return { runs: 0, medianMs: timeoutMs, lowerBound: true, totals: [], phases: {}, drawn: {} };
  }
  const phases = Object.fromEntries(Object.keys(results[0]!.phases).map((k) => [k, median(results.map((r) => r.phases[k]!))]));
  const timing = {
    runs: results.length,
    medianMs: median(results.map((r) => r.totalMs)),
    totals: results.map((r) => r.totalMs),
    phases,
    drawn: results[0]!.drawn,
  };
  log(`  ${name} (${arg}): median ${timing.medianMs} ms over ${timing.runs} runs ${JSON.stringify(phases)}`);
  return timing;
}

const speedup = (theirs: ClientTiming, ours: ClientTiming) => Math.round((theirs.medianMs / ours.medianMs) * 10) / 10;

/** The client scenarios in headless Debian Chromium, against bench pages served from 127.0.0.1. */
export async function runClient(log: (m: string) => void): Promise<ClientResult> {
  const dir = mkdtempSync(join(tmpdir(), 'dsv-bench-pages-'));
  try {
    log('[bench client] building the bench pages…');
    await buildPages(dir);
    writeFileSync(join(dir, 'points.json'), JSON.stringify(mapPoints(MAP_POINTS)));
    for (const n of GRAPH_SIZES) writeFileSync(join(dir, `graph-${n}.json`), JSON.stringify(networkGraph(n)));
    writeFileSync(join(dir, 'duplicates-tables.json'), JSON.stringify(duplicatesGraph(false)));
    writeFileSync(join(dir, 'duplicates-parties.json'), JSON.stringify(duplicatesGraph(true)));
    const ggd = Object.fromEntries(regions().flatMap((r) => (r.type === 'GGD' ? [[r.code, r.municipalities]] : [])));
    writeFileSync(join(dir, 'ggd.json'), JSON.stringify(ggd));
    const server = await serveDir(dir);
    const browser = await launchBrowser();
    try {
      const loadAvg = load();
      log(`[bench client] map, ${MAP_POINTS.toLocaleString('en')} points…`);
      const ours = await timePage(browser, server.url, 'map-ours', MAP_POINTS, 7, log);
      const markercluster = await timePage(browser, server.url, 'map-markercluster', MAP_POINTS, 7, log);
      log('[bench client] choropleth, 342 municipalities and 25 GGD regions…');
      const choropleth = {
        municipalities: await timePage(browser, server.url, 'choropleth-ours', 0, 7, log),
        regions: await timePage(browser, server.url, 'choropleth-ours', 1, 7, log),
      };
      const network = [];
      for (const n of GRAPH_SIZES) {
        log(`[bench client] network, ${n.toLocaleString('en')} nodes…`);
        const runs = n > 5000 ? 3 : 5;
        const o = await timePage(browser, server.url, 'network-ours', n, runs, log);
        const webgl = await timePage(browser, server.url, 'network-ours-webgl', n, runs, log);
        const before = await timePage(browser, server.url, 'network-draft', n, runs, log);
        const limit = FCOSE_LIMITS_S[n];
        const f = limit ? await timePage(browser, server.url, 'network-fcose', n, 5, log, limit * 1000) : undefined;
        network.push({
          nodes: o.drawn.nodes!,
          edges: o.drawn.edges!,
          ours: o,
          oursWebgl: webgl,
          before,
          fcoseDefault: f,
          speedup: f ? speedup(f, o) : undefined,
          speedupIsLowerBound: f?.lowerBound === true,
        });
      }
      log('[bench client] tables graph, default view (illustrative data)…');
      const tablesGraph = {
        tables: await timePage(browser, server.url, 'tables-duplicates', 0, 7, log),
        withParties: await timePage(browser, server.url, 'tables-duplicates', 1, 5, log),
      };
      return {
        chromium: `Chromium ${browser.version()}`,
        tablesGraph,
        viewport: '1280×800; map 900×560 px; graph 900×600 px',
        map: { points: MAP_POINTS, ours, markercluster, speedup: speedup(markercluster, ours) },
        network,
        choropleth,
        loadAvg,
      };
    } finally {
      await browser.close();
      await server.close();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
