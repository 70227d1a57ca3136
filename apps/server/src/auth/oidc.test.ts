import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { storesSchema } from '@footfall/contract';
import { createApp } from '../app.ts';
import { startServer, type RunningServer } from '../server.ts';
import { createMemoryLogger, TEST_DEVICES } from '../test-kit.ts';
import { startTestProvider, TEST_CLIENT, type TestProvider } from '../test-oidc-provider.ts';
import { sandboxClient } from '../upstream.ts';
import { createSandbox } from '@footfall/sandbox';
import { startTestRedis, until, type TestRedis } from '../test-redis.ts';
import { connectRedis, type SharedRedis } from '../shared/redis.ts';
import { createOidcLogin, pendingSignIns } from './oidc.ts';

/** A browser's cookies, by origin, and a fetch that sends and keeps them. */
function browser() {
  const jar = new Map<string, Map<string, string>>();
  return async (url: string, init: RequestInit = {}): Promise<Response> => {
    const origin = new URL(url).origin;
    const cookies = jar.get(origin) ?? new Map<string, string>();
    jar.set(origin, cookies);
    const headers = new Headers(init.headers);
    if (cookies.size > 0) {
      headers.set('cookie', [...cookies].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const response = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const line of response.headers.getSetCookie()) {
      const [pair = ''] = line.split(';');
      const at = pair.indexOf('=');
      const name = pair.slice(0, at);
      const value = pair.slice(at + 1);
      if (value === '' || /max-age=0/i.test(line)) cookies.delete(name);
      else cookies.set(name, value);
    }
    return response;
  };
}

let provider: TestProvider;
let server: RunningServer;
/** The instances behind the server's address; each request goes to the next, round robin. */
let apps: ReturnType<typeof createApp>[] = [];
let turn = 0;
const logger = createMemoryLogger();

const oidcApp = async (shared?: SharedRedis) =>
  createApp({
    config: { mode: 'sandbox', rateLimitPerMinute: 0, cacheMaxBytes: 1 << 22 },
    devices: TEST_DEVICES,
    upstream: sandboxClient(createSandbox()),
    auth: {
      mode: 'oidc',
      oidc: await createOidcLogin(
        {
          issuer: provider.issuer,
          ...TEST_CLIENT,
          redirectUrl: `${server.url}/auth/callback`,
          storesClaim: 'footfall_stores',
        },
        pendingSignIns(shared),
      ),
    },
    logger,
    ...(shared ? { shared } : {}),
  });

beforeAll(async () => {
  // The app's port is known before the app: the provider must list its callback.
  server = await startServer({
    fetch: (request, env) => {
      const app = apps[turn++ % Math.max(1, apps.length)];
      return app ? app.fetch(request, env) : new Response(null, { status: 503 });
    },
    port: 0,
    host: '127.0.0.1',
  });
  provider = await startTestProvider([`${server.url}/auth/callback`]);
  apps = [await oidcApp()];
}, 30_000);

afterAll(async () => {
  await provider.close();
  await server.close();
});

/**
 * Signs `login` in through the provider's own pages, as a browser would; the final answer.
 * `beforeCallback` runs when the provider sends the browser back, before the callback is asked.
 */
async function signInThroughProvider(
  login: string,
  returnTo: string,
  beforeCallback?: () => Promise<void>,
) {
  const go = browser();
  let response = await go(`${server.url}/auth/login?return=${encodeURIComponent(returnTo)}`);
  expect(response.status).toBe(302);
  const authorize = new URL(response.headers.get('location') ?? '');
  expect(authorize.origin).toBe(provider.issuer);
  expect(authorize.searchParams.get('code_challenge_method')).toBe('S256');
  expect(authorize.searchParams.get('state')).toBeTruthy();
  expect(authorize.searchParams.get('nonce')).toBeTruthy();
  let url = authorize.href;
  for (let step = 0; step < 12; step++) {
    response = await go(url);
    const location = response.headers.get('location');
    if (location) {
      url = new URL(location, url).href;
      if (url.startsWith(`${server.url}/auth/callback`)) {
        await beforeCallback?.();
        return { go, response: await go(url) };
      }
      continue;
    }
    // A page with a form: the login (any password) or the consent.
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`no form at ${url}: ${html.slice(0, 200)}`);
    const prompt = /name="prompt" value="(\w+)"/.exec(html)?.[1] ?? '';
    const fields: Record<string, string> =
      prompt === 'login' ? { prompt, login, password: 'any' } : { prompt };
    response = await go(new URL(action, url).href, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    url = new URL(response.headers.get('location') ?? '', url).href;
  }
  throw new Error('the provider never sent the browser back');
}

describe('AUTH=oidc against a real provider', { timeout: 30_000 }, () => {
  it("should sign a store manager in and back to the view, seeing only the claim's stores", async () => {
    const { go, response } = await signInThroughProvider('manager', '/traffic?store=ginza');
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/traffic?store=ginza');
    const set = response.headers
      .getSetCookie()
      .find((line) => line.startsWith('footfall_session='));
    expect(set).toMatch(/HttpOnly/);
    const session = await (await go(`${server.url}/api/session`)).json();
    expect(session).toEqual({
      auth: 'oidc',
      user: { username: 'manager', name: 'Ginza manager', admin: false, stores: ['ginza'] },
    });
    const stores = storesSchema.parse(await (await go(`${server.url}/api/stores`)).json());
    expect(stores.stores.map((store) => store.id)).toEqual(['ginza']);
  });

  it('should give the admin every store, and never return to another site', async () => {
    const { go, response } = await signInThroughProvider('admin', '//evil.example/x');
    expect(response.headers.get('location')).toBe('/');
    const stores = storesSchema.parse(await (await go(`${server.url}/api/stores`)).json());
    expect(stores.stores).toHaveLength(5);
  });

  it('should refuse a callback without the state cookie, or with a forged state', async () => {
    const go = browser();
    const refused = await go(`${server.url}/auth/callback?code=forged&state=forged`);
    expect(refused.status).toBe(302);
    expect(refused.headers.get('location')).toBe('/?signin=failed');
    expect(
      refused.headers.getSetCookie().some((line) => line.startsWith('footfall_session=x')),
    ).toBe(false);
    expect((await go(`${server.url}/api/stores`)).status).toBe(401);
    expect(logger.lines.some((line) => line.includes('AUDIT sign-in outcome=oidc-refused'))).toBe(
      true,
    );
  });
});

describe('AUTH=oidc on two instances sharing Redis', { timeout: 30_000 }, () => {
  let redis: TestRedis;
  const connections: SharedRedis[] = [];
  let alone: typeof apps = [];

  beforeAll(async () => {
    redis = await startTestRedis();
    alone = apps;
    const instances = [];
    for (let i = 0; i < 2; i++) {
      const shared = connectRedis(redis.url, createMemoryLogger());
      connections.push(shared);
      while (!shared.ready()) await new Promise((resolve) => setTimeout(resolve, 10));
      instances.push(await oidcApp(shared));
    }
    apps = instances;
  }, 30_000);

  afterAll(async () => {
    apps = alone;
    await Promise.all(connections.map((connection) => connection.close()));
    await redis.stop();
  });

  it('should finish a sign-in on the instance the callback reaches, not only the one that started it', async () => {
    // Requests alternate between the two instances, so login and callback land on different ones
    // in one of the two orders this loop tries.
    for (let start = 0; start < 2; start++) {
      turn = start;
      const { go, response } = await signInThroughProvider('manager', '/?store=ginza');
      expect(response.headers.get('location')).toBe('/?store=ginza');
      for (let i = 0; i < 2; i++) {
        const session = (await (await go(`${server.url}/api/session`)).json()) as {
          user: { username: string } | null;
        };
        expect(session.user?.username).toBe('manager');
      }
    }
  });

  it('should send the browser to the sign-in page, saying so, while Redis is away', async () => {
    const away = async () => {
      await redis.kill();
      await until(() => connections.every((connection) => !connection.ready()));
    };
    const back = async () => {
      await redis.restart();
      await until(() => connections.every((connection) => connection.ready()));
    };
    // Redis goes away between the provider's answer and the callback: a page, not a JSON 503.
    const { response } = await signInThroughProvider('manager', '/?store=ginza', away);
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/?signin=unavailable');
    expect(
      response.headers.getSetCookie().some((line) => line.startsWith('footfall_session=')),
    ).toBe(false);
    expect(
      logger.lines.some((line) => line.includes('AUDIT sign-in outcome=store-unavailable')),
    ).toBe(true);
    // Starting a sign-in while it is away lands on the same page.
    const login = await browser()(`${server.url}/auth/login?return=%2F`);
    expect(login.status).toBe(302);
    expect(login.headers.get('location')).toBe('/?signin=unavailable');

    await back();
    const again = await signInThroughProvider('manager', '/?store=ginza');
    expect(again.response.headers.get('location')).toBe('/?store=ginza');
  });
});
