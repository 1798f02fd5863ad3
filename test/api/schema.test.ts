import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createSchema } from '@dsv/server/schema';
import { tempDir } from '../helpers/files.js';

describe('server/schema.graphql', () => {
  it('is the schema the server builds (regenerate with `cd server && pnpm schema`)', async () => {
    const emitted = join(tempDir('dsv-schema-'), 'schema.graphql');
    await createSchema(emitted);
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'server', 'schema.graphql'), 'utf8');
    expect(readFileSync(emitted, 'utf8')).toBe(committed);
  });
});
