import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const web = join(import.meta.dirname, '..', '..', 'web');
const src = join(web, 'src');
const generated = join(src, 'data', 'gql');

/** Every .ts/.tsx file under a folder, generated ones left out. */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (path === generated) return [];
    if (statSync(path).isDirectory()) return sources(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

describe('the typed GraphQL operations of the web client', () => {
  it('are generated from the committed schema and the operations in web/src (run `pnpm --filter @dsv/web codegen`)', () => {
    const run = spawnSync(join(web, 'node_modules', '.bin', 'graphql-codegen'), ['--config', 'codegen.ts', '--check'], {
      cwd: web,
      encoding: 'utf8',
    });
    const output = `${run.stdout}${run.stderr}`;
    expect(output).not.toContain('stale files');
    expect(run.status).toBe(0);
  });

  it('are the only way the client talks to the API: one fetch of /graphql, no untyped query text', () => {
    const files = sources(src);
    const fetchers = files.filter((f) => /fetch\(\s*GRAPHQL_ENDPOINT|['"`]\/graphql['"`]/.test(readFileSync(f, 'utf8')));
    const untyped = files.filter((f) => readFileSync(f, 'utf8').includes('/* GraphQL */'));
    expect(fetchers.map((f) => relative(src, f))).toEqual(['data/request.ts']);
    expect(untyped.map((f) => relative(src, f))).toEqual([]);
  });
});
