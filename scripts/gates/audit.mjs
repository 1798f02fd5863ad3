#!/usr/bin/env node
// Audit gate: `pnpm audit --prod` against the registry's advisory database.
// Every advisory on a production dependency fails the gate unless
// docs/supply-chain/audit-allowlist.json names it (by GHSA id or advisory id)
// with a reason why it does not apply. When the registry's audit endpoint
// cannot be reached, the gate says so ("unavailable") and passes, unless
// AUDIT_REQUIRED=true: then that fails too.
//   node scripts/gates/audit.mjs [--dir <pnpm project>] [--allow <file>]
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, gate, listOf, options } from './lib/gate.mjs';

const opts = options();
const required = process.env.AUDIT_REQUIRED === 'true';

await gate('audit', () => {
  const allow = JSON.parse(readFileSync(opts.allow ?? join(ROOT, 'docs', 'supply-chain', 'audit-allowlist.json'), 'utf8'));
  for (const a of allow) if (!a.id || !a.reason) throw new Error('every audit allow-list entry needs "id" and "reason"');
  const run = spawnSync('pnpm', ['audit', '--prod', '--json'], {
    cwd: opts.dir ?? ROOT,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
    timeout: 120_000,
  });
  if (run.error?.code === 'ETIMEDOUT') {
    const why = "the registry's advisory endpoint did not answer within 120 s";
    return required
      ? { ok: false, text: `${why}; AUDIT_REQUIRED=true` }
      : { ok: true, status: 'UNAVAILABLE', text: `— not checked: ${why}` };
  }
  if (run.error) throw new Error(`cannot run pnpm: ${run.error.message}`);
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    throw new Error(`pnpm audit gave no report (exit ${run.status}): ${(run.stderr || run.stdout).trim().split('\n')[0]}`);
  }
  if (report.error) {
    const http = /responded with (\d+)/.exec(report.error.message ?? '')?.[1];
    const why = `the registry's advisory endpoint cannot be reached (${report.error.code}${http ? `, HTTP ${http}` : ''})`;
    return required
      ? { ok: false, text: `${why}; AUDIT_REQUIRED=true` }
      : { ok: true, status: 'UNAVAILABLE', text: `— not checked: ${why}` };
  }
  const advisories = Object.values(report.advisories ?? {});
  const allowed = (a) => allow.some((x) => x.id === a.github_advisory_id || String(x.id) === String(a.id));
  const open = advisories.filter((a) => !allowed(a));
  const name = (a) => {
    const versions = [...new Set((a.findings ?? []).map((f) => f.version))].join('|');
    return `${a.module_name}@${versions} ${a.github_advisory_id ?? a.id} (${a.severity}: ${a.title})`;
  };
  if (open.length > 0) return { ok: false, text: `${open.length} advisories: ${listOf(open.map(name), 8)}` };
  const deps = report.metadata?.dependencies ?? report.metadata?.totalDependencies;
  return { ok: true, text: `(${deps ?? '?'} dependencies; ${advisories.length} advisories allowed by review)` };
});
