/**
 * The server's configuration, read once from the environment at start-up (DESIGN's table plus
 * LOG_LEVEL, CACHE_MAX_BYTES and TRUST_PROXY). Nothing else reads `process.env`.
 */
import { resolve } from 'node:path';
import { isValidTimeZone } from '@footfall/buckets';
import { AUTH_MODES } from '@footfall/contract';
import { DEFAULT_GATEWAY_URL } from '@footfall/opretail';
import { MAX_GENERATED_STORES } from '@footfall/sandbox';
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './logger.ts';

export interface Credentials {
  akey: string;
  secret: string;
}

/** How users sign in (`AUTH` and the variables of its mode). */
export type AuthConfig =
  | { mode: 'none' }
  | {
      mode: 'local';
      /** `undefined` only in sandbox mode, where the server makes demo users. */
      usersFile: string | undefined;
    }
  | {
      mode: 'oidc';
      issuer: string;
      clientId: string;
      clientSecret: string;
      /** This app's `/auth/callback` address as registered with the provider. */
      redirectUrl: string;
      /** The claim listing the store ids a user may see (`"*"`: all). */
      storesClaim: string;
    };

export interface Config {
  port: number;
  host: string;
  /** `sandbox` when neither key nor secret is set, `live` when both are. */
  mode: 'sandbox' | 'live';
  credentials: Credentials | undefined;
  gatewayUrl: string;
  aid: string;
  signMethod: 'md5' | 'sha1';
  /** The gateway clock and the default device time zone. */
  timezone: string;
  devicesFile: string | undefined;
  /** `/api/traffic` requests per client per minute; 0 turns the limit off. */
  rateLimitPerMinute: number;
  logLevel: LogLevel;
  cacheMaxBytes: number;
  /** Platform calls in flight at once, for the whole instance (`PLATFORM_CONCURRENCY`). */
  platformConcurrency: number;
  /** Redis shared by every instance; absent: everything in this instance's memory. */
  redisUrl?: string;
  auth: AuthConfig;
  /** A session unused this long ends (every session ends 7 days after sign-in). */
  sessionIdleMinutes: number;
  /**
   * The server sits behind a TLS-terminating proxy it trusts: `X-Forwarded-Proto: https` makes
   * the session cookie `Secure`, and the client address is the last `X-Forwarded-For` entry.
   */
  trustProxy: boolean;
  /**
   * The embedded sandbox (sandbox mode only): `stores` generated stores of three doors instead of
   * the demo estate when set, and `latencyMs` of waiting on every platform call.
   */
  sandbox: { stores: number | undefined; latencyMs: number };
}

