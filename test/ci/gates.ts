// Runs a gate script as CI does and gives back its one line, plus temporary
// pnpm projects to run it on: each test builds its own fixture tree.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '..', '..');

export interface GateRun {
  code: number | null;
  /** The gate's line without its trailing "[N s]". */
  line: string;
  /** Everything the script printed. */
  out: string;
}

/** Runs `node scripts/gates/<script> …args` and waits for it (async, so a test can serve HTTP meanwhile). */
export function runGate(script: string, args: string[] = [], env: Record<string, string> = {}): Promise<GateRun> {
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(ROOT, 'scripts', 'gates', script), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => {
      const lines = out.trim().split('\n');
      done({ code, out, line: (lines.filter((l) => l.startsWith('[gate]')).pop() ?? '').replace(/ \[\d+ s\]$/, '') });
    });
  });
}

/** A fresh temporary folder; remove it with `cleanUp`. */
export function tempDir(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `dsv-gate-${prefix}-`));
}

export function cleanUp(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface FixturePackage {
  name: string;
  version: string;
  license?: string;
  author?: string;
  dev?: boolean;
}

/**
 * A pnpm project whose dependencies are local packages with the given
 * licences, installed offline: what `pnpm licenses list` and `pnpm audit`
 * read, without the registry.
 */
export function pnpmProject(packages: FixturePackage[], dir = tempDir('project')): string {
  const deps: Record<string, string> = {};
  const devDeps: Record<string, string> = {};
  for (const p of packages) {
    const folder = join(dir, 'vendor', `${p.name}-${p.version}`);
    mkdirSync(folder, { recursive: true });
    const manifest = { name: p.name, version: p.version, license: p.license, author: p.author, main: 'index.js' };
    writeFileSync(join(folder, 'package.json'), JSON.stringify(manifest));
    writeFileSync(join(folder, 'index.js'), 'module.exports = {};\n');
    (p.dev ? devDeps : deps)[p.name] = `file:./vendor/${p.name}-${p.version}`;
  }
  writeFileSync(
    join(dir, 'package.json'),
    JSON.stringify({ name: 'fixture', version: '0.0.0', private: true, dependencies: deps, devDependencies: devDeps }),
  );
  const install = spawnSync('pnpm', ['install', '--offline', '--no-frozen-lockfile', '--reporter=silent'], { cwd: dir, encoding: 'utf8' });
  if (install.status !== 0) throw new Error(`fixture install failed: ${install.stderr || install.stdout}`);
  return dir;
}

/** A folder for the code gates: the repository's tools reachable as in the repository (node_modules linked). */
export function toolProject(files: Record<string, string>): string {
  const dir = tempDir('tool');
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function writeJson(file: string, value: unknown): string {
  writeFileSync(file, JSON.stringify(value, null, 2));
  return file;
}
