// What every gate shares: one line of output, `[gate] <name>: <verdict>`, and
// an exit code (0 ok, 1 failed). A gate that throws fails with the message.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/**
 * Runs `check` and prints its one line. `check` returns `{ ok, text }`, or
 * `{ ok: true, status, text }` for a verdict other than "ok" that does not fail.
 */
export async function gate(name, check) {
  const started = Date.now();
  let result;
  try {
    result = await check();
  } catch (err) {
    result = { ok: false, text: `error: ${err instanceof Error ? err.message : String(err)}`.replace(/\s*\n\s*/g, ' ') };
  }
  const seconds = Math.round((Date.now() - started) / 1000);
  const status = result.status ?? (result.ok ? 'ok' : 'FAILED —');
  process.stdout.write(`[gate] ${name}: ${status} ${result.text ? `${result.text} ` : ''}[${seconds} s]\n`);
  process.exitCode = result.ok ? 0 : 1;
}

/** Reads `--name value` options; flags without a value are `true`. */
export function options(argv = process.argv.slice(2)) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (!arg.startsWith('--')) continue;
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) out[arg.slice(2)] = argv[++i];
    else out[arg.slice(2)] = true;
  }
  return out;
}

/** Keeps a tool's full output where a reader of a failed gate can find it: test/artifacts/gates/ of the checked tree. */
export function keepLog(name, text, base = ROOT) {
  const file = join(base, 'test', 'artifacts', 'gates', `${name}.log`);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
  return `test/artifacts/gates/${name}.log`;
}

/** "a, b, c and 4 more" */
export function listOf(items, max = 6) {
  return items.length <= max ? items.join(', ') : `${items.slice(0, max).join(', ')} and ${items.length - max} more`;
}
