import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cleanUp, pnpmProject, runGate, writeJson } from './gates.js';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(cleanUp));

function setUp() {
  const dir = pnpmProject([
    { name: 'fine-lib', version: '1.0.0', license: 'MIT', author: 'Ada Lovelace' },
    { name: 'bare-lib', version: '0.1.1' },
    { name: 'dev-tool', version: '1.0.0', license: 'MIT', dev: true },
  ]);
  dirs.push(dir);
  const policy = writeJson(join(dir, 'policy.json'), {
    allowed: ['MIT'],
    denied: [],
    exceptions: [{ package: 'bare-lib', version: '0.1.1', licence: 'Unknown', creditAs: 'MIT (per its repository)', reason: 'reviewed' }],
  });
  const data = writeJson(join(dir, 'data.json'), [{ name: 'Places', licence: 'CC-BY-4.0', credit: 'GeoNames', use: 'positions' }]);
  const notice = join(dir, 'NOTICE');
  const args = ['--dir', dir, '--policy', policy, '--data', data, '--notice', notice];
  return { dir, notice, args };
}

describe('NOTICE', () => {
  it('lists the data and every production dependency with licence and author, and the gate passes on it', async () => {
    const { notice, args } = setUp();
    const write = await runGate('notice.mjs', args);
    expect(write.code).toBe(0);
    const lines = readFileSync(notice, 'utf8').split('\n');
    expect(lines.filter((l) => l.startsWith('- '))).toEqual([
      '- Places: GeoNames. Licence: CC-BY-4.0. Used for positions.',
      '- bare-lib 0.1.1, MIT (per its repository)',
      '- fine-lib 1.0.0, MIT, Ada Lovelace',
    ]);
    const check = await runGate('notice.mjs', [...args, '--check']);
    expect(check.line).toBe('[gate] notice: ok (2 packages)');
    expect(check.code).toBe(0);
  });

  it('fails when a dependency was added after NOTICE was written, naming it', async () => {
    const { dir, args } = setUp();
    await runGate('notice.mjs', args);
    pnpmProject(
      [
        { name: 'fine-lib', version: '1.0.0', license: 'MIT', author: 'Ada Lovelace' },
        { name: 'bare-lib', version: '0.1.1' },
        { name: 'new-lib', version: '4.0.0', license: 'ISC' },
      ],
      dir,
    );
    const check = await runGate('notice.mjs', [...args, '--check']);
    expect(check.code).toBe(1);
    expect(check.line).toBe('[gate] notice: FAILED — NOTICE is not current (missing new-lib 4.0.0): run pnpm notice');
  });

  it('fails when NOTICE was edited by hand', async () => {
    const { notice, args } = setUp();
    await runGate('notice.mjs', args);
    writeFileSync(notice, readFileSync(notice, 'utf8').replace('- fine-lib 1.0.0, MIT, Ada Lovelace\n', ''));
    const check = await runGate('notice.mjs', [...args, '--check']);
    expect(check.code).toBe(1);
    expect(check.line).toBe('[gate] notice: FAILED — NOTICE is not current (missing fine-lib 1.0.0): run pnpm notice');
  });
});
