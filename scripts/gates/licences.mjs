#!/usr/bin/env node
// Licence gate (`pnpm licences`): every production dependency must carry a
// licence the policy allows (SPDX expressions: one side of an OR suffices,
// every side of an AND must be allowed), or a reviewed exception for its exact
// version. Fails naming each package, version and licence.
//   node scripts/gates/licences.mjs [--dir <pnpm project>] [--policy <file>]
import { ROOT, gate, listOf, options } from './lib/gate.mjs';
import { productionPackages } from './lib/packages.mjs';
import { POLICY_FILE, judge, readPolicy } from './lib/policy.mjs';

const opts = options();

await gate('licences', () => {
  const policy = readPolicy(opts.policy ?? POLICY_FILE);
  const packages = productionPackages(opts.dir ?? ROOT);
  const verdicts = packages.map((pkg) => ({ pkg, ...judge(pkg, policy) }));
  const bad = verdicts.filter((v) => !v.ok).map((v) => `${v.pkg.name}@${v.pkg.version} (${v.why})`);
  const excepted = verdicts.filter((v) => v.exception).length;
  const used = new Set(verdicts.filter((v) => v.exception).map((v) => v.exception));
  const stale = policy.exceptions.filter((e) => !used.has(e)).map((e) => `${e.package}@${e.version}`);
  if (bad.length > 0) return { ok: false, text: `${bad.length} of ${packages.length} packages: ${listOf(bad, 20)}` };
  const notes = [`${excepted} by reviewed exception`, ...(stale.length ? [`exceptions no longer needed: ${listOf(stale)}`] : [])];
  return { ok: true, text: `(${packages.length} packages; ${notes.join('; ')})` };
});
