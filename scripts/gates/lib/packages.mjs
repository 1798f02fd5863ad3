// The production dependencies of a pnpm project, from its lockfile as pnpm
// installed it: `pnpm licenses list --prod --json`, one entry per name and
// version, with the version read from the installed package.json.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {{ name: string, version: string, licence: string, author: string, homepage: string }[]} sorted by name, version */
export function productionPackages(dir) {
  const run = spawnSync('pnpm', ['licenses', 'list', '--prod', '--json'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 300_000,
  });
  if (run.error) throw new Error(`cannot run pnpm: ${run.error.message}`);
  if (run.status !== 0) throw new Error(`pnpm licenses list failed in ${dir}: ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  const byLicence = run.stdout.trim() ? JSON.parse(run.stdout) : {};
  const seen = new Map();
  for (const [licence, entries] of Object.entries(byLicence)) {
    for (const entry of entries) {
      for (const path of entry.paths) {
        const manifest = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8'));
        const key = `${entry.name}@${manifest.version}`;
        seen.set(key, {
          name: entry.name,
          version: String(manifest.version),
          licence,
          author: oneLine(entry.author ?? ''),
          homepage: entry.homepage ?? repository(manifest) ?? '',
        });
      }
    }
  }
  return [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version, 'en', { numeric: true }));
}

function repository(manifest) {
  const repo = typeof manifest.repository === 'string' ? manifest.repository : manifest.repository?.url;
  return repo?.replace(/^git\+/, '').replace(/^git:\/\//, 'https://');
}

const oneLine = (text) => String(text).replace(/\s+/g, ' ').trim();
