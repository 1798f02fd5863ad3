import type { Driver } from 'neo4j-driver';

/**
 * Waits (at most 180 s) until Neo4j runs no query but this one: a load test
 * that stops at its duration leaves the requests it sent still running, and
 * the next scenario must not measure them.
 */
export async function drain(driver: Driver): Promise<void> {
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    const { records } = await driver.executeQuery(
      "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW' RETURN count(*) AS running",
    );
    if (Number(records[0]!.get('running')) === 0) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
}
