import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: Db;
let server: TestServer;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  // Counting round trips (db.calls) needs GraphQL in this thread: workers have drivers of their own.
  server = await startTestServer(db, { NODE_ENV: 'production', GRAPHQL_WORKERS: '0' });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const aliases = (n: number, field: string) => Array.from({ length: n }, (_, i) => `a${i}: ${field}`).join(' ');

/** Posts an operation and counts the database round trips it caused. */
async function costOf(query: string, variables?: Record<string, unknown>) {
  const before = db.calls;
  const { status, body } = await server.gql(query, variables);
  return { status, body, calls: db.calls - before };
}

function rejectedForCost(result: Awaited<ReturnType<typeof costOf>>, cost: number) {
  expect(result.status).toBe(400);
  expect(result.calls).toBe(0);
  expect(result.body.data).toBeUndefined();
  expect(result.body.errors).toEqual([
    {
      message: `Query cost ${cost} exceeds the limit of 200000: ask for fewer rows (first, limit, top, nodes), fewer aliases or fewer nested lists.`,
      extensions: { code: 'BAD_USER_INPUT', cost, maxCost: 200000 },
    },
  ]);
}

describe('the cost limit counts list sizes from arguments and variables', () => {
  const DEEP = 'tables(limit: 20000) { parties { partnerships { members { role party { id name domain municipality } } } } }';

  it('rejects 15 aliases of the deep tables query before any Cypher runs', async () => {
    // Per table: 1 + 10 parties × (1 + 100 partnerships of a party × (1 + 10 members × (1 + 1 party))) = 21,011.
    rejectedForCost(await costOf(`{ ${aliases(15, DEEP)} }`), 15 * 20000 * 21011);
  });

  it('rejects one alias of the deep tables query too', async () => {
    rejectedForCost(await costOf(`{ ${DEEP} }`), 20000 * 21011);
  });

  it('rejects the deep tables query when its limit comes as a variable', async () => {
    const query = `query($n: Int) { ${DEEP.replace('20000', '$n')} }`;
    rejectedForCost(await costOf(query, { n: 20000 }), 20000 * 21011);
  });

  const NESTED_PAGE = (first: string) => `partnerships(first: ${first}) { nodes { id members { party { partnerships { id } } } } }`;

  it('gives first: $n the verdict of the literal first', async () => {
    // 1000 × (1 + 1 node × (1 + 10 members × (1 + 1 party × (1 + 100 partnerships of a party)))) = 1,022,000.
    rejectedForCost(await costOf(`{ ${NESTED_PAGE('1000')} }`), 1022000);
    rejectedForCost(await costOf(`query($n: Int) { ${NESTED_PAGE('$n')} }`, { n: 1000 }), 1022000);
  });

  it('accepts the same page at a size within the limit, literal or variable', async () => {
    for (const [query, variables] of [
      [`{ ${NESTED_PAGE('50')} }`, undefined],
      [`query($n: Int) { ${NESTED_PAGE('$n')} }`, { n: 50 }],
    ] as const) {
      const { status, body } = await server.gql<{ partnerships: { nodes: { id: string }[] } }>(query, variables);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.partnerships.nodes.map((n) => n.id)).toEqual(['p3', 'p5', 'p1', 'p2', 'p4']);
    }
  });

  it('rejects 15 aliases of neighbourhoods with 200 nodes passed as a variable', async () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ kind: 'PARTY', id: `x${i}` }));
    const field = 'neighbourhoods(nodes: $nodes) { node { key } neighbours { key name } edges { source target } total }';
    // 200 nodes × 25 (the default page) = 5,000 × (1 + node 1 + neighbours 1 + edges 1) per alias.
    rejectedForCost(await costOf(`query($nodes: [NodePage!]!) { ${aliases(15, field)} }`, { nodes }), 15 * 5000 * 4);
  });

  it('counts each node’s page size in neighbourhoods', async () => {
    const nodes = Array.from({ length: 200 }, (_, i) => ({ kind: 'PARTY', id: `x${i}`, limit: 500 }));
    const query = 'query($nodes: [NodePage!]!) { neighbourhoods(nodes: $nodes) { total neighbours { key } edges { source } } }';
    // 200 × 500 = 100,000 × (1 + neighbours 1 + edges 1).
    rejectedForCost(await costOf(query, { nodes }), 300000);
  });

  it('counts fragments and inline fragments like the fields they hold', async () => {
    const query = `{ ${aliases(11, 'tables(limit: 20000) { ...T }')} } fragment T on Table { parties { id } }`;
    rejectedForCost(await costOf(query), 11 * 20000 * 11);
    const inline = '{ a: tables(limit: 200) { ... on Table { parties { tables { id } } } } }';
    // 200 × (1 + 10 parties × (1 + 100 tables of a party)) = 202,200.
    rejectedForCost(await costOf(inline), 202200);
  });
});
