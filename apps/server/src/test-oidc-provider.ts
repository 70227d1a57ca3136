/**
 * A real OpenID Provider (`oidc-provider`) for tests: it listens on a free 127.0.0.1 port with
 * one confidential client and two users whose stores claims differ. Its login page is the
 * library's development interaction (any password; the login names the account). Used by the
 * server's integration test, and meant for Playwright (start it in a global setup, point
 * OIDC_ISSUER at `issuer`). Test support only: nothing the server ships imports it.
 */
import type { Server } from 'node:http';
import Provider from 'oidc-provider';

export const TEST_CLIENT = { clientId: 'footfall-test', clientSecret: 'footfall-test-secret' };

/** The provider's accounts: their login, name and `footfall_stores` claim. */
export const TEST_OIDC_USERS = {
  manager: { name: 'Ginza manager', footfall_stores: ['ginza'] },
  admin: { name: 'Head office', footfall_stores: ['*'] },
} as const;

const accounts = new Map(Object.entries(TEST_OIDC_USERS));

export interface TestProvider {
  issuer: string;
  close(): Promise<void>;
}

/**
 * @example const provider = await startTestProvider(['http://127.0.0.1:8787/auth/callback']);
 */
export async function startTestProvider(
  redirectUris: readonly string[],
  port = 0,
): Promise<TestProvider> {
  // The issuer needs the port before the provider exists: find a free one first when asked for 0.
  const { createServer } = await import('node:http');
  const probe = createServer();
  const free = await new Promise<number>((resolve) => {
    probe.listen(port, '127.0.0.1', () => {
      const address = probe.address();
      resolve(typeof address === 'object' && address !== null ? address.port : port);
    });
  });
  await new Promise((resolve) => probe.close(resolve));
  const issuer = `http://127.0.0.1:${free}`;
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: TEST_CLIENT.clientId,
        client_secret: TEST_CLIENT.clientSecret,
        redirect_uris: [...redirectUris],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_post',
      },
    ],
    claims: { openid: ['sub'], profile: ['name', 'preferred_username', 'footfall_stores'] },
    findAccount: (_, sub) => {
      const account = accounts.get(sub);
      if (!account) return undefined;
      return {
        accountId: sub,
        claims: () => ({
          sub,
          preferred_username: sub,
          name: account.name,
          footfall_stores: [...account.footfall_stores],
        }),
      };
    },
    pkce: { required: () => true },
    cookies: { keys: ['footfall-test-provider-cookie-key'] },
    features: { devInteractions: { enabled: true } },
  });
  const server: Server = provider.listen(free, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  return {
    issuer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => {
          resolve();
        });
      }),
  };
}
