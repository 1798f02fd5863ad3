import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..', '..');
const PORT = 4591;
const BOLT = 7689;

/** Java processes whose command line names this data folder. */
function javaFor(dataDir: string): string[] {
  const out = spawnSync('pgrep', ['-f', `Launcher ${dataDir}`], { encoding: 'utf8' }).stdout.trim();
  return out ? out.split('\n') : [];
}

/** Polls until probe gives a value; a probe that throws ends the wait at once. */
async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, ms: number): Promise<T> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('the start command on a fresh data folder', () => {
  let dataDir: string;
  let server: ChildProcess;
  let output = '';

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'dsv-start-'));
    server = spawn('node', ['--import', 'tsx', 'server/src/main.ts'], {
      cwd: root,
      env: {
        ...process.env,
        PORT: String(PORT),
        NEO4J_BOLT_PORT: String(BOLT),
        DATA_DIR: dataDir,
        NODE_ENV: 'production',
        NEO4J_URI: '',
        NEO4J_HEAP: '512m',
        NEO4J_PAGECACHE: '128m',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    server.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    server.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    const ready = async () => {
      if (server.exitCode !== null) throw new Error(`the server exited with code ${server.exitCode}`);
      return output.includes('database ready') ? true : undefined;
    };
    await waitFor('the illustrative data', ready, 240_000).catch((err: Error) => {
      throw new Error(`${err.message}; the server said:\n${output.slice(-3000)}`);
    });
  });

  afterAll(() => {
    if (server.exitCode === null) server.kill('SIGKILL');
    for (const pid of javaFor(dataDir)) process.kill(Number(pid), 'SIGKILL');
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('answers networks from Neo4j with the report’s seven counts on the report’s date', async () => {
    const res = await fetch(`http://127.0.0.1:${PORT}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ networks(asOf: "2021-12-31") { key reportedCount partnershipCount } }' }),
    });
    const body = (await res.json()) as { data: { networks: { key: string; partnershipCount: number }[] } };
    expect(Object.fromEntries(body.data.networks.map((n) => [n.key, n.partnershipCount]))).toEqual({
      aig: 15,
      gezondin: 150,
      groz: 10,
      jzojp: 44,
      kavels: 3,
      lpa: 258,
      nza: 7,
    });
  });

  it('serves the web client at /', async () => {
    const res = await fetch(`http://127.0.0.1:${PORT}/`);
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('<div id="root">');
  });

  it('Ctrl-C (SIGINT) stops the server and its Neo4j: no orphan java process', async () => {
    expect(javaFor(dataDir)).toHaveLength(1);
    const exited = new Promise<number | null>((r) => server.once('exit', (code) => r(code)));
    server.kill('SIGINT');
    expect(await exited).toBe(0);
    await waitFor('java to exit', async () => (javaFor(dataDir).length === 0 ? true : undefined), 30_000);
    expect(javaFor(dataDir)).toEqual([]);
  });
});
