import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { serve, type Serving } from '@dsv/server/serve';
import { testDb } from '../helpers/db.js';
import { capturingLogger, testConfig } from '../helpers/server.js';

let db: Db;
let serving: Serving | undefined;
const { logger, lines } = capturingLogger('info');

beforeAll(async () => {
  db = testDb();
  await db.write('test/clear-all');
});
afterAll(async () => {
  serving?.preparation.stop();
  await serving?.app.stop();
  await db?.close();
});

interface Observation {
  health: number;
  healthStatus: string;
  graphql: number;
  networks: number | null;
}

async function observe(base: string): Promise<Observation> {
  const health = await fetch(`${base}/healthz`);
  const healthBody = (await health.json()) as { status: string };
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ networks { key } }' }),
  });
  const body = (await res.json()) as { data?: { networks: unknown[] } };
  return { health: health.status, healthStatus: healthBody.status, graphql: res.status, networks: body.data?.networks.length ?? null };
}

describe('ready means ready, on a fresh empty database with SEED_WHEN_EMPTY', () => {
  it('/healthz is 503 "loading" until networks answers 7 entries, then 200; /graphql says 503 until then', async () => {
    serving = await serve(testConfig({ PORT: '0', HOST: '127.0.0.1', SEED_WHEN_EMPTY: 'true' }), db, logger);
    const base = `http://127.0.0.1:${serving.port}`;
    expect((await fetch(`${base}/livez`)).status).toBe(200);

    const notReady = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks { key } }' }),
    });
    expect(notReady.status).toBe(503);
    expect(notReady.headers.get('retry-after')).toBe('2');
    expect(await notReady.json()).toEqual({
      errors: [{ message: 'De gegevens worden voorbereid / The data is being prepared', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
    });

    const seen: Observation[] = [];
    for (let i = 0; i < 5000 && !seen.some((o) => o.health === 200); i += 1) {
      seen.push(await observe(base));
      await new Promise((r) => setTimeout(r, 100));
    }
    const firstHealthy = seen.findIndex((o) => o.health === 200);
    expect(firstHealthy).toBeGreaterThan(0);
    // Before: /healthz says "loading"; /graphql answers 503 or, once prepared, all seven networks — never fewer.
    expect(new Set(seen.slice(0, firstHealthy).map((o) => `${o.health} ${o.healthStatus}`))).toEqual(new Set(['503 loading']));
    for (const o of seen) expect([`${o.graphql} ${o.networks}`]).toContainEqual(expect.stringMatching(/^(503 null|200 7)$/));
    expect(seen[firstHealthy]).toEqual({ health: 200, healthStatus: 'ok', graphql: 200, networks: 7 });
    expect((await fetch(`${base}/livez`)).status).toBe(200);
  }, 600_000);

  it('logs "preparing" at once and "listening" only when ready', () => {
    const messages = lines.map((l) => String(l.msg));
    const preparing = messages.findIndex((m) => m.startsWith('DSV-kaart preparing the database'));
    const ready = messages.indexOf('database ready');
    const listening = messages.findIndex((m) => m.startsWith('DSV-kaart listening on http://127.0.0.1:'));
    expect(preparing).toBeGreaterThanOrEqual(0);
    expect(ready).toBeGreaterThan(preparing);
    expect(listening).toBeGreaterThan(ready);
    expect(messages.filter((m) => m.startsWith('DSV-kaart listening')).length).toBe(1);
  });
});