/** A configuration the server cannot start with; the message names each offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Unset and blank variables take their defaults. */
const blank = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const wholeNumber = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
    .transform(Number)
    .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`));

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(blank, wholeNumber(min, max).default(fallback));

const text = (fallback: string) => z.preprocess(blank, z.string().trim().default(fallback));

const schema = z.object({
  PORT: integer(0, 65_535, 8787),
  HOST: text('127.0.0.1'),
  OPRETAIL_AKEY: z.preprocess(blank, z.string().trim().optional()),
  OPRETAIL_SECRET: z.preprocess(blank, z.string().optional()),
  OPRETAIL_GATEWAY_URL: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
      .default(DEFAULT_GATEWAY_URL),
  ),
  OPRETAIL_AID: text('S107'),
  OPRETAIL_SIGN_METHOD: z.preprocess(
    blank,
    z.enum(['md5', 'sha1'], { error: 'must be md5 or sha1' }).default('md5'),
  ),
  OPRETAIL_TIMEZONE: z.preprocess(
    blank,
    z
      .string()
      .refine(isValidTimeZone, 'must be an IANA time zone such as Asia/Shanghai')
      .default('Asia/Shanghai'),
  ),
  DEVICES_FILE: z.preprocess(blank, z.string().optional()),
  RATE_LIMIT_PER_MINUTE: integer(0, 1_000_000, 600),
  LOG_LEVEL: z.preprocess(
    blank,
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  CACHE_MAX_BYTES: integer(1024, Number.MAX_SAFE_INTEGER, 128 * 1024 * 1024),
  PLATFORM_CONCURRENCY: integer(1, 64, 4),
  REDIS_URL: z.preprocess(
    blank,
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// address' }).optional(),
  ),
  AUTH: z.preprocess(
    blank,
    z.enum(AUTH_MODES, { error: `must be one of ${AUTH_MODES.join(', ')}` }).optional(),
  ),
  USERS_FILE: z.preprocess(blank, z.string().optional()),
  OIDC_ISSUER: z.preprocess(
    blank,
    z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' }).optional(),
  ),
  OIDC_CLIENT_ID: z.preprocess(blank, z.string().trim().optional()),
  OIDC_CLIENT_SECRET: z.preprocess(blank, z.string().optional()),
  OIDC_REDIRECT_URL: z.preprocess(
    blank,
    z
      .url({ protocol: /^https?$/, error: 'must be an http:// or https:// address' })
      .refine(
        (url) => new URL(url).pathname === '/auth/callback',
        'must end in /auth/callback (e.g. https://footfall.example/auth/callback)',
      )
      .optional(),
  ),
  OIDC_STORES_CLAIM: text('footfall_stores'),
  SESSION_IDLE_MINUTES: integer(1, 7 * 24 * 60, 480),
  TRUST_PROXY: z.preprocess(
    blank,
    z.enum(['true', 'false'], { error: 'must be true or false' }).default('false'),
  ),
  SANDBOX_STORES: z.preprocess(blank, wholeNumber(1, MAX_GENERATED_STORES).optional()),
  SANDBOX_LATENCY_MS: z.preprocess(blank, wholeNumber(0, 60_000).optional()),
});

type Values = z.infer<typeof schema>;

const refuse = (lines: readonly string[]): ConfigError =>
  new ConfigError(`Invalid configuration:\n${lines.map((line) => `  ${line}`).join('\n')}`);

/**
 * Reads and validates the configuration, throwing a `ConfigError` that names every bad variable.
 *
 * @example parseEnv({ PORT: '9000' }).mode // 'sandbox'
 */
export function parseEnv(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    throw refuse(parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`));
  }
  const values = parsed.data;
  const akey = values.OPRETAIL_AKEY;
  const secret = values.OPRETAIL_SECRET;
  if ((akey === undefined) !== (secret === undefined)) {
    const missing = akey === undefined ? 'OPRETAIL_AKEY' : 'OPRETAIL_SECRET';
    throw refuse([
      `${missing}: must be set together with ${
        missing === 'OPRETAIL_AKEY' ? 'OPRETAIL_SECRET' : 'OPRETAIL_AKEY'
      } (set both for live mode, neither for sandbox mode)`,
    ]);
  }
  const credentials = akey !== undefined && secret !== undefined ? { akey, secret } : undefined;
  const mode = credentials ? 'live' : 'sandbox';
  if (mode === 'live') {
    // A live server has no sandbox to shape: a leftover benchmark setting is a mistake to say.
    const misplaced = (['SANDBOX_STORES', 'SANDBOX_LATENCY_MS'] as const).filter(
      (name) => values[name] !== undefined,
    );
    if (misplaced.length > 0) {
      throw refuse(
        misplaced.map(
          (name) =>
            `${name}: applies to sandbox mode only (unset it, or unset OPRETAIL_AKEY and OPRETAIL_SECRET)`,
        ),
      );
    }
  }
  // `pnpm start` runs in apps/server; a relative path means the folder the command was typed in,
  // which npm and pnpm pass on as INIT_CWD.
  const fromCwd = (path: string | undefined): string | undefined =>
    path === undefined ? undefined : resolve(env.INIT_CWD ?? process.cwd(), path);
  return {
    port: values.PORT,
    host: values.HOST,
    mode,
    credentials,
    gatewayUrl: values.OPRETAIL_GATEWAY_URL,
    aid: values.OPRETAIL_AID,
    signMethod: values.OPRETAIL_SIGN_METHOD,
    timezone: values.OPRETAIL_TIMEZONE,
    devicesFile: fromCwd(values.DEVICES_FILE),
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    logLevel: values.LOG_LEVEL,
    cacheMaxBytes: values.CACHE_MAX_BYTES,
    platformConcurrency: values.PLATFORM_CONCURRENCY,
    ...(values.REDIS_URL === undefined ? {} : { redisUrl: values.REDIS_URL }),
    auth: authConfig(values, mode, fromCwd(values.USERS_FILE)),
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    trustProxy: values.TRUST_PROXY === 'true',
    sandbox: { stores: values.SANDBOX_STORES, latencyMs: values.SANDBOX_LATENCY_MS ?? 0 },
  };
}

/**
 * `AUTH` and its mode's variables. Live mode has no default: a server holding the chain's
 * platform key is never open by accident.
 */
function authConfig(
  values: Values,
  mode: Config['mode'],
  usersFile: string | undefined,
): AuthConfig {
  const auth = values.AUTH ?? (mode === 'sandbox' ? 'none' : undefined);
  if (auth === undefined) {
    throw refuse([
      'AUTH: must be set in live mode: local (users from USERS_FILE), oidc (an OpenID Connect provider, OIDC_*) or none (open to anyone who reaches the server, e.g. behind a trusted proxy that signs users in)',
    ]);
  }
  if (auth === 'none') return { mode: 'none' };
  if (auth === 'local') {
    if (usersFile === undefined && mode === 'live') {
      throw refuse([
        'USERS_FILE: must be set with AUTH=local in live mode (a JSON array of users)',
      ]);
    }
    return { mode: 'local', usersFile };
  }
  const { OIDC_ISSUER: issuer, OIDC_CLIENT_ID: clientId } = values;
  const { OIDC_CLIENT_SECRET: clientSecret, OIDC_REDIRECT_URL: redirectUrl } = values;
  if (!issuer || !clientId || !clientSecret || !redirectUrl) {
    const missing = Object.entries({
      OIDC_ISSUER: issuer,
      OIDC_CLIENT_ID: clientId,
      OIDC_CLIENT_SECRET: clientSecret,
      OIDC_REDIRECT_URL: redirectUrl,
    }).filter(([, value]) => !value);
    throw refuse(missing.map(([name]) => `${name}: must be set with AUTH=oidc`));
  }
  return {
    mode: 'oidc',
    issuer,
    clientId,
    clientSecret,
    redirectUrl,
    storesClaim: values.OIDC_STORES_CLAIM,
  };
}
