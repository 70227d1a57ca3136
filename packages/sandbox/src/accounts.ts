/**
 * The developer accounts and methods the sandbox knows. The secrets are public on purpose: the
 * sandbox is a demo and a test double, never a place for real credentials.
 */
import { PASSENGER_METHOD } from '@footfall/opretail';

export interface SandboxAccount {
  akey: string;
  secret: string;
  aid: 'S107';
}

/** The demo credentials: the server uses them in sandbox mode, the CLI prints them. */
export const SANDBOX_ACCOUNT: SandboxAccount = {
  akey: 'footfall-demo',
  secret: 'footfall-demo-secret',
  aid: 'S107',
};

/** A demo account whose service has lapsed: every call answers code 3 KEY_HAS_EXPIRED. */
export const EXPIRED_ACCOUNT: SandboxAccount = {
  akey: 'footfall-expired',
  secret: 'footfall-expired-secret',
  aid: 'S107',
};

/** The account of DESIGN's published signing vector (key and secret `test`). */
export const PUBLISHED_VECTOR_ACCOUNT: SandboxAccount = {
  akey: 'test',
  secret: 'test',
  aid: 'S107',
};

const ACCOUNTS = new Map<string, { account: SandboxAccount; expired: boolean }>([
  [SANDBOX_ACCOUNT.akey, { account: SANDBOX_ACCOUNT, expired: false }],
  [EXPIRED_ACCOUNT.akey, { account: EXPIRED_ACCOUNT, expired: true }],
  [PUBLISHED_VECTOR_ACCOUNT.akey, { account: PUBLISHED_VECTOR_ACCOUNT, expired: false }],
]);

/** The account holding a key, and whether it has expired; `undefined` for an unknown key. */
export function findAccount(
  akey: string,
): { account: SandboxAccount; expired: boolean } | undefined {
  return ACCOUNTS.get(akey);
}

/** The demo method of DESIGN's published signing vector; it answers the caller's account. */
export const DEMO_ACCOUNT_METHOD = 'open.demo.queryOpenAccount';

/** The methods the sandbox serves, each in version `v1` only. */
export const METHODS: ReadonlySet<string> = new Set([PASSENGER_METHOD, DEMO_ACCOUNT_METHOD]);

export const METHOD_VERSION = 'v1';

/** The placeholder gateway address for in-memory use; `.invalid` never resolves. */
export const SANDBOX_GATEWAY_URL = 'http://sandbox.invalid/m.api';
