import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { importPath } from '@dsv/seed';
import { offerFirstAdmin } from '../../server/src/auth/setup.js';
import { resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { capturingLogger, startTestServer, testConfig, type TestServer } from '../helpers/server.js';
import { addRoleUsers, gqlAs, PASSWORD, signIn } from './session.js';

let db: Db;
let server: TestServer;
let emails: Awaited<ReturnType<typeof addRoleUsers>>;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: true, user: 'test' });
  emails = await addRoleUsers(db, ['vitaal-brainport']);
  server = await startTestServer(db, { TRUST_PROXY: 'loopback' });
});
afterAll(async () => {
  await server?.close();
  await db?.close();
});

const login = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

const ME = 'query { me { email role partnerships { id } } }';

describe('sign-in with a password', () => {
  it('answers 204 with an httpOnly, SameSite=Lax session cookie; me names the user', async () => {
    const res = await login(server.url, { email: 'Bijdrager@Example.nl ', password: PASSWORD });
    expect(res.status).toBe(204);
    const [cookie] = res.headers.getSetCookie();
    expect(cookie).toMatch(/^dsv_session=[\w-]{43}; Max-Age=43200; Path=\/; Expires=[^;]+; HttpOnly; SameSite=Lax$/);
    const { body } = await gqlAs(server.url, cookie!.split(';')[0]!)(ME);
    expect(body.data).toEqual({ me: { email: 'bijdrager@example.nl', role: 'CONTRIBUTOR', partnerships: [{ id: 'vitaal-brainport' }] } });
  });

  it('behind https (a trusted proxy says so) the cookie is Secure and __Host- prefixed', async () => {
    const res = await login(server.url, { email: emails.READER, password: PASSWORD }, { 'x-forwarded-proto': 'https' });
    expect(res.status).toBe(204);
    expect(res.headers.getSetCookie()[0]).toMatch(/^__Host-dsv_session=[\w-]{43}; .*Path=\/; .*HttpOnly; Secure; SameSite=Lax$/);
  });

  it('a wrong password or an unknown address is 401 with the same answer; anonymous me is null', async () => {
    const wrong = await login(server.url, { email: emails.EDITOR, password: 'not the password' });
    const unknown = await login(server.url, { email: 'niemand@example.nl', password: PASSWORD });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await gqlAs(server.url, null)(ME)).body.data).toEqual({ me: null });
  });

  it('refuses a sign-in that is not JSON (a cross-site form could send it)', async () => {
    const res = await fetch(`${server.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ email: emails.EDITOR, password: PASSWORD }),
    });
    expect(res.status).toBe(400);
    expect(res.headers.getSetCookie()).toEqual([]);
  });

  it('sign-out ends the session in the store, not only in the browser', async () => {
    const cookie = await signIn(server.url, emails.EDITOR);
    const out = await fetch(`${server.url}/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: '{}',
    });
    expect(out.status).toBe(204);
    expect((await gqlAs(server.url, cookie)(ME)).body.data).toEqual({ me: null });
  });

  it('after 10 wrong passwords from one address the sign-in is throttled (429), the right password too', async () => {
    const own = await startTestServer(db, { LOGIN_ATTEMPTS: '10' });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 20; i++) statuses.push((await login(own.url, { email: emails.ADMIN, password: `wrong ${i}` })).status);
      expect(statuses).toEqual([...Array(10).fill(401), ...Array(10).fill(429)]);
      expect((await login(own.url, { email: emails.ADMIN, password: PASSWORD })).status).toBe(429);
    } finally {
      await own.close();
    }
  });
});

describe('PUBLIC_READ=false', () => {
  it('every query needs a session; who am I and how to sign in stay open', async () => {
    const closed = await startTestServer(db, { PUBLIC_READ: 'false' });
    try {
      const anonymous = await gqlAs(closed.url, null)('query { networks { key } }');
      expect(anonymous.status).toBe(401);
      expect(anonymous.body.errors![0]!.extensions!.code).toBe('UNAUTHENTICATED');
      expect((await gqlAs(closed.url, null)('query { me { email } signInOptions { publicRead oidc } }')).body.data).toEqual({
        me: null,
        signInOptions: { publicRead: false, oidc: null },
      });
      const reader = gqlAs(closed.url, await signIn(closed.url, emails.READER));
      expect((await reader<{ networks: unknown[] }>('query { networks { key } }')).body.data!.networks).toEqual([
        { key: 'groz' },
        { key: 'nza' },
      ]);
    } finally {
      await closed.close();
    }
  });
});

