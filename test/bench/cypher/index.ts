import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The benchmark's own fixed statements (not the server's): `test/bench/cypher/<name>.cypher`. */
export function benchCypher(
  name: 'floor' | 'counts' | 'undated-crowding' | 'undated-networks' | 'undated-party-load' | 'undated-duplicate-tables',
): string {
  return readFileSync(join(import.meta.dirname, `${name}.cypher`), 'utf8').trim();
}
