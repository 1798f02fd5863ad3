import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, cleanUp, pnpmProject, runGate, tempDir, writeJson } from './gates.js';

const ALLOWED = ['MIT', 'ISC', 'BSD-3-Clause', 'Apache-2.0', 'CC0-1.0'];
const dirs: string[] = [];
const project = (...args: Parameters<typeof pnpmProject>) => {
  const dir = pnpmProject(...args);
  dirs.push(dir);
  return dir;
};
function policy(extra: { denied?: unknown[]; exceptions?: unknown[] } = {}): string {
  const dir = tempDir('policy');
  dirs.push(dir);
  return writeJson(join(dir, 'policy.json'), { allowed: ALLOWED, denied: extra.denied ?? [], exceptions: extra.exceptions ?? [] });
}
afterEach(() => dirs.splice(0).forEach(cleanUp));

describe('licence gate', () => {
  it('fails on a GPL production dependency, naming the package, its version and licence', async () => {
    const dir = project([
      { name: 'fine-lib', version: '1.0.0', license: 'MIT' },
      { name: 'copyleft-lib', version: '2.3.4', license: 'GPL-3.0-only' },
    ]);
    const run = await runGate('licences.mjs', ['--dir', dir, '--policy', policy()]);
    expect(run.code).toBe(1);
    expect(run.line).toBe('[gate] licences: FAILED — 1 of 2 packages: copyleft-lib@2.3.4 (GPL-3.0-only)');
  });

  it('passes a clean tree: an OR with one allowed side counts, development dependencies do not', async () => {
    const dir = project([
      { name: 'dual-lib', version: '3.10.2', license: '(MIT OR GPL-3.0-or-later)' },
      { name: 'both-lib', version: '2.4.12', license: '(MIT AND BSD-3-Clause)' },
      { name: 'dev-tool', version: '1.0.0', license: 'GPL-3.0-only', dev: true },
    ]);
    const run = await runGate('licences.mjs', ['--dir', dir, '--policy', policy()]);
    expect(run.line).toBe('[gate] licences: ok (2 packages; 0 by reviewed exception)');
    expect(run.code).toBe(0);
  });

  it('fails an AND with one side not allowed, a missing licence and a non-SPDX licence', async () => {
    const dir = project([
      { name: 'half-lib', version: '1.0.0', license: '(MIT AND Hippocratic-2.1)' },
      { name: 'bare-lib', version: '0.1.1' },
      { name: 'odd-lib', version: '0.1.0', license: 'MIT/X11' },
    ]);
    const run = await runGate('licences.mjs', ['--dir', dir, '--policy', policy()]);
    expect(run.code).toBe(1);
    expect(run.line).toBe(
      '[gate] licences: FAILED — 3 of 3 packages: bare-lib@0.1.1 (Unknown), half-lib@1.0.0 ((MIT AND Hippocratic-2.1)), odd-lib@0.1.0 (MIT/X11)',
    );
  });

  it('denies a package whatever its licence field says, and holds an exception to its exact version', async () => {
    const dir = project([
      { name: 'house-tokens', version: '5.0.1', license: 'CC0-1.0' },
      { name: 'odd-lib', version: '0.1.1', license: 'MIT/X11' },
      { name: 'old-lib', version: '0.1.0', license: 'MIT/X11' },
    ]);
    const rules = policy({
      denied: [{ package: 'house-tokens', reason: 'proprietary house style' }],
      exceptions: [
        { package: 'odd-lib', version: '0.1.0', licence: 'MIT/X11', reason: 'reviewed: MIT' },
        { package: 'old-lib', version: '0.1.0', licence: 'MIT/X11', reason: 'reviewed: MIT' },
      ],
    });
    const run = await runGate('licences.mjs', ['--dir', dir, '--policy', rules]);
    expect(run.code).toBe(1);
    expect(run.line).toBe(
      '[gate] licences: FAILED — 2 of 3 packages: house-tokens@5.0.1 (denied: proprietary house style), odd-lib@0.1.1 (MIT/X11)',
    );
  });

  it("names the client's former non-open packages under the project's own policy", async () => {
    const dir = project([
      { name: 'react-leaflet', version: '5.0.0', license: 'Hippocratic-2.1' },
      { name: '@utrecht/design-tokens', version: '5.0.1', license: 'CC0-1.0' },
      { name: 'leaflet', version: '1.9.4', license: 'BSD-2-Clause' },
    ]);
    const run = await runGate('licences.mjs', ['--dir', dir]);
    expect(run.code).toBe(1);
    expect(run.line).toBe(
      "[gate] licences: FAILED — 2 of 3 packages: @utrecht/design-tokens@5.0.1 (denied: Gemeente Utrecht's proprietary house style: its README says the open source licence does not apply to these assets, whatever the CC0-1.0 licence field says), react-leaflet@5.0.0 (Hippocratic-2.1)",
    );
  });

  it("keeps the project's policy reviewable: each exception has a reason and a review that exists", () => {
    const rules = JSON.parse(readFileSync(join(ROOT, 'docs', 'supply-chain', 'licence-policy.json'), 'utf8')) as {
      allowed: string[];
      exceptions: { package: string; version: string; reason: string; review: string }[];
    };
    expect(rules.allowed).toEqual([
      'MIT',
      'ISC',
      'BSD-2-Clause',
      'BSD-3-Clause',
      'Apache-2.0',
      '0BSD',
      'BlueOak-1.0.0',
      'CC0-1.0',
      'Unlicense',
      'EUPL-1.2',
      'MPL-2.0',
      'OFL-1.1',
      'CC-BY-4.0',
    ]);
    expect(rules.exceptions.map((e) => `${e.package}@${e.version}`)).toEqual(['buffers@0.1.1', 'chainsaw@0.1.0', 'pako@1.0.11']);
    expect(rules.exceptions.filter((e) => !e.reason || !existsSync(join(ROOT, e.review)))).toEqual([]);
  });
});
