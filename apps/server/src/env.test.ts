import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from './env.ts';

describe('parseEnv', () => {
  it('should default to sandbox mode on 127.0.0.1:8787 as DESIGN documents', () => {
    expect(parseEnv({})).toEqual({
      port: 8787,
      host: '127.0.0.1',
      mode: 'sandbox',
      credentials: undefined,
      gatewayUrl: 'http://openapi.opretail.com/m.api',
      aid: 'S107',
      signMethod: 'md5',
      timezone: 'Asia/Shanghai',
      devicesFile: undefined,
      rateLimitPerMinute: 600,
      logLevel: 'info',
      cacheMaxBytes: 128 * 1024 * 1024,
      platformConcurrency: 4,
      auth: { mode: 'none' },
      sessionIdleMinutes: 480,
      trustProxy: false,
      sandbox: { stores: undefined, latencyMs: 0 },
    });
  });

  it('should read a relative DEVICES_FILE from the folder the command was typed in', () => {
    expect(parseEnv({ DEVICES_FILE: 'devices.json', INIT_CWD: '/srv/footfall' }).devicesFile).toBe(
      '/srv/footfall/devices.json',
    );
    expect(parseEnv({ DEVICES_FILE: '/etc/devices.json', INIT_CWD: '/srv' }).devicesFile).toBe(
      '/etc/devices.json',
    );
  });

  it('should share through Redis only when REDIS_URL names a redis:// address', () => {
    expect(parseEnv({}).redisUrl).toBeUndefined();
    expect(parseEnv({ REDIS_URL: '' }).redisUrl).toBeUndefined();
    expect(parseEnv({ REDIS_URL: 'redis://cache.internal:6379/0' }).redisUrl).toBe(
      'redis://cache.internal:6379/0',
    );
    expect(parseEnv({ REDIS_URL: 'rediss://cache.internal:6380' }).redisUrl).toBe(
      'rediss://cache.internal:6380',
    );
    expect(() => parseEnv({ REDIS_URL: 'http://cache.internal:6379' })).toThrow(
      /REDIS_URL: must be a redis:\/\/ or rediss:\/\/ address/,
    );
  });

  it('should treat blank variables as unset', () => {
    expect(parseEnv({ OPRETAIL_AKEY: '', OPRETAIL_SECRET: ' ', PORT: '' })).toMatchObject({
      mode: 'sandbox',
      port: 8787,
    });
  });

  it('should run live with both key and secret', () => {
    const config = parseEnv({
      OPRETAIL_AKEY: 'key',
      OPRETAIL_SECRET: 'secret',
      AUTH: 'none',
      OPRETAIL_SIGN_METHOD: 'sha1',
      OPRETAIL_GATEWAY_URL: 'https://gateway.example/m.api',
      RATE_LIMIT_PER_MINUTE: '0',
      LOG_LEVEL: 'warn',
    });
    expect(config).toMatchObject({
      mode: 'live',
      credentials: { akey: 'key', secret: 'secret' },
      signMethod: 'sha1',
      gatewayUrl: 'https://gateway.example/m.api',
      rateLimitPerMinute: 0,
      logLevel: 'warn',
    });
  });

  it.each([
    [{ OPRETAIL_AKEY: 'key' }, 'OPRETAIL_SECRET'],
    [{ OPRETAIL_SECRET: 'secret' }, 'OPRETAIL_AKEY'],
  ])('should refuse to start with only one of key and secret (%j)', (env, missing) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(new RegExp(`${missing}: must be set together`));
  });

  it('should never echo the secret in an error', () => {
    expect(() => parseEnv({ OPRETAIL_SECRET: 'hunter2-secret' })).not.toThrow(/hunter2/);
  });

  it.each([
    ['PORT', 'http'],
    ['PORT', '70000'],
    ['OPRETAIL_SIGN_METHOD', 'sha256'],
    ['OPRETAIL_TIMEZONE', 'Mars/Olympus'],
    ['OPRETAIL_GATEWAY_URL', 'ftp://gateway'],
    ['RATE_LIMIT_PER_MINUTE', '-1'],
    ['LOG_LEVEL', 'verbose'],
    ['CACHE_MAX_BYTES', '1e9'],
    ['PLATFORM_CONCURRENCY', '0'],
    ['PLATFORM_CONCURRENCY', '65'],
    ['AUTH', 'ldap'],
    ['OIDC_ISSUER', 'issuer.example'],
    ['OIDC_REDIRECT_URL', 'https://footfall.example/callback'],
    ['SESSION_IDLE_MINUTES', '0'],
    ['SESSION_IDLE_MINUTES', '20000'],
    ['TRUST_PROXY', 'yes'],
    ['SANDBOX_STORES', '0'],
    ['SANDBOX_STORES', '2.5'],
    ['SANDBOX_STORES', '10000'],
    ['SANDBOX_LATENCY_MS', '-150'],
    ['SANDBOX_LATENCY_MS', 'slow'],
  ])('should refuse a bad %s naming the variable', (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(
      new RegExp(`^Invalid configuration:\\n  ${name}: `),
    );
  });
});

