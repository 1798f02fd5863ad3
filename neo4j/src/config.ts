import { resolve } from 'node:path';
import { z } from 'zod';
import { defaultTxMemory, type EmbeddedMemory } from './memory.js';

/** Where the database is: an external Neo4j (`NEO4J_URI`) or the embedded default. */
export type DbConfig =
  | { kind: 'external'; uri: string; user: string; password: string }
  | ({ kind: 'embedded'; port: number; dataDir: string; user: 'neo4j'; password: string } & Required<EmbeddedMemory>);

const port = z.coerce.number().int().min(1).max(65535);
const memory = z.string().regex(/^\d+[kmg]$/i, 'a size such as 512m or 2g');

const schema = z.object({
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/\S+$/, 'a Bolt URI such as bolt://host:7687 or neo4j+s://host')
    .optional(),
  NEO4J_USER: z.string().min(1).default('neo4j'),
  NEO4J_PASSWORD: z.string().min(8, 'at least 8 characters').default('dsvkaart-local'),
  NEO4J_BOLT_PORT: port.default(7687),
  DATA_DIR: z.string().min(1).default('.data'),
  // Sized so that an import at the 50 MB cap fits in one transaction with its
  // history (more than 3 GB of transaction memory at commit) with room left
  // for the server's reads.
  NEO4J_HEAP: memory.default('6g'),
  NEO4J_PAGECACHE: memory.default('512m'),
  NEO4J_TX_MEMORY: memory.optional(),
});

/** Settings: invalid "X". Expecting … — one line per problem. */
export function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `Settings: invalid "${i.path.join('.')}". Expecting ${i.message}.`).join('\n');
}

/**
 * Reads and validates the database settings once. Throws an Error whose
 * message names each variable that is wrong.
 */
export function dbConfigFromEnv(env: NodeJS.ProcessEnv = process.env, root = process.cwd()): DbConfig {
  const parsed = schema.safeParse(withoutEmpty(env));
  if (!parsed.success) throw new Error(describeIssues(parsed.error));
  const c = parsed.data;
  if (c.NEO4J_URI) return { kind: 'external', uri: c.NEO4J_URI, user: c.NEO4J_USER, password: c.NEO4J_PASSWORD };
  return {
    kind: 'embedded',
    port: c.NEO4J_BOLT_PORT,
    dataDir: resolve(root, c.DATA_DIR),
    user: 'neo4j',
    password: c.NEO4J_PASSWORD,
    heap: c.NEO4J_HEAP,
    pageCache: c.NEO4J_PAGECACHE,
    txMemory: c.NEO4J_TX_MEMORY ?? defaultTxMemory(c.NEO4J_HEAP),
  };
}

/** An empty variable (`NEO4J_URI=`) means the same as an unset one. */
export function withoutEmpty(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v.trim() !== ''));
}
