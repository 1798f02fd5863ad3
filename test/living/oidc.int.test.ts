import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@dsv/neo4j';
import { addUser, importPath } from '@dsv/seed';
import { resetDb, testDb } from '../helpers/db.js';
import { examplesDir } from '../helpers/files.js';
import { oidcEnv, startOidcProvider } from '../helpers/oidc.js';
import { startTestServer, type TestServer } from '../helpers/server.js';
import { gqlAs } from './session.js';

/**
 * Sign-in through a real OpenID Connect provider (oidc-provider, a certified
 * implementation) that the test starts on this machine: authorization code
 * with PKCE, the role from a claim or from the user list.
 */
const ISSUER_PORT = Number(process.env.OIDC_TEST_PORT ?? 7732);
const ISSUER = `http://127.0.0.1:${ISSUER_PORT}`;
const ROLES: Record<string, string | undefined> = { anna: 'EDITOR', bram: undefined, carla: undefined };

let db: Db;
let app: TestServer;
let issuer: Server;

beforeAll(async () => {
  db = testDb();
  await resetDb(db);
  await importPath(db, examplesDir, { replace: true, user: 'test' });
  await addUser(db, { email: 'carla@gemeente.example', role: 'READER' });
  app = await startTestServer(db, oidcEnv(ISSUER));
  issuer = await startOidcProvider(ISSUER_PORT, `${app.url}/auth/oidc/callback`, (login) => ROLES[login]);
});
afterAll(async () => {
  await new Promise((done) => issuer?.close(done));
  await app?.close();
  await db?.close();
});

/** A browser's cookie jar, per host. */
class Jar {
  private readonly cookies = new Map<string, Map<string, string>>();
  take(url: string, res: Response): void {
    const host = new URL(url).host;
    const jar = this.cookies.get(host) ?? new Map<string, string>();
    for (const c of res.headers.getSetCookie()) {
      const [pair] = c.split(';');
      const at = pair!.indexOf('=');
      const value = pair!.slice(at + 1);
      if (value === '' || /Max-Age=0|Expires=Thu, 01 Jan 1970/i.test(c)) jar.delete(pair!.slice(0, at));
      else jar.set(pair!.slice(0, at), value);
    }
    this.cookies.set(host, jar);
  }
  header(url: string): string {
    return [...(this.cookies.get(new URL(url).host) ?? [])].map(([k, v]) => `${k}=${v}`).join('; ');
  }
}

/** Follows the flow as a browser would: redirects, the provider's login form, its consent form. Returns the app's last answer. */
async function signInThroughProvider(login: string): Promise<{ location: string; cookie: string }> {
  const jar = new Jar();
  let url = `${app.url}/auth/oidc/login?returnTo=%2Fkaart`;
  let init: RequestInit = {};
  for (let step = 0; step < 20; step++) {
    const res = await fetch(url, { ...init, redirect: 'manual', headers: { ...(init.headers ?? {}), cookie: jar.header(url) } });
    jar.take(url, res);
    init = {};
    const location = res.headers.get('location');
    if (location) {
      const next = new URL(location, url).href;
      if (url.startsWith(`${app.url}/auth/oidc/callback`)) {
        const session =
          jar
            .header(app.url)
            .split('; ')
            .find((c) => c.startsWith('dsv_session=')) ?? '';
        return { location, cookie: session };
      }
      url = next;
      continue;
    }
    const html = await res.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1];
    if (!action || !prompt) throw new Error(`unexpected page at ${url}: ${res.status} ${html.slice(0, 200)}`);
    const form = new URLSearchParams({ prompt, ...(prompt === 'login' ? { login, password: 'wat-dan-ook' } : {}) });
    url = new URL(action.replaceAll('&amp;', '&'), url).href;
    init = { method: 'POST', body: form.toString(), headers: { 'content-type': 'application/x-www-form-urlencoded' } };
  }
  throw new Error('the flow did not end');
}

describe('sign-in with OpenID Connect', () => {
  it('code flow with PKCE: the role comes from the claim; the session edits a partnership and the history names the user', async () => {
    const options = await gqlAs(app.url, null)<{ signInOptions: { oidc: string } }>('{ signInOptions { oidc } }');
    expect(options.body.data).toEqual({ signInOptions: { oidc: 'Testgemeente' } });
    const { location, cookie } = await signInThroughProvider('anna');
    expect(location).toBe('/kaart');
    const as = gqlAs(app.url, cookie);
    expect((await as('{ me { email role } }')).body.data).toEqual({ me: { email: 'anna@gemeente.example', role: 'EDITOR' } });
    const { body } = await as<{ partnership: { version: number } }>('{ partnership(id: "vitaal-brainport") { version } }');
    const saved = await as('mutation($v: Int!) { updatePartnership(id: "vitaal-brainport", version: $v, input: {phase: 4}) { phase } }', {
      v: body.data!.partnership.version,
    });
    expect(saved.body.data).toEqual({ updatePartnership: { phase: 4 } });
    const history = await as<{ changes: unknown[] }>('{ changes(entityId: "vitaal-brainport", first: 1) { by field after } }');
    expect(history.body.data!.changes).toEqual([{ by: 'anna@gemeente.example', field: 'phase', after: '4' }]);
  });

  it('without a role claim the user list decides: a listed address gets its role, another no session', async () => {
    const listed = await signInThroughProvider('carla');
    expect(listed.location).toBe('/kaart');
    expect((await gqlAs(app.url, listed.cookie)('{ me { email role } }')).body.data).toEqual({
      me: { email: 'carla@gemeente.example', role: 'READER' },
    });
    const stranger = await signInThroughProvider('bram');
    expect(stranger).toEqual({ location: '/inloggen?fout=geen-toegang', cookie: '' });
  });

  it('a callback without the flow it started (a forged or replayed code) gets no session', async () => {
    const res = await fetch(`${app.url}/auth/oidc/callback?code=vervalst&state=x`, { redirect: 'manual' });
    expect(res.status).toBe(303);
    expect(res.headers.get('location')).toBe('/inloggen?fout=oidc');
    expect(res.headers.getSetCookie().filter((c) => c.startsWith('dsv_session'))).toEqual([]);
  });
});
