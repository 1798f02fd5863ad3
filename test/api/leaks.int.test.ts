import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { resetDb, testDb } from '../helpers/db.js';
import { loadFixture } from '../helpers/fixture.js';
import { capturingLogger, startTestServer, type TestServer } from '../helpers/server.js';

let db: Db;
let server: TestServer;
const { logger, lines } = capturingLogger('warn');

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await loadFixture(db);
  server = await startTestServer(db, { NODE_ENV: 'production' }, { logger });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

/** Error lines the server logged (a stack means an unexpected error). */
const logged = () => lines.filter((l) => Number(l.level) >= 50);

describe('fragments do not count as depth', () => {
  it('accepts a query of depth 6 written with nested fragments', async () => {
    const query = `{ partnership(id: "p1") { ...P } }
      fragment P on Partnership { members { ...M } }
      fragment M on Membership { party { ...Y } }
      fragment Y on Party { partnerships { ...N } }
      fragment N on Partnership { id }`;
    const { status, body } = await server.gql<{ partnership: { members: { party: { partnerships: { id: string }[] } }[] } }>(query);
    expect(status).toBe(200);
    expect(body.errors).toBeUndefined();
    expect(body.data!.partnership.members.map((m) => m.party.partnerships.map((p) => p.id))).toEqual([
      ['p1'],
      ['p3', 'p1', 'p2'],
      ['p1', 'p2', 'p4'],
      ['p3', 'p1'],
    ]);
  });

  it('still rejects depth 7 spread over fragments', async () => {
    const query = `{ partnership(id: "p1") { ...P } }
      fragment P on Partnership { members { party { partnerships { members { party { id } } } } } }`;
    const { status, body } = await server.gql(query);
    expect(status).toBe(400);
    expect(body.errors?.[0]?.message).toBe('Syntax Error: Query depth limit of 6 exceeded, found 7.');
  });
});

describe('no schema suggestions without introspection', () => {
  it('a misspelt field gets no "Did you mean"', async () => {
    const { status, body } = await server.gql('{ netwerks { key } }');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).not.toMatch(/Did you mean|networks/);
    expect(body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a misspelt enum value, literal or variable, gets no "Did you mean"', async () => {
    const literal = await server.gql('{ networkOverlap(basis: PARTIE) { a } }');
    expect(literal.status).toBe(400);
    expect(literal.body.errors).toEqual([
      {
        message: 'Value "PARTIE" does not exist in "OverlapBasis" enum.',
        locations: [{ line: 1, column: 25 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    const variable = await server.gql('query($b: OverlapBasis!) { networkOverlap(basis: $b) { a } }', { b: 'PARTIE' });
    expect(variable.status).toBe(400);
    expect(variable.body.errors).toEqual([
      {
        message: 'Variable "$b" got invalid value "PARTIE"; Value "PARTIE" does not exist in "OverlapBasis" enum.',
        extensions: { code: 'BAD_USER_INPUT' },
      },
    ]);
  });
});

describe('malformed requests are the client’s error, not ours', () => {
  it('subscription {…} answers 400 and logs nothing', async () => {
    const before = logged().length;
    const { status, body } = await server.gql('subscription { networks { key } }');
    expect(status).toBe(400);
    expect(body.errors).toEqual([
      {
        message: 'This API answers queries and mutations only; it has no subscriptions.',
        locations: [{ line: 1, column: 1 }],
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
      },
    ]);
    expect(logged().length).toBe(before);
  });

  it('a mutation the API does not have answers 400 and logs nothing', async () => {
    const before = logged().length;
    const { status, body } = await server.gql('mutation { networks { key } }');
    expect(status).toBe(400);
    expect(body.errors![0]).toMatchObject({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(logged().length).toBe(before);
  });

  const badCursor = {
    message: 'Argument "after" is not a cursor this API gave out.',
    locations: [{ line: 1, column: 25 }],
    path: ['partnerships'],
    extensions: { code: 'BAD_USER_INPUT', field: 'after' },
  };

  it('an oversized cursor answers BAD_USER_INPUT and logs nothing', async () => {
    const before = logged().length;
    const after = Buffer.from(`offset:${'9'.repeat(5000)}`).toString('base64url');
    const { body } = await server.gql('query($after: String) { partnerships(after: $after) { totalCount } }', { after });
    expect(body).toEqual({ data: null, errors: [badCursor] });
    expect(logged().length).toBe(before);
  });

  it('a cursor whose offset overflows answers BAD_USER_INPUT and logs nothing', async () => {
    const before = logged().length;
    for (const offset of ['9223372036854775808', '99999999999999999999']) {
      const after = Buffer.from(`offset:${offset}`).toString('base64url');
      const { body } = await server.gql('query($after: String) { partnerships(after: $after) { totalCount } }', { after });
      expect(body).toEqual({ data: null, errors: [badCursor] });
    }
    expect(logged().length).toBe(before);
  });

  it('an offset beyond Int answers 400 and logs nothing', async () => {
    const before = logged().length;
    const { status, body } = await server.gql('query($nodes: [NodePage!]!) { neighbourhoods(nodes: $nodes) { total } }', {
      nodes: [{ kind: 'PARTY', id: 'a', offset: 2 ** 31 }],
    });
    expect(status).toBe(400);
    expect(body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(logged().length).toBe(before);
  });

  it('an offset within Int but past any page answers BAD_USER_INPUT and logs nothing', async () => {
    const before = logged().length;
    const { body } = await server.gql('query($nodes: [NodePage!]!) { neighbourhoods(nodes: $nodes) { total } }', {
      nodes: [{ kind: 'PARTY', id: 'a', offset: 2 ** 31 - 1, limit: 500 }],
    });
    expect(body).toEqual({
      data: null,
      errors: [
        {
          message: `Argument "offset" must be a whole number from 0 to 1000000 (got ${2 ** 31 - 1}).`,
          locations: [{ line: 1, column: 31 }],
          path: ['neighbourhoods'],
          extensions: { code: 'BAD_USER_INPUT', field: 'offset' },
        },
      ],
    });
    expect(logged().length).toBe(before);
  });
});
