#!/usr/bin/env node
// The project's commands for a fresh machine (Node 20+, Java 17, Maven):
// makes sure pnpm and the dependencies are installed, builds what is missing,
// then runs `start`, `test`, `seed …` or `bench …`. Plain Node, no dependencies,
// because it runs before anything is installed.
import { spawnSync, spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const PNPM = 'pnpm@10.34.9';
const [command, ...args] = process.argv.slice(2);

function say(message) {
  process.stderr.write(`[dsv-kaart] ${message}\n`);
}

function run(cmd, cmdArgs, opts = {}) {
  const result = spawnSync(cmd, cmdArgs, { cwd: root, stdio: 'inherit', ...opts });
  if (result.error) throw new Error(`cannot run ${cmd}: ${result.error.message}`);
  if (result.status !== 0) throw new Error(`${cmd} ${cmdArgs.join(' ')} failed (exit ${result.status})`);
}

function pnpmCommand() {
  const probe = spawnSync('pnpm', ['--version'], { encoding: 'utf8' });
  if (probe.status === 0) return ['pnpm', []];
  say(`pnpm not found: installing ${PNPM} with npm…`);
  const global = spawnSync('npm', ['install', '--global', PNPM], { stdio: 'inherit' });
  if (global.status === 0) return ['pnpm', []];
  say('global install not allowed here: using npx');
  return ['npx', ['--yes', PNPM]];
}

function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function prepare({ web, neo4j }) {
  const [pnpm, pre] = pnpmCommand();
  say('installing dependencies (pnpm install --frozen-lockfile)…');
  run(pnpm, [...pre, 'install', '--frozen-lockfile', '--reporter=append-only']);
  const jar = join(root, 'neo4j', 'target', 'dsv-kaart-neo4j-1.0.0.jar');
  if (neo4j && (!existsSync(jar) || statSync(jar).mtimeMs < newest(join(root, 'neo4j', 'src', 'main')))) {
    say('building the embedded Neo4j launcher (Maven; downloads Neo4j Community 5 the first time)…');
    run('mvn', ['-B', '-q', 'package', '-DskipTests'], { cwd: join(root, 'neo4j') });
  }
  const index = join(root, 'web', 'dist', 'index.html');
  if (web && (!existsSync(index) || statSync(index).mtimeMs < newest(join(root, 'web')))) {
    say('building the web client…');
    run(pnpm, [...pre, '--filter', '@dsv/web', 'build']);
  }
  return [pnpm, pre];
}

/** Runs a long-lived child; Ctrl-C reaches it directly (same process group), so we only wait. */
function forward(cmd, cmdArgs, env = {}) {
  const child = spawn(cmd, cmdArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const tsx = ['--import', 'tsx'];
try {
  switch (command) {
    case 'start':
      prepare({ web: true, neo4j: !process.env.NEO4J_URI });
      forward('node', [...tsx, 'server/src/main.ts', ...args], { NODE_ENV: process.env.NODE_ENV ?? 'production' });
      break;
    case 'test': {
      const [pnpm, pre] = prepare({ web: true, neo4j: !process.env.NEO4J_TEST_URI });
      forward(pnpm, [...pre, 'exec', 'vitest', 'run', ...args]);
      break;
    }
    case 'gates':
      // CI's checks before the tests (scripts/gates/): install, then every gate, one line each.
      prepare({ web: false, neo4j: false });
      forward('node', ['scripts/gates/all.mjs', ...args]);
      break;
    case 'seed':
      prepare({ web: false, neo4j: !process.env.NEO4J_URI });
      forward('node', [...tsx, 'seed/src/cli.ts', ...args], { INIT_CWD: process.env.INIT_CWD ?? process.cwd() });
      break;
    case 'bench':
      prepare({ web: true, neo4j: true });
      // Our server runs in the bench process, as in production: graphql-js reads NODE_ENV
      // when it loads and makes extra checks on every value outside production.
      forward('node', [...tsx, 'test/bench/run.ts', ...args], { INIT_CWD: process.env.INIT_CWD ?? process.cwd(), NODE_ENV: 'production' });
      break;
    default:
      say('usage: node scripts/dsv.mjs start | test | gates | seed <import|export|illustrative> … | bench [--tier S|M|L]');
      process.exit(2);
  }
} catch (err) {
  say(err.message);
  process.exit(1);
}
