import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, runGate, tempDir } from './gates.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(cleanUp));

/** A built client: random bytes do not compress, so each script's gzip size is close to its size. */
function dist(scripts: Record<string, number>, html: string): { dir: string; gzip: (names: string[]) => string } {
  const dir = tempDir('dist');
  dirs.push(dir);
  mkdirSync(join(dir, 'assets'));
  const sizes = new Map<string, number>();
  for (const [name, bytes] of Object.entries(scripts)) {
    const content = randomBytes(bytes);
    writeFileSync(join(dir, 'assets', name), content);
    sizes.set(name, gzipSync(content, { level: 9 }).length);
  }
  writeFileSync(join(dir, 'index.html'), html);
  const gzip = (names: string[]) => (names.reduce((sum, n) => sum + sizes.get(n)!, 0) / 1000).toFixed(1);
  return { dir, gzip };
}

const page = `<!doctype html><html><head>
<script type="module" crossorigin src="/assets/index-a1.js"></script>
<link rel="modulepreload" crossorigin href="/assets/runtime-b2.js">
<link rel="stylesheet" crossorigin href="/assets/index-c3.css">
</head><body><div id="root"></div></body></html>`;

describe('initial-JS budget gate', () => {
  it('sums the entry script and its modulepreloads, not lazy chunks, and passes under 150 kB', async () => {
    const { dir, gzip } = dist({ 'index-a1.js': 90_000, 'runtime-b2.js': 40_000, 'MapPage-d4.js': 300_000 }, page);
    const run = await runGate('js-budget.mjs', ['--dist', dir]);
    expect(run.line).toBe(
      `[gate] js-budget: ok (${gzip(['index-a1.js', 'runtime-b2.js'])} kB gzip of initial JS for / (2 scripts; limit 150 kB))`,
    );
    expect(run.code).toBe(0);
  });

  it('fails above 150 kB and prints the number', async () => {
    const { dir, gzip } = dist({ 'index-a1.js': 100_000, 'runtime-b2.js': 51_000 }, page);
    const run = await runGate('js-budget.mjs', ['--dist', dir]);
    expect(run.code).toBe(1);
    expect(run.line).toBe(
      `[gate] js-budget: FAILED — ${gzip(['index-a1.js', 'runtime-b2.js'])} kB gzip of initial JS for / (2 scripts; limit 150 kB)`,
    );
  });
});
