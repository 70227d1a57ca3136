/**
 * Passwords as scrypt PHC strings (`node:crypto`): `$scrypt$ln=<log2 N>,r=<r>,p=<p>$<salt>$<hash>`,
 * salt and hash in base64 without padding, the key length being the hash's length. Checking is
 * timing-safe, and a check against an unknown user's stand-in hash costs what a real one does.
 */
import { randomBytes, scrypt as scryptCallback, timingSafeEqual } from 'node:crypto';

/** The smallest cost accepted (N = 2^14), as DESIGN requires. */
export const MIN_LOG2_N = 14;
/** Past this, one check would take seconds and gigabytes: such a string is refused. */
const MAX_LOG2_N = 20;
const MIN_SALT_BYTES = 16;
const MIN_HASH_BYTES = 16;
const MAX_MEMORY = 1024 ** 3;

/** What new hashes use: N = 2^15 (32 MiB, tens of milliseconds), r = 8, p = 1. */
export const DEFAULT_COST = { log2N: 15, r: 8, p: 1 } as const;

export interface ScryptCost {
  log2N: number;
  r: number;
  p: number;
}

/** A parsed, checked PHC string. */
export interface PasswordHash extends ScryptCost {
  salt: Buffer;
  hash: Buffer;
}

const PHC = /^\$scrypt\$ln=(\d{1,2}),r=(\d{1,2}),p=(\d{1,2})\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/;

/** Base64 without padding, canonical: anything else is not the string it claims to be. */
function unpadded(text: string): Buffer | undefined {
  const bytes = Buffer.from(text, 'base64');
  return bytes.toString('base64').replace(/=+$/, '') === text ? bytes : undefined;
}

const memory = (cost: ScryptCost): number => 128 * 2 ** cost.log2N * cost.r * cost.p;

/**
 * Reads a PHC string, or says which rule it breaks.
 *
 * @example parsePasswordHash('$scrypt$ln=10,r=8,p=1$…$…') // { problem: 'N must be at least 2^14 (ln=14)' }
 */
export function parsePasswordHash(text: string): PasswordHash | { problem: string } {
  const match = PHC.exec(text);
  if (!match) {
    return { problem: 'passwordHash must be a scrypt PHC string: $scrypt$ln=…,r=…,p=…$salt$hash' };
  }
  const [, ln = '', r = '', p = '', saltText = '', hashText = ''] = match;
  const cost = { log2N: Number(ln), r: Number(r), p: Number(p) };
  if (cost.log2N < MIN_LOG2_N) {
    return { problem: `passwordHash: N must be at least 2^${MIN_LOG2_N} (ln=${MIN_LOG2_N})` };
  }
  if (cost.log2N > MAX_LOG2_N || cost.r < 1 || cost.p < 1 || memory(cost) > MAX_MEMORY / 2) {
    return { problem: 'passwordHash: its cost (ln, r, p) is out of range' };
  }
  const salt = unpadded(saltText);
  const hash = unpadded(hashText);
  if (!salt || !hash) return { problem: 'passwordHash: salt and hash must be unpadded base64' };
  if (salt.length < MIN_SALT_BYTES) {
    return { problem: `passwordHash: the salt must be at least ${MIN_SALT_BYTES} bytes` };
  }
  if (hash.length < MIN_HASH_BYTES) {
    return { problem: `passwordHash: the hash must be at least ${MIN_HASH_BYTES} bytes` };
  }
  return { ...cost, salt, hash };
}

function derive(password: string, salt: Buffer, keyLength: number, cost: ScryptCost) {
  return new Promise<Buffer>((resolve, reject) => {
    scryptCallback(
      password.normalize('NFC'),
      salt,
      keyLength,
      { N: 2 ** cost.log2N, r: cost.r, p: cost.p, maxmem: memory(cost) * 2 },
      (error, key) => {
        if (error) reject(error);
        else resolve(key);
      },
    );
  });
}

const b64 = (bytes: Buffer): string => bytes.toString('base64').replace(/=+$/, '');

/**
 * A new PHC string for `password`, with a fresh 16-byte salt and a 32-byte hash.
 *
 * @example await hashPassword('correct horse') // '$scrypt$ln=15,r=8,p=1$…$…'
 */
export async function hashPassword(
  password: string,
  cost: ScryptCost = DEFAULT_COST,
): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, 32, cost);
  return `$scrypt$ln=${cost.log2N},r=${cost.r},p=${cost.p}$${b64(salt)}$${b64(hash)}`;
}

/**
 * Whether `password` is the one `stored` was made from; the comparison is timing-safe.
 *
 * @example await verifyPassword('correct horse', user.passwordHash) // true
 */
export async function verifyPassword(password: string, stored: PasswordHash): Promise<boolean> {
  const key = await derive(password, stored.salt, stored.hash.length, stored);
  return timingSafeEqual(key, stored.hash);
}

/**
 * A hash nobody's password matches, with the given cost: checking an unknown username against it
 * takes as long as checking a known one's wrong password.
 *
 * @example const standIn = await standInHash(users[0]?.passwordHash ?? DEFAULT_COST);
 */
export async function standInHash(cost: ScryptCost): Promise<PasswordHash> {
  const parsed = parsePasswordHash(await hashPassword(randomBytes(32).toString('hex'), cost));
  if ('problem' in parsed) throw new Error(parsed.problem);
  return parsed;
}