describe('parseEnv: AUTH', () => {
  const live = { OPRETAIL_AKEY: 'key', OPRETAIL_SECRET: 'secret' };
  const oidc = {
    AUTH: 'oidc',
    OIDC_ISSUER: 'https://id.example',
    OIDC_CLIENT_ID: 'footfall',
    OIDC_CLIENT_SECRET: 'client-secret',
    OIDC_REDIRECT_URL: 'https://footfall.example/auth/callback',
  };

  it('should refuse live mode without AUTH, saying what to set', () => {
    expect(() => parseEnv(live)).toThrow(/AUTH: must be set in live mode: local .* oidc .* none/);
  });

  it('should take AUTH=none in live mode when it is set on purpose', () => {
    expect(parseEnv({ ...live, AUTH: 'none' }).auth).toEqual({ mode: 'none' });
  });

  it('should read USERS_FILE from the folder the command was typed in', () => {
    expect(
      parseEnv({ ...live, AUTH: 'local', USERS_FILE: 'users.json', INIT_CWD: '/srv' }).auth,
    ).toEqual({ mode: 'local', usersFile: '/srv/users.json' });
  });

  it('should leave USERS_FILE unset only in sandbox mode (demo users)', () => {
    expect(parseEnv({ AUTH: 'local' }).auth).toEqual({ mode: 'local', usersFile: undefined });
    expect(() => parseEnv({ ...live, AUTH: 'local' })).toThrow(/USERS_FILE: must be set/);
  });

  it('should take the provider and this client, with the default stores claim', () => {
    expect(parseEnv(oidc).auth).toEqual({
      mode: 'oidc',
      issuer: 'https://id.example',
      clientId: 'footfall',
      clientSecret: 'client-secret',
      redirectUrl: 'https://footfall.example/auth/callback',
      storesClaim: 'footfall_stores',
    });
    expect(parseEnv({ ...oidc, OIDC_STORES_CLAIM: 'shops' }).auth).toMatchObject({
      storesClaim: 'shops',
    });
  });

  it('should name every OIDC variable AUTH=oidc is missing, never echoing the secret', () => {
    const env = { AUTH: 'oidc', OIDC_CLIENT_SECRET: 'hunter2-secret' };
    expect(() => parseEnv(env)).toThrow(
      /OIDC_ISSUER: must be set with AUTH=oidc\n {2}OIDC_CLIENT_ID: .*\n {2}OIDC_REDIRECT_URL: /,
    );
    expect(() => parseEnv(env)).not.toThrow(/hunter2/);
  });

  it('should read the idle minutes and the proxy setting', () => {
    expect(parseEnv({ SESSION_IDLE_MINUTES: '30', TRUST_PROXY: 'true' })).toMatchObject({
      sessionIdleMinutes: 30,
      trustProxy: true,
    });
  });
});

describe('parseEnv: the embedded sandbox', () => {
  it('should serve a generated estate and wait on every call when asked, in sandbox mode', () => {
    expect(parseEnv({ SANDBOX_STORES: '300', SANDBOX_LATENCY_MS: '150' }).sandbox).toEqual({
      stores: 300,
      latencyMs: 150,
    });
    // Empty: the demo estate, no wait.
    expect(parseEnv({ SANDBOX_STORES: ' ', SANDBOX_LATENCY_MS: '' }).sandbox).toEqual({
      stores: undefined,
      latencyMs: 0,
    });
  });

  it('should refuse either variable in live mode, naming it', () => {
    const live = { OPRETAIL_AKEY: 'key', OPRETAIL_SECRET: 'secret', AUTH: 'none' };
    expect(() => parseEnv({ ...live, SANDBOX_STORES: '300', SANDBOX_LATENCY_MS: '0' })).toThrow(
      /^Invalid configuration:\n {2}SANDBOX_STORES: applies to sandbox mode only.*\n {2}SANDBOX_LATENCY_MS: applies to sandbox mode only/,
    );
    expect(() => parseEnv({ ...live, SANDBOX_LATENCY_MS: '150' })).toThrow(
      /SANDBOX_LATENCY_MS: applies to sandbox mode only \(unset it, or unset OPRETAIL_AKEY and OPRETAIL_SECRET\)/,
    );
    expect(parseEnv({ ...live, SANDBOX_STORES: '' }).mode).toBe('live');
  });
});
