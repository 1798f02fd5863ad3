#!/usr/bin/env node
// Every CI gate, each printing its one line in a fixed order. Two lanes run at
// once (the type check is the slowest); the web build for the JS budget runs
// last, on its own. Exits 1 when any gate failed, after all of them ran.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/gate.mjs';

const node = (script, ...args) => ({
  name: script === 'tool.mjs' ? args[0] : script.replace(/\.mjs$/, ''),
  cmd: [join(ROOT, 'scripts', 'gates', script), ...args],
});
const lanes = [
  [node('tool.mjs', 'typecheck')],
  [node('tool.mjs', 'eslint'), node('tool.mjs', 'prettier'), node('licences.mjs'), node('notice.mjs', '--check'), node('audit.mjs')],
];
const last = [node('js-budget.mjs')];

function runGate({ name, cmd }) {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, cmd, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) =>
      resolve({
        code,
        line:
          out
            .trim()
            .split('\n')
            .filter((l) => l.startsWith('[gate]'))
            .pop() ?? `[gate] ${name}: FAILED — ${out.trim().split('\n')[0]}`,
      }),
    );
  });
}

const order = [...lanes.flat(), ...last];
const results = new Map();
await Promise.all(
  lanes.map(async (lane) => {
    for (const g of lane) results.set(g, await runGate(g));
  }),
);
for (const g of last) results.set(g, await runGate(g));
for (const g of order) console.log(results.get(g).line);
process.exit(order.some((g) => results.get(g).code !== 0) ? 1 : 0);
