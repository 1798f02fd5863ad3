/**
 * Restart drill (run by hand: `node --import tsx test/faults/restart-drill.ts`).
 * Starts the server with its embedded Neo4j on spare ports and a temporary
 * data folder, then:
 *  1. kills Neo4j alone (kill -9): the server restarts it; time to healthy;
 *  2. kills the server and its Neo4j while idle (kill -9 both); starts the
 *     server again; time to healthy; data intact;
 *  3. the same during a large `pnpm seed import --replace`; data as before
 *     the import (all or nothing).
 * "Data intact" means a `pnpm seed export` equal byte for byte to the one
 * taken before. Prints one Markdown table row per step.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../helpers/files.js';
import { writeBigDataset } from './big-dataset.js';

const root = join(import.meta.dirname, '..', '..');
const HTTP = Number(process.env.DRILL_PORT ?? 27797);
const BOLT = Number(process.env.DRILL_BOLT_PORT ?? 27696);
const IMPORT_MB = Number(process.env.DRILL_IMPORT_MB ?? 20);
const dataDir = tempDir('dsv-drill-data-');
const env = { ...process.env, PORT: String(HTTP), NEO4J_BOLT_PORT: String(BOLT), DATA_DIR: dataDir, NEO4J_URI: '', LOG_LEVEL: 'info' };
const say = (m: string) => process.stderr.write(`[drill] ${m}\n`);

function startServer(): ChildProcess {
  const server = spawn('node', ['--import', 'tsx', 'server/src/main.ts'], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  server.stdout!.on('data', (c: Buffer) => {
    for (const line of c.toString().split('\n')) if (/Neo4j|restart/i.test(line)) say(`server: ${line.slice(0, 200)}`);
  });
  server.stderr!.resume();
  return server;
}

async function healthy(): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${HTTP}/healthz`, { signal: AbortSignal.timeout(2000) })).status === 200;
  } catch {
    return false;
  }
}

/** Seconds from now until /healthz answers 200; throws when the server exits instead. */
async function timeToHealthy(): Promise<number> {
  const t0 = performance.now();
  while (!(await healthy())) {
    if (server.exitCode !== null || server.signalCode !== null) throw new Error('the server exited before it was healthy');
    await new Promise((r) => setTimeout(r, 100));
  }
  return (performance.now() - t0) / 1000;
}

function neo4jPid(server: ChildProcess): number {
  const out = spawnSync('pgrep', ['-P', String(server.pid), '-f', 'nl.dsvkaart.neo4j.Launcher'], { encoding: 'utf8' }).stdout.trim();
  if (!out) throw new Error('the server has no Neo4j child');
  return Number(out.split('\n')[0]);
}

function seedExport(): Record<string, string> {
  const dir = tempDir('dsv-drill-export-');
  const run = spawnSync('node', ['--import', 'tsx', 'seed/src/cli.ts', 'export', dir], { cwd: root, env, encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`seed export failed: ${run.stderr}`);
  return Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

const same = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(a) === JSON.stringify(b);
const rows: string[] = [];

let server = startServer();
const first = await timeToHealthy();
rows.push(`| first start (empty folder, loads the illustrative data) | ${first.toFixed(1)} s | – |`);
const reference = seedExport();
say(`healthy after ${first.toFixed(1)} s; reference export taken`);

process.kill(neo4jPid(server), 'SIGKILL');
await new Promise((r) => setTimeout(r, 300));
const neo4jOnly = await timeToHealthy();
rows.push(
  `| kill -9 of Neo4j alone (the server restarts it) | ${neo4jOnly.toFixed(1)} s | ${same(seedExport(), reference) ? 'yes' : 'NO'} |`,
);

for (const during of ['idle', 'import'] as const) {
  let importer: ChildProcess | undefined;
  if (during === 'import') {
    const dir = tempDir('dsv-drill-import-');
    const size = writeBigDataset(dir, IMPORT_MB * 2 ** 20);
    say(`importing ${(size.bytes / 2 ** 20).toFixed(1)} MB…`);
    importer = spawn('node', ['--import', 'tsx', 'seed/src/cli.ts', 'import', dir, '--replace'], {
      cwd: root,
      env,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    await new Promise<void>((resolve) => {
      importer!.stderr!.on('data', (c: Buffer) => {
        if (c.toString().includes('written memberships')) resolve();
      });
    });
  }
  const java = neo4jPid(server);
  process.kill(server.pid!, 'SIGKILL');
  process.kill(java, 'SIGKILL');
  importer?.kill('SIGKILL');
  await new Promise((r) => server.once('exit', r));
  server = startServer();
  const seconds = await timeToHealthy();
  const intact = same(seedExport(), reference);
  rows.push(
    `| kill -9 of server and Neo4j ${during === 'idle' ? 'while idle' : `during a ${IMPORT_MB} MB import`}, then start | ${seconds.toFixed(1)} s | ${intact ? 'yes' : 'NO'} |`,
  );
}

server.kill('SIGTERM');
await new Promise((r) => server.once('exit', r));
process.stdout.write(`| step | time to healthy | data intact |\n|---|---|---|\n${rows.join('\n')}\n`);
