import { beforeAll, describe, expect, it } from 'vitest';
import { ADMIN, createHarness, localAuth, MANAGER, signIn, type TestUser } from '../test-kit.ts';
import type { AuthSetup } from './setup.ts';

let auth: AuthSetup;
beforeAll(async () => {
  auth = await localAuth();
});

const wrong = (who: TestUser, username = who.user.username): TestUser => ({
  user: { ...who.user, username },
  password: 'not-the-password',
});

describe('sign-in guessing limit', () => {
  it('should refuse a username with 429 and Retry-After after 5 failures, even with the right password', async () => {
    const { app } = createHarness({ auth });
    for (let i = 0; i < 5; i++)
      expect((await signIn(app, wrong(MANAGER))).response.status).toBe(401);
    const { response, cookie } = await signIn(app, MANAGER);
    expect(response.status).toBe(429);
    expect(cookie).toBe('');
    const wait = Number(response.headers.get('retry-after'));
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
    expect(await response.json()).toMatchObject({
      error: { code: 'RATE_LIMITED', retryAfterSeconds: wait },
    });
    // Another user is not held back by someone guessing this one.
    expect((await signIn(app, ADMIN)).response.status).toBe(200);
  });

  it('should refuse an address after 20 failures, whatever the usernames', async () => {
    const { app } = createHarness({ auth });
    for (let i = 0; i < 20; i++) {
      expect((await signIn(app, wrong(MANAGER, `guess-${i}`))).response.status).toBe(401);
    }
    const { response } = await signIn(app, ADMIN);
    expect(response.status).toBe(429);
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it("should clear a username's failures when it signs in", async () => {
    const { app } = createHarness({ auth });
    for (let i = 0; i < 4; i++) await signIn(app, wrong(MANAGER));
    expect((await signIn(app, MANAGER)).response.status).toBe(200);
    for (let i = 0; i < 4; i++) await signIn(app, wrong(MANAGER));
    expect((await signIn(app, MANAGER)).response.status).toBe(200);
  });
});

describe('audit', () => {
  it('should write one line per sign-in, sign-out and refusal with user, outcome and address, and never a password, hash or session id', async () => {
    const { app, lines } = createHarness({ auth });
    await signIn(app, wrong(MANAGER));
    const { cookie } = await signIn(app, MANAGER);
    await app.request('/api/session', { method: 'DELETE', headers: { Cookie: cookie } });
    await app.request('/api/session', {
      method: 'DELETE',
      headers: { Origin: 'https://evil.example' },
    });
    const audit = lines.filter((line) => line.includes(' AUDIT '));
    expect(audit).toHaveLength(4);
    expect(audit[0]).toMatch(
      /WARN AUDIT sign-in outcome=invalid-credentials user="mei" address="local"$/,
    );
    expect(audit[1]).toMatch(/INFO AUDIT sign-in outcome=success user="mei" address="local"$/);
    expect(audit[2]).toMatch(/INFO AUDIT sign-out outcome=success user="mei" address="local"$/);
    expect(audit[3]).toMatch(/WARN AUDIT refused outcome=foreign-origin user=- address="local"$/);
    const id = cookie.split('=')[1] ?? '';
    expect(id).toHaveLength(43);
    for (const line of lines) {
      expect(line).not.toContain(MANAGER.password);
      expect(line).not.toContain('not-the-password');
      expect(line).not.toContain(id);
      expect(line).not.toContain('$scrypt$');
    }
  });

  it('should quote a username, so a crafted one cannot forge a log line', async () => {
    const { app, lines } = createHarness({ auth });
    await signIn(app, wrong(MANAGER, 'mei\nINFO AUDIT sign-in outcome=success'));
    const audit = lines.filter((line) => line.includes(' AUDIT '));
    expect(audit).toHaveLength(1);
    expect(audit[0]).not.toContain('\n');
  });
});
