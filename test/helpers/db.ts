import neo4j from 'neo4j-driver';
import { inject } from 'vitest';
import { Db } from '@dsv/neo4j';

/** A Db on the tests' own Neo4j. Close it in afterAll. */
export function testDb(): Db {
  const { uri, user, password } = inject('neo4j');
  return new Db(neo4j.driver(uri, neo4j.auth.basic(user, password), { logging: { level: 'error', logger: () => undefined } }), uri);
}

/** Empties the test database and applies the schema: each test file owns its data. */
export async function resetDb(db: Db): Promise<void> {
  await db.write('test/clear-all');
  await db.applySchema();
}

/** Node and relationship counts, to prove that a failed operation changed nothing. */
export async function counts(db: Db): Promise<{ nodes: number; relationships: number }> {
  const [row] = await db.read<{ nodes: number; relationships: number }>('test/counts');
  return row!;
}
