// The licence policy (docs/supply-chain/licence-policy.json): the licences
// every production dependency may carry, packages denied whatever their
// licence field says, and reviewed exceptions, each for one exact version.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import satisfies from 'spdx-satisfies';
import { ROOT } from './gate.mjs';

export const POLICY_FILE = join(ROOT, 'docs', 'supply-chain', 'licence-policy.json');

export function readPolicy(file = POLICY_FILE) {
  const policy = JSON.parse(readFileSync(file, 'utf8'));
  for (const key of ['allowed', 'denied', 'exceptions'])
    if (!Array.isArray(policy[key])) throw new Error(`${file}: "${key}" must be a list`);
  for (const e of [...policy.denied, ...policy.exceptions])
    if (!e.package || !e.reason) throw new Error(`${file}: every denied package and exception needs "package" and "reason"`);
  return policy;
}

/**
 * The verdict on one package: `{ ok: true, exception? }` or `{ ok: false, why }`.
 * A denial wins over everything; an exception holds only for its exact version
 * and licence (a new version or licence needs a new review).
 */
export function judge(pkg, policy) {
  const denied = policy.denied.find((d) => d.package === pkg.name && (!d.versions || d.versions.includes(pkg.version)));
  if (denied) return { ok: false, why: `denied: ${denied.reason}` };
  const exception = policy.exceptions.find((e) => e.package === pkg.name && e.version === pkg.version && e.licence === pkg.licence);
  if (exception) return { ok: true, exception };
  if (allowedExpression(pkg.licence, policy.allowed)) return { ok: true };
  return { ok: false, why: pkg.licence };
}

function allowedExpression(licence, allowed) {
  try {
    return satisfies(licence, allowed);
  } catch {
    return false; // not an SPDX expression ("Unknown", "MIT/X11", "SEE LICENSE IN …"): needs a review
  }
}
