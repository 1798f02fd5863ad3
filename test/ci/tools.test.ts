import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ROOT, cleanUp, runGate, toolProject } from './gates.js';

// Each code gate runs the repository's own tool and settings on a temporary
// folder (its node_modules linked to the repository's) through the script CI calls.
const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(cleanUp));

function project(files: Record<string, string>, config: string[] = []): string {
  const dir = toolProject(files);
  for (const name of config) copyFileSync(join(ROOT, name), join(dir, name));
  dirs.push(dir);
  return dir;
}

const TSCONFIG = JSON.stringify({ extends: './tsconfig.base.json', compilerOptions: { types: [] }, include: ['*.ts'] });
const PACKAGE = JSON.stringify({ name: 'fixture', private: true, type: 'module', scripts: { typecheck: 'tsc -p .' } });
const CLEAN = 'export const answer: number = 42;\n';

describe('code gates', () => {
  it('typecheck fails on a type error, naming the file, and passes on clean code', { timeout: 180_000 }, async () => {
    const bad = project({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'bad.ts': "export const answer: number = 'forty-two';\n" }, [
      'tsconfig.base.json',
    ]);
    const failed = await runGate('tool.mjs', ['typecheck', '--cwd', bad]);
    expect(failed.code).toBe(1);
    expect(failed.line).toBe('[gate] typecheck: FAILED — 1 errors in 1 file: bad.ts; see test/artifacts/gates/typecheck.log');
    const good = project({ 'package.json': PACKAGE, 'tsconfig.json': TSCONFIG, 'good.ts': CLEAN }, ['tsconfig.base.json']);
    const passed = await runGate('tool.mjs', ['typecheck', '--cwd', good]);
    expect(passed.line).toBe('[gate] typecheck: ok');
    expect(passed.code).toBe(0);
  });

  it("eslint fails on a rule of the project's config, naming the file, and passes on clean code", { timeout: 180_000 }, async () => {
    const typeImport = "import { Server } from 'node:http';\nexport let server: Server | undefined;\n";
    const bad = project({ 'package.json': PACKAGE, 'bad.ts': typeImport }, ['eslint.config.js']);
    const failed = await runGate('tool.mjs', ['eslint', '--cwd', bad]);
    expect(failed.code).toBe(1);
    expect(failed.line).toBe('[gate] eslint: FAILED — 1 errors in 1 file: bad.ts; see test/artifacts/gates/eslint.log');
    const good = project({ 'package.json': PACKAGE, 'good.ts': CLEAN }, ['eslint.config.js']);
    const passed = await runGate('tool.mjs', ['eslint', '--cwd', good]);
    expect(passed.line).toBe('[gate] eslint: ok (2 files)');
    expect(passed.code).toBe(0);
  });

  it("prettier fails on a file not in the project's format, naming it, and passes on formatted code", { timeout: 180_000 }, async () => {
    const bad = project({ 'bad.ts': 'export const answer = {value:42}\n', 'good.ts': CLEAN }, ['.prettierrc.json']);
    // Under CI=true Prettier colours its output; the gate must still find the file names.
    const failed = await runGate('tool.mjs', ['prettier', '--cwd', bad], { CI: 'true', FORCE_COLOR: '1' });
    expect(failed.code).toBe(1);
    expect(failed.line).toBe(
      '[gate] prettier: FAILED — 1 file: bad.ts not formatted (pnpm exec prettier --write <file>); see test/artifacts/gates/prettier.log',
    );
    const good = project({ 'good.ts': CLEAN }, ['.prettierrc.json']);
    const passed = await runGate('tool.mjs', ['prettier', '--cwd', good]);
    expect(passed.line).toBe('[gate] prettier: ok');
    expect(passed.code).toBe(0);
  });
});
