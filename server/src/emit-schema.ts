import { join } from 'node:path';
import { repoRoot } from './config.js';
import { createSchema } from './schema.js';

// Writes server/schema.graphql so that schema changes show in review.
await createSchema(join(repoRoot, 'server', 'schema.graphql'));
console.log('wrote server/schema.graphql');
