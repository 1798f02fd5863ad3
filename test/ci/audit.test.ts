import { createServer, type Server } from 'node:http';
import { type AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cleanUp, pnpmProject, runGate, writeJson } from './gates.js';

// A stand-in for the registry's audit endpoint: pnpm audit posts the tree, it answers what the test set.
let answer: { status: number; body: unknown } = { status: 200, body: {} };
const requests: string[] = [];
let server: Server;
let dir: string;
let registry: string;

const advisory = (id: number, ghsa: string, name: string, version: string) => ({
  id,
  github_advisory_id: ghsa,
  module_name: name,
  severity: 'high',
  title: 'Prototype pollution',
  url: `https://github.com/advisories/${ghsa}`,
  vulnerable_versions: '<2.0.0',
  patched_versions: '>=2.0.0',
  findings: [{ version, paths: [name] }],
});
const report = (advisories: ReturnType<typeof advisory>[]) => ({
  actions: [],
  muted: [],
  advisories: Object.fromEntries(advisories.map((a) => [a.id, a])),
  metadata: {
    vulnerabilities: { info: 0, low: 0, moderate: 0, high: advisories.length, critical: 0 },
    dependencies: 2,
    devDependencies: 0,
    optionalDependencies: 0,
    totalDependencies: 2,
  },
});

beforeAll(async () => {
  dir = pnpmProject([
    { name: 'fine-lib', version: '1.0.0', license: 'MIT' },
    { name: 'leaky-lib', version: '1.4.0', license: 'MIT' },
  ]);
  server = createServer((req, res) => {
    requests.push(`${req.method} ${req.url}`);
    req.resume();
    req.on('end', () => {
      res.writeHead(answer.status, { 'content-type': 'application/json' });
      res.end(answer.status === 200 ? JSON.stringify(answer.body) : '');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  registry = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  cleanUp(dir);
});

const allowList = (entries: unknown[]) => writeJson(join(dir, 'allow.json'), entries);
const audit = (allow: string, env: Record<string, string> = {}) =>
  runGate('audit.mjs', ['--dir', dir, '--allow', allow], { npm_config_registry: registry, ...env });

describe('audit gate', () => {
  it('fails on an advisory for a production dependency, naming package, version and advisory', async () => {
    answer = { status: 200, body: report([advisory(1001, 'GHSA-aaaa-bbbb-cccc', 'leaky-lib', '1.4.0')]) };
    requests.length = 0;
    const run = await audit(allowList([]));
    expect(requests).toEqual(['POST /-/npm/v1/security/audits/quick']);
    expect(run.code).toBe(1);
    expect(run.line).toBe('[gate] audit: FAILED — 1 advisories: leaky-lib@1.4.0 GHSA-aaaa-bbbb-cccc (high: Prototype pollution)');
  });

  it('passes when the allow-list explains why an advisory does not apply', async () => {
    answer = { status: 200, body: report([advisory(1001, 'GHSA-aaaa-bbbb-cccc', 'leaky-lib', '1.4.0')]) };
    const run = await audit(
      allowList([{ id: 'GHSA-aaaa-bbbb-cccc', package: 'leaky-lib', reason: 'the polluting merge is never called' }]),
    );
    expect(run.line).toBe('[gate] audit: ok (2 dependencies; 1 advisories allowed by review)');
    expect(run.code).toBe(0);
  });

  it('refuses an allow-list entry without a reason', async () => {
    answer = { status: 200, body: report([]) };
    const run = await audit(allowList([{ id: 'GHSA-aaaa-bbbb-cccc' }]));
    expect(run.code).toBe(1);
    expect(run.line).toBe('[gate] audit: FAILED — error: every audit allow-list entry needs "id" and "reason"');
  });

  it('says the audit was not checked when the endpoint refuses, and fails then only when AUDIT_REQUIRED=true', async () => {
    answer = { status: 405, body: null };
    const lenient = await audit(allowList([]));
    expect(lenient.code).toBe(0);
    expect(lenient.line).toBe(
      "[gate] audit: UNAVAILABLE — not checked: the registry's advisory endpoint cannot be reached (ERR_PNPM_AUDIT_BAD_RESPONSE, HTTP 405)",
    );
    const strict = await audit(allowList([]), { AUDIT_REQUIRED: 'true' });
    expect(strict.code).toBe(1);
    expect(strict.line).toBe(
      "[gate] audit: FAILED — the registry's advisory endpoint cannot be reached (ERR_PNPM_AUDIT_BAD_RESPONSE, HTTP 405); AUDIT_REQUIRED=true",
    );
  });
});
