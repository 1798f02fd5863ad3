import neo4j, { type Driver } from 'neo4j-driver';
import { cypher } from '@dsv/cypher';
import { dateParam } from '@dsv/neo4j';
import { benchCypher } from '../cypher/index.js';
import { driverParams, profile } from './bare.js';
import { measureInterleaved, type MeasureOptions } from './latency.js';
import type { Sample } from './stats.js';

/** The day the as-of runs ask about besides today: the report's (DESIGN.md §1). */
export const REPORT_DAY = '2021-12-31';

/** One analytic three ways: as before records had dates, as of today, as of the report's day. */
export interface TimeResult {
  operation: string;
  undated: Sample;
  today: Sample;
  report: Sample;
  /** p50 of each as-of run over the undated p50: the budget is 1.2. */
  ratio: { today: number; report: number };
  dbHits: { undated: number; today: number; report: number };
}

/**
 * The as-of analytics against the statements as they were before records had
 * dates (`test/bench/cypher/undated-*.cypher`), on the same (dated) tier, bare
 * driver, interleaved so the shared machine's load falls on each alike.
 */
const TIME_OPS: { operation: string; undated: Parameters<typeof benchCypher>[0]; statement: string; params: Record<string, unknown> }[] = [
  { operation: 'crowding', undated: 'undated-crowding', statement: 'analytics/crowding', params: { top: 50, province: null } },
  { operation: 'networks', undated: 'undated-networks', statement: 'networks/list', params: {} },
  { operation: 'partyLoad', undated: 'undated-party-load', statement: 'analytics/party-load', params: { top: 50 } },
  {
    operation: 'duplicateTables',
    undated: 'undated-duplicate-tables',
    statement: 'analytics/duplicate-tables',
    params: { minJaccard: 0.5, limit: 1000 },
  },
];

export async function benchTime(driver: Driver, today: string, measure: MeasureOptions, log: (m: string) => void): Promise<TimeResult[]> {
  const run = (text: string, params: Record<string, unknown>) =>
    driver.executeQuery(text, driverParams(params) as Record<string, unknown>, { routing: neo4j.routing.READ });
  const out: TimeResult[] = [];
  for (const op of TIME_OPS) {
    const texts = { undated: benchCypher(op.undated), today: cypher(op.statement), report: cypher(op.statement) };
    const params = {
      undated: op.params,
      today: { ...op.params, asOf: dateParam(today) },
      report: { ...op.params, asOf: dateParam(REPORT_DAY) },
    };
    const ways = Object.fromEntries((['undated', 'today', 'report'] as const).map((w) => [w, () => run(texts[w], params[w])]));
    const samples = await measureInterleaved(ways, measure);
    const hits = async (w: keyof typeof texts) =>
      (await profile(driver, texts[w], driverParams(params[w]) as Record<string, unknown>)).dbHits;
    const result: TimeResult = {
      operation: op.operation,
      undated: samples.undated!,
      today: samples.today!,
      report: samples.report!,
      ratio: {
        today: Math.round((samples.today!.p50 / samples.undated!.p50) * 100) / 100,
        report: Math.round((samples.report!.p50 / samples.undated!.p50) * 100) / 100,
      },
      dbHits: { undated: await hits('undated'), today: await hits('today'), report: await hits('report') },
    };
    log(
      `  ${op.operation}: p50 undated ${result.undated.p50} ms, as of today ${result.today.p50} ms (×${result.ratio.today}), as of ${REPORT_DAY} ${result.report.p50} ms (×${result.ratio.report})`,
    );
    out.push(result);
  }
  return out;
}
