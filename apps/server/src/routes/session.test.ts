import { sessionSchema, signInAnswerSchema } from '@footfall/contract';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AuthSetup } from '../auth/setup.ts';
import { ADMIN, createHarness, localAuth, MANAGER, signIn } from '../test-kit.ts';

let auth: AuthSetup;
beforeAll(async () => {
  auth = await localAuth();
});

const json = { 'Content-Type': 'application/json' };
const post = (body: string, headers: Record<string, string> = json): RequestInit => ({
  method: 'POST',
  headers,
  body,
});
const session = async (response: Response) => sessionSchema.parse(await response.json());

describe('GET /api/session', () => {
  it('should say the server is open, with nobody signed in, under AUTH=none', async () => {
    const response = await createHarness().app.request('/api/session');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ auth: 'none', user: null });
  });

  it('should say AUTH=local and no user before sign-in, and the user after', async () => {
    const { app } = createHarness({ auth });
    expect(await session(await app.request('/api/session'))).toEqual({ auth: 'local', user: null });
    const { cookie } = await signIn(app, MANAGER);
    const after = await app.request('/api/session', { headers: { Cookie: cookie } });
    expect(await session(after)).toEqual({ auth: 'local', user: MANAGER.user });
  });
});

describe('POST /api/session', () => {
  it('should sign in with a session cookie that is HttpOnly, SameSite=Lax, Path=/ and not Secure over HTTP', async () => {
    const { app } = createHarness({ auth });
    const { response, cookie } = await signIn(app, MANAGER);
    expect(response.status).toBe(200);
    expect(signInAnswerSchema.parse(await response.json())).toEqual({ user: MANAGER.user });
    expect(cookie).toMatch(/^footfall_session=[A-Za-z0-9_-]{43}$/);
    const set = response.headers.get('set-cookie') ?? '';
    expect(set).toContain('HttpOnly');
    expect(set).toContain('SameSite=Lax');
    expect(set).toContain('Path=/');
    expect(set).not.toContain('Secure');
  });

  it.each([
    ['a request over HTTPS', 'https://footfall.example/api/session', {}, false, true],
    [
      'X-Forwarded-Proto: https with TRUST_PROXY',
      '/api/session',
      { 'X-Forwarded-Proto': 'https' },
      true,
      true,
    ],
    [
      'X-Forwarded-Proto: https without TRUST_PROXY',
      '/api/session',
      { 'X-Forwarded-Proto': 'https' },
      false,
      false,
    ],
  ])('should mark the cookie Secure for %s: %s', async (_, url, headers, trustProxy, secure) => {
    const { app } = createHarness({ auth, trustProxy });
    const response = await app.request(url, {
      ...post(JSON.stringify({ username: 'mei', password: MANAGER.password }), {
        ...json,
        ...headers,
      }),
    });
    expect(response.status).toBe(200);
    expect((response.headers.get('set-cookie') ?? '').includes('Secure')).toBe(secure);
  });

  it('should issue a fresh id at every sign-in and end the session the browser had', async () => {
    const { app } = createHarness({ auth });
    const first = await signIn(app, MANAGER);
    const second = await signIn(app, MANAGER, { Cookie: first.cookie });
    expect(second.cookie).not.toBe(first.cookie);
    expect((await app.request('/api/devices', { headers: { Cookie: first.cookie } })).status).toBe(
      401,
    );
    expect((await app.request('/api/devices', { headers: { Cookie: second.cookie } })).status).toBe(
      200,
    );
  });

  it('should refuse an unknown user and a wrong password alike, setting no cookie', async () => {
    const { app } = createHarness({ auth });
    const unknown = await signIn(app, {
      ...MANAGER,
      user: { ...MANAGER.user, username: 'nobody' },
    });
    const wrong = await signIn(app, { ...MANAGER, password: 'not-it' });
    for (const { response, cookie } of [unknown, wrong]) {
      expect(response.status).toBe(401);
      expect(cookie).toBe('');
    }
    const bodies = [await unknown.response.json(), await wrong.response.json()];
    expect(bodies[0]).toEqual({
      error: { code: 'INVALID_CREDENTIALS', message: 'The username or password is not right.' },
    });
    expect(bodies[1]).toEqual(bodies[0]);
  });

  it('should take as long for an unknown user as for a wrong password', async () => {
    const { app } = createHarness({ auth });
    const time = async (username: string): Promise<number> => {
      const started = performance.now();
      await app.request('/api/session', post(JSON.stringify({ username, password: 'not-it' })));
      return performance.now() - started;
    };
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[2] ?? 0;
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      unknown.push(await time(`nobody-${i}`));
      wrong.push(await time(ADMIN.user.username));
    }
    // A hash check takes tens of milliseconds; without the stand-in, an unknown user takes ~0.
    expect(median(unknown)).toBeGreaterThan(median(wrong) * 0.4);
  });

  it.each([
    [
      'a form body',
      'username=mei&password=x',
      { 'Content-Type': 'application/x-www-form-urlencoded' },
      415,
      'UNSUPPORTED_MEDIA_TYPE',
    ],
    ['no content type', '{"username":"mei","password":"x"}', {}, 415, 'UNSUPPORTED_MEDIA_TYPE'],
    ['malformed JSON', '{"username":', json, 400, 'BAD_REQUEST'],
    ['a missing password', '{"username":"mei"}', json, 400, 'BAD_REQUEST'],
    ['an array', '[]', json, 400, 'BAD_REQUEST'],
    [
      'an oversized body',
      JSON.stringify({ username: 'mei', password: 'x'.repeat(5000) }),
      json,
      413,
      'PAYLOAD_TOO_LARGE',
    ],
  ])('should refuse %s', async (_, body, headers, status, code) => {
    const { app } = createHarness({ auth });
    const response = await app.request('/api/session', post(body, headers));
    expect(response.status).toBe(status);
    expect(await response.json()).toMatchObject({ error: { code } });
  });

  it('should not exist under AUTH=none', async () => {
    const { app } = createHarness();
    const response = await app.request('/api/session', post('{"username":"a","password":"b"}'));
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ error: { code: 'NOT_FOUND' } });
  });
});

