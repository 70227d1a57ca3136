/**
 * The gateway's checks of the common parameters, in the order of DESIGN's code table: the first
 * one that fails names the code of the answer.
 */
import { parseCompact, toWall } from '@footfall/buckets';
import { sign, SIGN_METHODS, SIGNATURE_PARAM, type SignMethod } from '@footfall/opretail';
import { findAccount, METHOD_VERSION, METHODS, type SandboxAccount } from './accounts.ts';

/** Request parameters as received, by name. */
export type Params = Readonly<Record<string, string>>;

export type CommonCheck =
  { ok: true; account: SandboxAccount; method: string } | { ok: false; code: number };

export interface CheckClock {
  /** Epoch ms now. */
  now: number;
  /** How far `_timestamp` may be from the gateway's clock. */
  maxSkewMs: number;
}

/** The platform's clock: `_timestamp` is read as a wall time in this zone. */
export const GATEWAY_TIMEZONE = 'Asia/Shanghai';

function isSignMethod(value: string): value is SignMethod {
  return SIGN_METHODS.some((method) => method === value);
}

/** A parameter's value, with an empty value counted as missing. */
function present(params: Params, name: string): string | undefined {
  const value = params[name];
  return value === undefined || value === '' ? undefined : value;
}

/**
 * Checks the common parameters and the signature, answering the first failing code (1–17), or
 * the caller's account and method when all pass. A missing `_format` means json.
 *
 * @example checkCommonParams({}, { now: Date.now(), maxSkewMs: 600_000 }) // { ok: false, code: 1 }
 */
export function checkCommonParams(params: Params, clock: CheckClock): CommonCheck {
  const fail = (code: number): CommonCheck => ({ ok: false, code });

  const akey = present(params, '_akey');
  if (akey === undefined) return fail(1);
  const holder = findAccount(akey);
  if (!holder) return fail(2);
  if (holder.expired) return fail(3);
  const { account } = holder;

  const signMethod = present(params, '_sm');
  if (signMethod === undefined) return fail(4);
  if (!isSignMethod(signMethod)) return fail(5);

  const signature = present(params, SIGNATURE_PARAM);
  if (signature === undefined) return fail(6);
  if (signature !== sign(params, account.secret, signMethod)) return fail(7);

  const method = present(params, '_mt');
  if (method === undefined) return fail(8);
  const version = present(params, '_version');
  if (!METHODS.has(method) || (version !== undefined && version !== METHOD_VERSION)) return fail(9);

  if (present(params, '_requestMode') === undefined) return fail(10);
  const aid = present(params, '_aid');
  if (aid === undefined) return fail(11);
  if (aid !== account.aid) return fail(12);
  if (version === undefined) return fail(13);

  const timestamp = present(params, '_timestamp');
  if (timestamp === undefined) return fail(14);
  const sent = parseCompact(timestamp);
  if (sent === undefined) return fail(15);
  if (Math.abs(sent - toWall(clock.now, GATEWAY_TIMEZONE)) > clock.maxSkewMs) return fail(16);

  const format = params._format;
  if (format !== undefined && format !== 'json') return fail(17);

  return { ok: true, account, method };
}
