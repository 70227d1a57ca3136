/**
 * The server's configuration, read once from the environment at start-up (DESIGN's table plus
 * LOG_LEVEL and CACHE_MAX_BYTES). Nothing else reads `process.env`.
 */
import { resolve } from 'node:path';
import { isValidTimeZone } from '@footfall/buckets';
import { DEFAULT_GATEWAY_URL } from '@footfall/opretail';
import { z } from 'zod';
import { LOG_LEVELS, type LogLevel } from './logger.ts';

export interface Credentials {
  akey: string;
  secret: string;
}

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
  /** Redis shared by every instance; absent: everything in this instance's memory. */
  redisUrl?: string;
}

/** Unset and blank variables take their defaults. */
const blank = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const integer = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blank,
    z
      .string()
      .regex(/^\d+$/, `must be a whole number from ${min} to ${max}`)
      .transform(Number)
      .pipe(z.number().min(min, `must be at least ${min}`).max(max, `must be at most ${max}`))
      .default(fallback),
  );

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
  CACHE_MAX_BYTES: integer(1024, Number.MAX_SAFE_INTEGER, 64 * 1024 * 1024),
  REDIS_URL: z.preprocess(
    blank,
    z.url({ protocol: /^rediss?$/, error: 'must be a redis:// or rediss:// address' }).optional(),
  ),
});

/** A configuration the server cannot start with; the message names each offending variable. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Reads and validates the configuration, throwing a `ConfigError` that names every bad variable.
 *
 * @example parseEnv({ PORT: '9000' }).mode // 'sandbox'
 */
export function parseEnv(env: Readonly<Record<string, string | undefined>>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const values = parsed.data;
  const akey = values.OPRETAIL_AKEY;
  const secret = values.OPRETAIL_SECRET;
  if ((akey === undefined) !== (secret === undefined)) {
    const missing = akey === undefined ? 'OPRETAIL_AKEY' : 'OPRETAIL_SECRET';
    throw new ConfigError(
      `Invalid configuration:\n  ${missing}: must be set together with ${
        missing === 'OPRETAIL_AKEY' ? 'OPRETAIL_SECRET' : 'OPRETAIL_AKEY'
      } (set both for live mode, neither for sandbox mode)`,
    );
  }
  const credentials = akey !== undefined && secret !== undefined ? { akey, secret } : undefined;
  return {
    port: values.PORT,
    host: values.HOST,
    mode: credentials ? 'live' : 'sandbox',
    credentials,
    gatewayUrl: values.OPRETAIL_GATEWAY_URL,
    aid: values.OPRETAIL_AID,
    signMethod: values.OPRETAIL_SIGN_METHOD,
    timezone: values.OPRETAIL_TIMEZONE,
    // `pnpm start` runs in apps/server; a relative path means the folder the command was typed in,
    // which npm and pnpm pass on as INIT_CWD.
    devicesFile:
      values.DEVICES_FILE === undefined
        ? undefined
        : resolve(env.INIT_CWD ?? process.cwd(), values.DEVICES_FILE),
    rateLimitPerMinute: values.RATE_LIMIT_PER_MINUTE,
    logLevel: values.LOG_LEVEL,
    cacheMaxBytes: values.CACHE_MAX_BYTES,
    ...(values.REDIS_URL === undefined ? {} : { redisUrl: values.REDIS_URL }),
  };
}
