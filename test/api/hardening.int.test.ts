import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { counts, resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { startTestServer, type TestServer } from '../helpers/server.js';

let db: Db;
let server: TestServer;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  server = await startTestServer(db, { NODE_ENV: 'production' });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

async function post(body: string, contentType = 'application/json') {
  const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body });
  return { status: res.status, text: await res.text() };
}

function firstError(text: string): { message: string; code?: string } {
  const body = JSON.parse(text) as { errors: { message: string; extensions?: { code?: string } }[] };
  return { message: body.errors[0]!.message, code: body.errors[0]!.extensions?.code };
}

describe('query limits (production settings)', () => {
  it('rejects a query deeper than 6', async () => {
    const deep = '{ partnership(id: "p1") { members { party { partnerships { members { party { id } } } } } } }';
    const { status, text } = await post(JSON.stringify({ query: deep }));
    expect(status).toBe(400);
    expect(firstError(text)).toEqual({
      message: 'Syntax Error: Query depth limit of 6 exceeded, found 7.',
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  it('rejects depth hidden in a fragment named __schema', async () => {
    const query =
      'query { ...__schema } fragment __schema on Query { partnership(id: "p1") { members { party { partnerships { members { party { partnerships { id } } } } } } } }';
    const { status, text } = await post(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(firstError(text).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(text).message).toContain('Query depth limit of 6 exceeded');
  });

  it('rejects 16 aliases', async () => {
    const query = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: networks { key }`).join(' ')} }`;
    const { status, text } = await post(JSON.stringify({ query }));
    expect(status).toBe(400);
    expect(firstError(text)).toEqual({
      message: 'Syntax Error: Aliases limit of 15 exceeded, found 16.',
      code: 'GRAPHQL_VALIDATION_FAILED',
    });
  });

  // 16 fixed tokens plus one per list element: "{ partnerships ( filter : { networks : [ … ] } ) { totalCount } }".
  const withTokens = (n: number) =>
    `{ partnerships(filter: { networks: [${Array(n - 16)
      .fill('"x"')
      .join(' ')}] }) { totalCount } }`;

  it('rejects a document of 1,001 tokens', async () => {
    const { status, text } = await post(JSON.stringify({ query: withTokens(1001) }));
    expect(status).toBe(400);
    // (graphql-js's own wording, typo included)
    expect(firstError(text)).toEqual({
      message: 'Syntax Error: Document contains more that 1000 tokens. Parsing aborted.',
      code: 'GRAPHQL_PARSE_FAILED',
    });
  });

  it('accepts a document of exactly 1,000 tokens', async () => {
    const { status, text } = await post(JSON.stringify({ query: withTokens(1000) }));
    expect(status).toBe(200);
    expect(JSON.parse(text)).toEqual({ data: { partnerships: { totalCount: 0 } } });
  });

  it('turns introspection off', async () => {
    const { status, text } = await post(JSON.stringify({ query: '{ __schema { types { name } } }' }));
    expect(status).toBe(400);
    expect(firstError(text).code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(firstError(text).message).toContain('introspection');
  });
});

describe('transport', () => {
  it('refuses a batched array POST', async () => {
    const { status, text } = await post(JSON.stringify([{ query: '{ networks { key } }' }, { query: '{ networks { name } }' }]));
    expect(status).toBe(400);
    expect(text).toContain('Operation batching disabled.');
  });

  it('refuses a text/plain POST (CSRF prevention)', async () => {
    const { status, text } = await post(JSON.stringify({ query: '{ networks { key } }' }), 'text/plain');
    expect(status).toBe(400);
    expect(text).toContain('This operation has been blocked as a potential Cross-Site Request Forgery (CSRF).');
  });

  it('never shows stack traces or driver messages', async () => {
    const { text } = await post(JSON.stringify({ query: '{ partnerships(first: 0) { totalCount } }' }));
    expect(text).not.toContain('stacktrace');
    expect(firstError(text)).toEqual({
      message: 'Argument "first" must be a whole number from 1 to 1000 (got 0).',
      code: 'BAD_USER_INPUT',
    });
  });
});

describe('hostile text is data', () => {
  it('a name made of Cypher round-trips as plain text and deletes nothing', async () => {
    const name = "Robby'}) DETACH DELETE n //";
    await db.write('import/parties', { rows: [{ id: 'robby', name, domain: 'citizens', municipality: null }] });
    const before = await counts(db);
    const { body } = await server.gql<{ party: { name: string }; search: { id: string }[] }>(
      'query($t: String!) { party(id: "robby") { name } search(text: $t) { id } }',
      { t: name },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ party: { name }, search: [] });
    const { body: byWord } = await server.gql<{ search: { id: string }[] }>('{ search(text: "robby") { id } }');
    expect(byWord.data?.search).toEqual([{ id: 'robby' }]);
    expect(await counts(db)).toEqual(before);
  });
});
