import { afterAll, beforeAll } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { addUser, importPath, type Role } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { addRoleUsers, gqlAs, PASSWORD, signIn, type Gql } from './session.js';

/** The partnership the CONTRIBUTOR is linked to, and one linked to another contributor only. */
export const LINKED = 'vitaal-brainport';
export const OTHER = 'samen-helmond';

export type Caller = Role | 'ANONYMOUS' | 'OTHER_CONTRIBUTOR';

const VERSION = {
  Partnership: 'query($id: ID!) { partnership(id: $id) { version } }',
  Party: 'query($id: ID!) { party(id: $id) { version } }',
  Table: 'query($id: ID!) { table(id: $id) { version } }',
} as const;

/**
 * For one test file: a fresh database with the example data imported, a user
 * per role (the CONTRIBUTOR linked to LINKED, another contributor to OTHER),
 * and a server on it. `as[caller]` asks it as that caller, signed in (filled
 * before the first test); `versionOf` reads a record's version as an editor.
 */
export function editingServer(): {
  as: Record<Caller, Gql>;
  url: () => string;
  versionOf: (kind: keyof typeof VERSION, id: string) => Promise<number>;
} {
  let db: Db;
  let server: TestServer;
  const as = {} as Record<Caller, Gql>;
  beforeAll(async () => {
    db = testDb();
    await resetDb(db);
    await importPath(db, examplesDir, { replace: true, user: 'test' });
    const emails = await addRoleUsers(db, [LINKED]);
    await addUser(db, { email: 'ander@example.nl', role: 'CONTRIBUTOR', partnerships: [OTHER], password: PASSWORD });
    server = await startTestServer(db);
    const client = async (email: string) => gqlAs(server.url, await signIn(server.url, email));
    Object.assign(as, {
      ANONYMOUS: gqlAs(server.url, null),
      READER: await client(emails.READER),
      CONTRIBUTOR: await client(emails.CONTRIBUTOR),
      OTHER_CONTRIBUTOR: await client('ander@example.nl'),
      EDITOR: await client(emails.EDITOR),
      ADMIN: await client(emails.ADMIN),
    });
  });
  afterAll(async () => {
    await server?.close();
    await db?.close();
  });
  return {
    as,
    url: () => server.url,
    async versionOf(kind, id) {
      const { body } = await as.EDITOR<Record<string, { version: number }>>(VERSION[kind], { id });
      return Object.values(body.data!)[0]!.version;
    },
  };
}
