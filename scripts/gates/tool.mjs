#!/usr/bin/env node
// The code gates: the project's own tools over the whole tree, each summed up
// in one line, with the tool's full output kept in test/artifacts/gates/.
//   node scripts/gates/tool.mjs typecheck|eslint|prettier [--cwd <dir>]
// typecheck = `pnpm typecheck`, eslint = `eslint .`, prettier = `prettier --check .`,
// run in --cwd (default: the repository) with the repository's installed tools.
import { spawnSync } from 'node:child_process';
import { join, normalize, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT, gate, keepLog, listOf, options } from './lib/gate.mjs';

const [tool] = process.argv.slice(2);
const cwd = options().cwd ?? ROOT;
const bin = (name) => join(ROOT, 'node_modules', '.bin', name);

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 * 2 ** 20, timeout: 900_000 });
  if (result.error) throw new Error(`cannot run ${cmd}: ${result.error.message}`);
  // Tools colour their output under CI=true; the summaries read plain text.
  return { status: result.status, out: stripVTControlCharacters(`${result.stdout}${result.stderr}`) };
}

const files = (list) => `${list.length} file${list.length === 1 ? '' : 's'}: ${listOf(list, 5)}`;

const TOOLS = {
  typecheck() {
    const { status, out } = run('pnpm', ['typecheck']);
    const log = keepLog('typecheck', out, cwd);
    // "<package dir> typecheck: <path>(line,col): error TS…", or "… error TS6053: File '<absolute path>' not found."
    const errors = [...out.matchAll(/^(?:(\S+) typecheck: )?(?:(.+?)\(\d+,\d+\): )?error TS\d+(?:: File '([^']+)')?/gm)];
    const where = [
      ...new Set(
        errors.map(([, pkg, file, named]) =>
          named ? relative(cwd, named) : file ? normalize(join(pkg ?? '.', file)) : `${pkg ?? '.'}/tsconfig.json`,
        ),
      ),
    ];
    if (status === 0) return { ok: true, text: '' };
    if (errors.length === 0) return { ok: false, text: `pnpm typecheck exited ${status}: see ${log}` };
    return { ok: false, text: `${errors.length} errors in ${files(where)}; see ${log}` };
  },
  eslint() {
    const { status, out } = run(bin('eslint'), ['.', '--format', 'json']);
    let results;
    try {
      results = JSON.parse(out.slice(out.indexOf('[')));
    } catch {
      const log = keepLog('eslint', out, cwd);
      const why = out.split('\n').find((l) => l.trim() && !l.startsWith('Oops!')) ?? '';
      return { ok: false, text: `eslint stopped (exit ${status}): ${why.trim()}; see ${log}` };
    }
    const lines = results.flatMap((r) =>
      r.messages.map((m) => `${relative(cwd, r.filePath)}:${m.line}:${m.column} ${m.ruleId ?? ''} ${m.message}`),
    );
    const log = keepLog('eslint', `${lines.join('\n')}\n`, cwd);
    const errors = results.filter((r) => r.errorCount > 0);
    const count = errors.reduce((sum, r) => sum + r.errorCount, 0);
    const warnings = results.reduce((sum, r) => sum + r.warningCount, 0);
    if (count === 0 && status === 0)
      return { ok: true, text: warnings ? `(${warnings} warnings; see ${log})` : `(${results.length} files)` };
    return { ok: false, text: `${count} errors in ${files(errors.map((r) => relative(cwd, r.filePath)))}; see ${log}` };
  },
  prettier() {
    const { status, out } = run(bin('prettier'), ['--check', '.']);
    const log = keepLog('prettier', out, cwd);
    const unformatted = [...out.matchAll(/^\[warn\] (?!Code style issues)(.+)$/gm)].map(([, file]) => file);
    if (status === 0) return { ok: true, text: '' };
    if (unformatted.length === 0) return { ok: false, text: `prettier exited ${status}: see ${log}` };
    return { ok: false, text: `${files(unformatted)} not formatted (pnpm exec prettier --write <file>); see ${log}` };
  },
};

if (!TOOLS[tool]) {
  console.error('usage: node scripts/gates/tool.mjs typecheck|eslint|prettier [--cwd <dir>]');
  process.exit(2);
}
await gate(tool, TOOLS[tool]);
