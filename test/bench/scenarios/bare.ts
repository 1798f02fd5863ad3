import neo4j, { type Driver, type ProfiledPlan } from 'neo4j-driver';
import { cypher } from '@dsv/cypher';
import type { RunCypher } from './operations.js';

/** Whole numbers as Neo4j integers (LIMIT and list slices need them), as the project's Db does. */
export function driverParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(driverParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, driverParams(v)]));
  }
  return value;
}

/** (b): the same `cypher/` file, read with `cypher(name)`, run with `driver.executeQuery`. */
export function bareRunner(driver: Driver): RunCypher {
  return async (name, params) => {
    const { records } = await driver.executeQuery(cypher(name), driverParams(params) as Record<string, unknown>, {
      routing: neo4j.routing.READ,
    });
    return records.map((r) => r.toObject());
  };
}

/** Sum of dbHits over a PROFILE plan. */
export function sumDbHits(plan: ProfiledPlan): number {
  return plan.dbHits + plan.children.reduce((sum, child) => sum + sumDbHits(child), 0);
}

/** PROFILEs a statement (after any `CYPHER 5` prefix) and returns its rows and dbHits. */
export async function profile(
  driver: Driver,
  text: string,
  params: Record<string, unknown>,
): Promise<{ rows: Record<string, unknown>[]; dbHits: number }> {
  const prefix = /^CYPHER\s+5\s*/i.exec(text)?.[0] ?? '';
  const result = await driver.executeQuery(`${prefix}PROFILE ${text.slice(prefix.length)}`, params, { routing: neo4j.routing.READ });
  if (!result.summary.profile) throw new Error('PROFILE returned no plan');
  return { rows: result.records.map((r) => r.toObject()), dbHits: sumDbHits(result.summary.profile) };
}

/** A RunCypher that PROFILEs each statement it runs and adds up their dbHits and round trips. */
export function profilingRunner(driver: Driver, total: { dbHits: number; statements: number }): RunCypher {
  return async (name, params) => {
    const { rows, dbHits } = await profile(driver, cypher(name), driverParams(params) as Record<string, unknown>);
    total.dbHits += dbHits;
    total.statements += 1;
    return rows;
  };
}