describe('DELETE /api/session', () => {
  it('should end the session on the server: the old cookie no longer works', async () => {
    const { app } = createHarness({ auth });
    const { cookie } = await signIn(app, MANAGER);
    const out = await app.request('/api/session', {
      method: 'DELETE',
      headers: { Cookie: cookie },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^footfall_session=;.*Max-Age=0/);
    const replay = await app.request('/api/devices', { headers: { Cookie: cookie } });
    expect(replay.status).toBe(401);
    expect(
      await session(await app.request('/api/session', { headers: { Cookie: cookie } })),
    ).toEqual({
      auth: 'local',
      user: null,
    });
  });
});

describe('signed-in routes', () => {
  it.each([
    '/api/devices',
    '/api/stores',
    '/api/overview?from=2024-05-06&to=2024-05-06',
    '/api/traffic?store=ginza&from=2024-05-06&to=2024-05-06',
    '/api/nope',
  ])(
    'should answer %s without a session with 401 UNAUTHENTICATED and no platform call',
    async (path) => {
      const { app, calls } = createHarness({ auth });
      const response = await app.request(path);
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Sign in to see this.' },
      });
      expect(calls()).toBe(0);
    },
  );

  it('should keep /api/health open', async () => {
    expect((await createHarness({ auth }).app.request('/api/health')).status).toBe(200);
  });

  it('should refuse a forged cookie', async () => {
    const { app } = createHarness({ auth });
    for (const value of ['forged', 'A'.repeat(43), '']) {
      const response = await app.request('/api/devices', {
        headers: { Cookie: `footfall_session=${value}` },
      });
      expect(response.status).toBe(401);
    }
  });

  it('should end a session unused for SESSION_IDLE_MINUTES', async () => {
    const { app, clock } = createHarness({ auth, sessionIdleMinutes: 30 });
    const { cookie } = await signIn(app, MANAGER);
    clock.now += 29 * 60_000;
    expect((await app.request('/api/devices', { headers: { Cookie: cookie } })).status).toBe(200);
    clock.now += 31 * 60_000;
    expect((await app.request('/api/devices', { headers: { Cookie: cookie } })).status).toBe(401);
  });
});

describe('foreign Origin', () => {
  it('should refuse a sign-in or sign-out from another site with 403, and take this one', async () => {
    const { app } = createHarness({ auth });
    const body = JSON.stringify({ username: 'mei', password: MANAGER.password });
    for (const origin of ['https://evil.example', 'null']) {
      const response = await app.request('/api/session', post(body, { ...json, Origin: origin }));
      expect(response.status).toBe(403);
      expect(await response.json()).toMatchObject({ error: { code: 'FOREIGN_ORIGIN' } });
      const out = await app.request('/api/session', {
        method: 'DELETE',
        headers: { Origin: origin },
      });
      expect(out.status).toBe(403);
    }
    const own = await app.request(
      '/api/session',
      post(body, { ...json, Origin: 'http://localhost' }),
    );
    expect(own.status).toBe(200);
  });

  it("should take the proxy's X-Forwarded-Host as this site with TRUST_PROXY", async () => {
    const { app } = createHarness({ auth, trustProxy: true });
    const body = JSON.stringify({ username: 'mei', password: MANAGER.password });
    const headers = {
      ...json,
      Origin: 'https://footfall.example',
      'X-Forwarded-Host': 'footfall.example',
    };
    expect((await app.request('/api/session', post(body, headers))).status).toBe(200);
  });
});