const cli = join(import.meta.dirname, '..', '..', 'seed', 'src', 'cli.ts');
/** Runs `pnpm seed …` (the CLI itself) against the tests' Neo4j; the event loop keeps running meanwhile. */
function seed(args: string[], input?: string): Promise<{ status: number | null; out: string }> {
  const { uri, user, password } = inject('neo4j');
  const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args], {
    env: { ...process.env, NEO4J_URI: uri, NEO4J_USER: user, NEO4J_PASSWORD: password, PUBLIC_URL: 'https://dsv.example.nl' },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stderr.on('data', (d: Buffer) => (out += d.toString('utf8')));
  child.stdin.end(input ?? '');
  return new Promise((resolveRun) => child.on('close', (status) => resolveRun({ status, out })));
}

describe('pnpm seed user add|list|remove', () => {
  it('adds a user with a password from stdin, lists it, and removes it with its sessions', async () => {
    const added = await seed(
      ['user', 'add', 'Nieuw@Example.nl', '--role', 'CONTRIBUTOR', '--partnership', 'vitaal-brainport', '--password-stdin'],
      'een lang wachtwoord\n',
    );
    expect(added).toEqual({ status: 0, out: 'user nieuw@example.nl: CONTRIBUTOR (partnerships vitaal-brainport)\n' });
    expect((await seed(['user', 'list'])).out).toContain('nieuw@example.nl\tCONTRIBUTOR\tvitaal-brainport\tpassword\n');
    const cookie = await signIn(server.url, 'nieuw@example.nl', 'een lang wachtwoord');
    expect(await seed(['user', 'remove', 'nieuw@example.nl'])).toEqual({ status: 0, out: 'removed nieuw@example.nl and its sessions\n' });
    expect((await gqlAs(server.url, cookie)(ME)).body.data).toEqual({ me: null });
    expect((await seed(['user', 'remove', 'nieuw@example.nl'])).status).toBe(1);
  }, 120_000);

  it('refuses a bad role, a CONTRIBUTOR without a partnership and an unknown partnership, naming the problem', async () => {
    expect(await seed(['user', 'add', 'x@example.nl', '--role', 'KING'])).toEqual({
      status: 1,
      out: 'role: must be one of READER, CONTRIBUTOR, EDITOR, ADMIN\n',
    });
    expect(await seed(['user', 'add', 'x@example.nl', '--role', 'CONTRIBUTOR'])).toEqual({
      status: 1,
      out: 'partnership: a CONTRIBUTOR needs at least one partnership (--partnership <id>)\n',
    });
    expect((await seed(['user', 'add', 'x@example.nl', '--role', 'CONTRIBUTOR', '--partnership', 'bestaat-niet'])).out).toBe(
      'partnership: unknown partnership "bestaat-niet"\n',
    );
  }, 120_000);

  it('without --password-stdin prints a one-time link; the link sets the password once', async () => {
    const added = await seed(['user', 'add', 'link@example.nl', '--role', 'EDITOR']);
    expect(added.status).toBe(0);
    const token = /https:\/\/dsv\.example\.nl\/wachtwoord#token=([\w-]+)\n/.exec(added.out)![1]!;
    const choose = (password: string) =>
      fetch(`${server.url}/auth/password`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token, password }),
      });
    expect((await choose('kort')).status).toBe(400);
    const used = await choose('een nieuw wachtwoord');
    expect(used.status).toBe(204);
    const me = await gqlAs(server.url, used.headers.getSetCookie()[0]!.split(';')[0]!)(ME);
    expect(me.body.data).toEqual({ me: { email: 'link@example.nl', role: 'EDITOR', partnerships: [] } });
    expect((await choose('nog een wachtwoord')).status).toBe(400);
    await signIn(server.url, 'link@example.nl', 'een nieuw wachtwoord');
  }, 120_000);
});

describe('the first administrator', () => {
  it('on an embedded start without users a one-time link is logged; it makes the first ADMIN', async () => {
    await db.write('test/clear-users');
    const { logger, lines } = capturingLogger();
    const config = { ...testConfig(), db: { kind: 'embedded' } } as unknown as ReturnType<typeof testConfig>;
    const link = await offerFirstAdmin(db, config, logger, 'http://127.0.0.1:4000');
    expect(lines.map((l) => l.msg)).toEqual([`No users yet. Create the first administrator (one-time link, valid 24 hours): ${link}`]);
    const token = /#token=([\w-]+)$/.exec(link!)![1];
    const res = await fetch(`${server.url}/auth/password`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token, email: 'eerste@example.nl', password: 'een sterk wachtwoord' }),
    });
    expect(res.status).toBe(204);
    const me = await gqlAs(server.url, await signIn(server.url, 'eerste@example.nl', 'een sterk wachtwoord'))(ME);
    expect(me.body.data).toEqual({ me: { email: 'eerste@example.nl', role: 'ADMIN', partnerships: [] } });
    expect(await offerFirstAdmin(db, config, logger, 'http://127.0.0.1:4000')).toBeNull();
  });
});
