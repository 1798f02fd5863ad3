import type { Server } from 'node:http';
import Provider from 'oidc-provider';

/** The client the tests register at their provider, and the settings that make the app use it. */
export const OIDC_CLIENT = { id: 'dsv-kaart', secret: 'een-geheim-voor-de-test' } as const;

export function oidcEnv(issuer: string): Record<string, string> {
  return {
    OIDC_ISSUER: issuer,
    OIDC_CLIENT_ID: OIDC_CLIENT.id,
    OIDC_CLIENT_SECRET: OIDC_CLIENT.secret,
    OIDC_SCOPES: 'openid email dsv',
    OIDC_ROLE_CLAIM: 'dsv_role',
    OIDC_NAME: 'Testgemeente',
  };
}

/**
 * A real OpenID Connect provider (oidc-provider, a certified implementation)
 * on this machine, with its development login and consent pages: any login
 * name `x` signs in as `x@gemeente.example`, with the `dsv_role` claim that
 * `roleOf(x)` gives (none when undefined). PKCE is required.
 */
export async function startOidcProvider(port: number, redirectUri: string, roleOf: (login: string) => string | undefined): Promise<Server> {
  const issuer = `http://127.0.0.1:${port}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: OIDC_CLIENT.id,
        client_secret: OIDC_CLIENT.secret,
        redirect_uris: [redirectUri],
        grant_types: ['authorization_code'],
        response_types: ['code'],
      },
    ],
    claims: { email: ['email'], dsv: ['dsv_role'] },
    findAccount: async (_ctx, sub) => ({
      accountId: sub,
      claims: async () => {
        const role = roleOf(sub);
        return { sub, email: `${sub}@gemeente.example`, ...(role ? { dsv_role: role } : {}) };
      },
    }),
    pkce: { required: () => true },
    cookies: { keys: ['sleutel-voor-de-test'] },
  });
  return new Promise<Server>((done) => {
    const server = provider.listen(port, '127.0.0.1', () => done(server));
  });
}
